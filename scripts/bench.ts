/**
 * `npm run bench`: sizes (gzip -9 and brotli) of every entry point and CDN file (the budgets are `npm run size`'s), and
 * median times of the data work. It reports; it does not fail.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { validateCollections } from '../src/sdk/validate.js';
import { createDataset } from '../src/sdk/dataset.js';
import { syntheticProviders } from '../test/support/synthetic.js';
import { ProviderIndex, type ProviderQuery } from '../src/sdk/search.js';
import { measureLayoutShift } from './bench-layout-shift.js';
import { measurePageShift } from './bench-page-shift.js';
import { loaders, measurePageWeight } from './bench-page-weight.js';
import type { Collections } from '../src/sdk/types.js';
import { bundle } from './bundle.js';
import { gz, kb } from './cdn-graph.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const br = (b: Buffer) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

function median(fn: () => unknown, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

// The budgets themselves are checked by `npm run size` (docs/budgets.md); this table adds brotli and the files
// without a budget.
const rows: string[][] = [['what', 'min', 'gzip', 'brotli']];
const sizeRow = (label: string, code: Buffer) => {
  rows.push([label, kb(code.length), kb(gz(code)), kb(br(code))]);
};

// Budgeted combinations (DESIGN.md), bundled from the npm modules so Lit is counted once.
const combos: { label: string; inputs: string[] }[] = [
  {
    label: 'hotline banner + quick exit (Lit incl.)',
    inputs: ['dist/components/hotline-banner/hotline-banner.js', 'dist/components/quick-exit/quick-exit.js'],
  },
  {
    label: 'event list + calendar export (Lit incl.)',
    inputs: ['dist/components/event-list/event-list.js'],
  },
  { label: 'feed loader (lazy chunk, only with a feed)', inputs: ['dist/sdk/feed.js'] },
  { label: 'feed validator (lazy chunk, only with a feed)', inputs: ['dist/sdk/validate.js'] },
];
for (const c of combos) {
  const present = c.inputs.filter((i) => existsSync(join(root, i)));
  if (present.length < c.inputs.length) {
    rows.push([
      `${c.label} (not built: ${c.inputs.filter((i) => !present.includes(i)).join(', ')})`,
      '',
      '',
      '',
      '',
      '',
    ]);
    if (!present.length) continue;
  }
  sizeRow(c.label + (present.length < c.inputs.length ? ' (partial)' : ''), await bundle(present));
}

// Each element entry alone, Lit included.
const components = readdirSync(join(root, 'dist/components'));
for (const name of components) {
  const entry = `dist/components/${name}/${name}.js`;
  if (existsSync(join(root, entry))) sizeRow(`hart-widgets/${name}.js (Lit incl.)`, await bundle([entry]));
}
sizeRow('hart-widgets/sdk (everything, zod/mini incl.)', await bundle(['dist/sdk/index.js']));

// CDN files as shipped (chunks are loaded by the entries that need them).
const cdn = join(root, 'dist/cdn');
const cdnFiles = (dir: string, prefix = ''): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory()
      ? cdnFiles(join(dir, d.name), `${prefix}${d.name}/`)
      : d.name.endsWith('.js')
        ? [`${prefix}${d.name}`]
        : [],
  );
for (const f of cdnFiles(cdn).sort()) {
  sizeRow(`dist/cdn/${f}`, readFileSync(join(cdn, f)));
}
// DESIGN.md's "whole hart.js": the file and what its elements load later (not the feed loader and validator).
sizeRow(
  'hart.js + parts its elements load later (QR code; feed loader and validator excluded)',
  await bundle(['dist/index.js'], true),
);

// Timings.
const feed = JSON.parse(readFileSync(join(root, 'dist/hart-data.json'), 'utf8')) as { collections: Collections };
const timeRows: string[][] = [['what', 'median', 'budget']];
timeRows.push([
  'validate the bundled feed (all collections)',
  `${median(() => validateCollections(feed.collections), 50).toFixed(2)} ms`,
  '',
]);
// Provider search (src/sdk/search.ts): text + facets + distance from a ZIP, first page of 20, on a built index.
const searchQuery: ProviderQuery = {
  text: 'housing care',
  services: ['housing', 'legal', 'mental-health'],
  age: 17,
  language: 'es',
  near: { zip: '06106' },
  radiusKm: 40,
  limit: 20,
};
for (const n of [10_000, 100_000]) {
  const providers = syntheticProviders(n, 42);
  const data = createDataset({ ...feed.collections, providers });
  if (n === 10_000) {
    const build = median(() => new ProviderIndex(providers), 21);
    timeRows.push([`provider index build, ${n.toLocaleString('en-US')} providers`, `${build.toFixed(2)} ms`, '50 ms']);
  }
  const matches = data.providers.search(searchQuery).total; // builds the index once
  // Steady state, as a page searching as someone types: let the JIT optimize the search before timing it.
  for (let i = 0; i < 300; i++) data.providers.search(searchQuery);
  const t = median(() => data.providers.search(searchQuery), n === 10_000 ? 201 : 41);
  timeRows.push([
    `provider search (text + facets + distance, ${matches} matches, top 20), ${n.toLocaleString('en-US')} providers`,
    `${t.toFixed(3)} ms`,
    n === 10_000 ? '0.5 ms' : '10 ms',
  ]);
}

const shiftRows: string[][] = [['fallback markup (dist/fallback/)', 'layout shift on upgrade (CLS)', 'budget']];
try {
  const files = [
    'hotline-banner.en.full.html',
    'hotline-banner.en.compact.html',
    'hotline-banner.es.inline.html',
    'hotline-banner.en.plain.html',
  ];
  for (const [file, cls] of Object.entries(await measureLayoutShift(files))) {
    shiftRows.push([
      file + (file.includes('.plain.') ? ' (plain links only)' : ' (zero-shift)'),
      cls.toFixed(4),
      file.includes('.plain.') ? '' : '0',
    ]);
  }
} catch (err) {
  shiftRows.push([`not measured: ${(err as Error).message}`, '', '']);
}

// A post with four elements above its text on a slow connection (issue 19: at most 0.05).
const pageShiftRows: string[][] = [['page (examples/post.html, hart.js)', 'viewport', 'CLS', 'budget']];
try {
  for (const r of await measurePageShift())
    pageShiftRows.push([r.page, r.viewport, r.cls.toFixed(4), r.page.includes('without') ? '' : '0.05']);
} catch (err) {
  pageShiftRows.push([`not measured: ${(err as Error).message}`, '', '', '']);
}

const weightRows: string[][] = [['page', ...loaders.map((l) => `with ${l}`)]];
try {
  for (const [page, by] of Object.entries(await measurePageWeight())) {
    weightRows.push([
      page,
      ...loaders.map((l) => `${kb(by[l].bytes)} (${by[l].files} file${by[l].files === 1 ? '' : 's'})`),
    ]);
  }
} catch (err) {
  weightRows.push([`not measured: ${(err as Error).message}`, '', '']);
}

const table = (r: string[][]) => {
  const widths = r[0].map((_, i) => Math.max(...r.map((row) => (row[i] ?? '').length)));
  return r
    .map((row, j) => {
      const line = '| ' + row.map((c, i) => (c ?? '').padEnd(widths[i])).join(' | ') + ' |';
      return j === 0 ? `${line}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|` : line;
    })
    .join('\n');
};
console.log(
  `\nSizes (minified; gzip -9; brotli q11)\n\n${table(rows)}\n\nTimes (Node ${process.version}, median)\n\n${table(timeRows)}\n`,
);
console.log(`Layout shift (Chromium, script loaded after the fallback painted)\n\n${table(shiftRows)}\n`);
console.log(
  `Layout shift of a page (Chromium, 150 ms RTT, 1.6 Mbit/s, largest session window)\n\n${table(pageShiftRows)}\n`,
);
console.log(
  `What a page downloads (JavaScript received by Chromium, gzip as served by npm start, headers included)\n\n${table(weightRows)}\n`,
);

// What a Vite user ships: the consumer check (scripts/check-package.mjs) builds the packed tarball with Vite 6 and
// writes its figures; building them here again would cost a registry install and two Vite builds.
const consumerReport = join(root, 'reports/package-check.json');
if (existsSync(consumerReport)) {
  const r = JSON.parse(readFileSync(consumerReport, 'utf8')) as {
    generated: string;
    deps: string[];
    tarball: { packed: number; unpacked: number; files: number };
    vite: Record<string, { files: number; gzip: number; bytes: number; allJsFiles: number; allJsGzip: number }>;
  };
  const viteRows: string[][] = [['page built by Vite', 'first load (min)', 'first load (gzip)', 'all JS (gzip)']];
  for (const [page, v] of Object.entries(r.vite)) {
    viteRows.push([
      page === 'hotline-banner' ? "import 'hart-widgets/hotline-banner.js'" : "import 'hart-widgets' (every element)",
      `${kb(v.bytes)} (${v.files} file${v.files === 1 ? '' : 's'})`,
      kb(v.gzip),
      `${kb(v.allJsGzip)} (${v.allJsFiles} files)`,
    ]);
  }
  console.log(
    `What a Vite user ships (the packed tarball, ${r.deps.join(', ')}; measured ${r.generated} by npm run test:package)\n\n${table(viteRows)}\n\n` +
      `Tarball: ${kb(r.tarball.packed)} packed, ${kb(r.tarball.unpacked)} unpacked, ${r.tarball.files} files\n`,
  );
} else {
  console.log('What a Vite user ships: not measured; run `npm run test:package` first\n');
}

// Lighthouse on the hotel, school and agency examples (scripts/lighthouse.ts; issue 10's targets in the heading).
try {
  const { LIGHTHOUSE_VERSION, lighthouseTable, runLighthouse } = await import('./lighthouse.js');
  const notes: string[] = [];
  const rows = await runLighthouse(undefined, (note) => notes.push(note));
  console.log(
    `Lighthouse ${LIGHTHOUSE_VERSION} (mobile, simulated throttling; targets: accessibility and best practices 100, performance >= 95, CLS 0)\n\n${lighthouseTable(rows)}\n${notes.map((n) => `\n${n}`).join('')}\n`,
  );
} catch (err) {
  console.log(`Lighthouse: not measured: ${(err as Error).message}\n`);
}
