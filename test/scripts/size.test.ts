// `npm run size`: the budgets of docs/budgets.md hold for the built files, and the check fails when a file in dist/
// grows past its ceiling. Needs `npm run build` first (npm test builds before the Node tests).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CdnGraph } from '../../scripts/cdn-graph.js';
import { readBudgets } from '../../scripts/size.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const size = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/size.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
  });

test('docs/budgets.md lists the design budgets and a ceiling for every element entry', () => {
  const budgets = readBudgets(readFileSync(join(root, 'docs/budgets.md'), 'utf8'));
  const ceiling = (m: string) => budgets.find((b) => b.measure === m)?.ceiling;
  assert.equal(ceiling('bundle hotline-banner quick-exit'), 14 * 1024);
  assert.equal(ceiling('bundle event-list'), 17 * 1024);
  assert.equal(ceiling('file hart.js'), 76 * 1024);
  assert.equal(ceiling('module sdk/validate.js'), 9 * 1024);
  assert.equal(ceiling('page banner'), 18 * 1024);
  assert.equal(ceiling('page hotel'), 40 * 1024);
  const elements = ['hotline-banner', 'quick-exit', 'red-flags', 'provider-finder', 'event-list', 'awareness-notice'];
  for (const e of elements) assert.ok(ceiling(`entry ${e}`), `a ceiling for ${e}.js`);
  assert.equal(budgets.length, 6 + elements.length);
});

test('without built files it says in one line to build first', () => {
  const run = size('--dist', join(tmpdir(), `hart-size-missing-${process.pid}`));
  assert.equal(run.status, 1);
  assert.equal(run.stderr.trim().split('\n').length, 1);
  assert.match(run.stderr, /run `npm run build`/);
});

test('the built files hold every budget, and one file grown past its ceiling fails the check', async () => {
  assert.ok(existsSync(join(root, 'dist/cdn/quick-exit.js')), 'dist/ is built (npm run build)');
  // The CDN files only, and the budgets that read them (the `bundle` rows rebuild with rollup: slow, and
  // `npm run size` checks them in npm test).
  const copy = mkdtempSync(join(tmpdir(), 'hart-size-'));
  const budgets = join(copy, 'budgets.md');
  writeFileSync(
    budgets,
    readFileSync(join(root, 'docs/budgets.md'), 'utf8')
      .split('\n')
      .filter((line) => !line.startsWith('| `bundle '))
      .join('\n'),
  );
  try {
    cpSync(join(root, 'dist/cdn'), join(copy, 'dist/cdn'), { recursive: true });
    const ok = size('--dist', join(copy, 'dist'), '--budgets', budgets);
    assert.equal(ok.status, 0, ok.stdout + ok.stderr);
    assert.match(ok.stdout, /ok {4}entry quick-exit +\d+\.\d KB \(\d files\) +<= 10\.75 KB/);
    assert.doesNotMatch(ok.stdout, /OVER/);

    // 1.5 KB of bytes gzip cannot shrink, in a comment, in the quick exit's code (the chunk quick-exit.js and the
    // banner share, where it is defined): quick-exit.js and every page loading it grow.
    const graph = await CdnGraph.open(join(copy, 'dist/cdn'));
    const [exitFile] = graph.filesWithModule(graph.closure(['quick-exit.js']), /\/quick-exit\.component\.js$/);
    appendFileSync(join(copy, 'dist/cdn', exitFile), `\n/*${randomBytes(1200).toString('base64')}*/\n`);
    const over = size('--dist', join(copy, 'dist'), '--budgets', budgets);
    assert.equal(over.status, 1, over.stdout);
    assert.match(over.stdout, /OVER {2}entry quick-exit /);
    assert.match(over.stdout, /OVER {2}page banner /);
    assert.match(over.stdout, /ok {4}entry event-list /);
    assert.match(over.stderr, /budgets? over: .*entry quick-exit/);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});
