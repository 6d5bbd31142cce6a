// The repository stands on its own: no tracked file reads, links or cites a folder beside the clone (a user's clone
// has nothing beside it). The patterns are built from parts so this file does not match itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outside = 'shared';
const patterns = [`../${outside}`, `${outside}/source`, `${outside}/hsds`];

/** Tracked files (uncommitted changes included); without git (a copied tree), every file but .git and node_modules. */
function trackedFiles(): string[] {
  try {
    const out = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return out
      .split('\0')
      .filter(Boolean)
      .filter((f) => existsSync(join(root, f)));
  } catch {
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        if (name === '.git' || name === 'node_modules') return [];
        const path = join(dir, name);
        return statSync(path).isDirectory() ? walk(path) : [relative(root, path)];
      });
    return walk(root);
  }
}

test('no file of the repository mentions a folder outside it', () => {
  const files = trackedFiles();
  assert.ok(files.includes('package.json'), 'the file list is the repository');
  const found: string[] = [];
  for (const file of files) {
    const text = readFileSync(join(root, file), 'utf8');
    text.split('\n').forEach((line, i) => {
      for (const p of patterns) if (line.includes(p)) found.push(`${file}:${i + 1}: ${p}`);
    });
  }
  assert.deepEqual(found, []);
});

test('data sources cite public documents, never a file or fact sheet of ours', () => {
  const dataDir = join(root, 'data');
  const ours = /\.md\b|\.txt\b|fact sheet|hart-widgets/i;
  const found: string[] = [];
  for (const file of readdirSync(dataDir).filter((f) => f.endsWith('.json'))) {
    const walk = (value: unknown, id: string): void => {
      if (Array.isArray(value)) value.forEach((v) => walk(v, id));
      else if (value && typeof value === 'object') {
        const o = value as Record<string, unknown>;
        const here = typeof o.id === 'string' ? o.id : id;
        if (Array.isArray(o.sources)) {
          for (const s of o.sources as { title: string; url?: string }[]) {
            if (ours.test(s.title)) found.push(`${file}: ${here}: ${s.title}`);
            if (s.url) assert.match(s.url, /^https:\/\//, `${file}: ${here}: ${s.url}`);
          }
        }
        Object.values(o).forEach((v) => walk(v, here));
      }
    };
    walk(JSON.parse(readFileSync(join(dataDir, file), 'utf8')), file);
  }
  assert.deepEqual(found, []);
});

test('the check finds a mention when there is one', () => {
  // The same test as above on a made-up line, so a broken pattern list cannot pass quietly.
  const line = `see ../${outside}/DESIGN.md`;
  assert.ok(patterns.some((p) => line.includes(p)));
});
