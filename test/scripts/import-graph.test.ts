// The import graph of src/ has no cycle. Every import counts, type-only ones included (`import type`, `export type`,
// dynamic `import()`): a circle of types still ties modules together and is how a runtime circle starts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('../..', import.meta.url));
const src = join(root, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The project files a module imports (`./x.js` is `./x.ts` on disk); packages are not followed. */
function importsOf(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return info.importedFiles
    .map((f) => f.fileName)
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => {
      const base = resolve(dirname(file), spec);
      const candidates = [base.replace(/\.js$/, '.ts'), base, `${base}.ts`, join(base, 'index.ts')];
      return candidates.find((c) => c.endsWith('.ts') && existsSync(c));
    })
    .filter((f): f is string => f !== undefined);
}

/** Every elementary cycle reachable by depth-first search, each reported once (as the path that closes it). */
function findCycles(graph: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return cycles;
}

test('the cycle finder sees a type-only circle (so the real check can fail)', () => {
  const a = ts.preProcessFile("import type { B } from './b.js';\nexport type A = B;", true, true);
  assert.deepEqual(
    a.importedFiles.map((f) => f.fileName),
    ['./b.js'],
  );
  const graph = new Map([
    ['a', ['b']],
    ['b', ['c']],
    ['c', ['a']],
    ['d', ['a']],
  ]);
  assert.deepEqual(findCycles(graph), [['a', 'b', 'c', 'a']]);
  assert.deepEqual(
    findCycles(
      new Map([
        ['a', ['b']],
        ['b', []],
      ]),
    ),
    [],
  );
});

test('the import graph of src/ has no cycle, type-only imports included', () => {
  const files = sourceFiles(src);
  assert.ok(files.length > 50, `found ${files.length} source files`);
  const graph = new Map(files.map((f) => [f, importsOf(f)]));
  const edges = [...graph.values()].reduce((n, l) => n + l.length, 0);
  assert.ok(edges > 100, `read ${edges} imports`);
  const cycles = findCycles(graph).map((c) => c.map((f) => relative(src, f)).join(' -> '));
  assert.deepEqual(cycles, []);
});
