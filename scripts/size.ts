/**
 * `npm run size`: checks every size budget of docs/budgets.md against the built files in dist/cdn (it does not
 * build: run `npm run build` first). Prints each figure beside its ceiling and exits 1 when one is over.
 *
 *   tsx scripts/size.ts [--dist DIR] [--budgets FILE]
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundle } from './bundle.js';
import { CdnGraph, gz, kb } from './cdn-graph.js';
import { tagsOf, typicalPages } from './typical-pages.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Response headers per file as scripts/serve.mjs sends them, counted in page weights: Chromium measured 17.6 KB for
 * the banner page's 6 files where their gzip bodies are 16.0 KB (`npm run bench`), about 270 bytes a file.
 */
export const HEADER_BYTES = 270;

export interface Budget {
  /** What is measured, as written in the table's first column, e.g. `entry hotline-banner`. */
  measure: string;
  what: string;
  /** Ceiling in bytes (gzip -9). */
  ceiling: number;
  /** The ceiling as the table writes it (`10.75 KB`), printed as is rather than rounded. */
  written: string;
}

/**
 * The budgets table of docs/budgets.md: rows whose first cell is a backticked measure and whose last cell is a
 * ceiling such as `14 KB` or `3.5 KB`.
 */
export function readBudgets(markdown: string): Budget[] {
  const budgets: Budget[] = [];
  for (const line of markdown.split('\n')) {
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
    const measure = /^`([^`]+)`$/.exec(cells[0] ?? '')?.[1];
    const ceiling = /^([\d.]+) KB$/.exec(cells.at(-1) ?? '')?.[1];
    if (measure && ceiling) {
      budgets.push({ measure, what: cells[1], ceiling: Math.round(Number(ceiling) * 1024), written: `${ceiling} KB` });
    }
  }
  return budgets;
}

/** The files of dist/cdn a budget covers and their gzip bytes. */
export async function measure(graph: CdnGraph, what: string): Promise<{ bytes: number; files: number }> {
  const [kind, ...args] = what.split(/\s+/);
  const sum = (files: Set<string> | string[]) => ({ bytes: graph.weigh(files), files: [...files].length });
  switch (kind) {
    case 'bundle': {
      // element modules of dist/ bundled together as a developer's bundler would: one file, Lit once
      const dist = join(graph.dir, '..');
      const code = await bundle(args.map((a) => join(dist, 'components', a, `${a}.js`)));
      return { bytes: gz(code), files: 1 };
    }
    case 'entry': // one or more CDN element entries with what they import statically (Lit counted once)
      return sum(graph.closure(args.map((a) => `${a}.js`)));
    case 'file': // a file with what it imports statically
      return sum(graph.closure(args));
    case 'module': {
      // the lazy chunk holding a module (e.g. sdk/validate.js), alone: what a page fetches when it first needs it.
      const all = ['', 'chunks/'].flatMap((d) =>
        readdirSync(join(graph.dir, d))
          .filter((f) => f.endsWith('.js'))
          .map((f) => d + f),
      );
      const holders = graph.filesWithModule(all, new RegExp(`/${args[0].replace(/[.]/g, '\\.')}$`));
      const chunks = holders.filter((h) => h.startsWith('chunks/'));
      if (!chunks.length) throw new Error(`no chunk of dist/cdn holds ${args[0]}`);
      return { bytes: Math.max(...chunks.map((c) => graph.file(c).gzip)), files: 1 };
    }
    case 'page': {
      const page = typicalPages.find((p) => p.id === args[0]);
      if (!page) throw new Error(`no typical page "${args[0]}" in scripts/typical-pages.ts`);
      // Compressed bodies plus the HTTP response headers each file comes with, so the figure is the one a browser
      // receives (`npm run bench` counts it in Chromium).
      const files = graph.autoloaderPage(tagsOf(page.markup));
      return { bytes: graph.weigh(files) + files.size * HEADER_BYTES, files: files.size };
    }
    default:
      throw new Error(`unknown measure "${what}"`);
  }
}

export interface SizeRow extends Budget {
  bytes?: number;
  files?: number;
  error?: string;
  over: boolean;
}

export async function checkSizes(dist: string, budgets: Budget[]): Promise<SizeRow[]> {
  const graph = await CdnGraph.open(join(dist, 'cdn'));
  const rows: SizeRow[] = [];
  for (const b of budgets) {
    try {
      const m = await measure(graph, b.measure);
      rows.push({ ...b, ...m, over: m.bytes > b.ceiling });
    } catch (err) {
      rows.push({ ...b, error: (err as Error).message, over: true });
    }
  }
  return rows;
}

async function main() {
  const args = process.argv.slice(2);
  const opt = (name: string, fallback: string) => {
    const i = args.indexOf(name);
    return resolve(i >= 0 ? args[i + 1] : fallback);
  };
  const dist = opt('--dist', join(root, 'dist'));
  const budgetsFile = opt('--budgets', join(root, 'docs/budgets.md'));
  if (!existsSync(join(dist, 'cdn'))) {
    console.error(`npm run size: no built files in ${join(dist, 'cdn')}; run \`npm run build\` first.`);
    process.exit(1);
  }
  const budgets = readBudgets(readFileSync(budgetsFile, 'utf8'));
  if (!budgets.length) {
    console.error(`npm run size: no budgets found in ${budgetsFile}`);
    process.exit(1);
  }
  const rows = await checkSizes(dist, budgets);
  const width = Math.max(...rows.map((r) => r.measure.length));
  console.log(`Size budgets (gzip -9, each file alone; ${budgetsFile.replace(root, '')})\n`);
  for (const r of rows) {
    const figure = r.error
      ? `not measured: ${r.error}`
      : `${kb(r.bytes!).padStart(8)} (${r.files} file${r.files === 1 ? '' : 's'})`;
    console.log(`${r.over ? 'OVER' : 'ok  '}  ${r.measure.padEnd(width)}  ${figure}  <= ${r.written}`);
  }
  const over = rows.filter((r) => r.over);
  if (over.length) {
    console.error(
      `\n${over.length} budget${over.length === 1 ? '' : 's'} over: ${over.map((r) => r.measure).join(', ')}`,
    );
    process.exit(1);
  }
  console.log(`\nAll ${rows.length} budgets hold.`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
