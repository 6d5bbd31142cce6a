// Every JavaScript entry point of the package imports in plain Node 20 (SSR, tests, build tools) without a DOM,
// through the package's own exports map, and leaves no window/document behind.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const jsEntries = Object.entries(pkg.exports as Record<string, string | { default?: string }>)
  .filter(([, target]) => typeof target === 'object' && target.default?.endsWith('.js'))
  .map(([key, target]) => [
    key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`,
    (target as { default: string }).default,
  ]);

test('the exports map lists every documented entry point, each with types', () => {
  const keys = Object.keys(pkg.exports);
  for (const k of [
    '.',
    './sdk',
    './autoloader.js',
    './data.json',
    './data.schema.json',
    './custom-elements.json',
    './react',
  ]) {
    assert.ok(keys.includes(k), k);
  }
  for (const [key, target] of Object.entries(pkg.exports as Record<string, unknown>)) {
    if (typeof target === 'object') assert.ok((target as { types?: string }).types, `${key} has types`);
  }
});

for (const [specifier, file] of jsEntries) {
  test(`import('${specifier}') works in Node without a DOM`, () => {
    assert.ok(existsSync(join(root, file)), `${file} is built (npm run build)`);
    const script = `
      const m = await import(${JSON.stringify(specifier)});
      console.log(JSON.stringify({ exports: Object.keys(m).length, window: typeof window, document: typeof document }));`;
    const out = JSON.parse(
      execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' }),
    );
    assert.equal(out.window, 'undefined');
    assert.equal(out.document, 'undefined');
  });
}
