/**
 * Lighthouse (accessibility, best practices, performance) on the example pages a webmaster copies: hotel, school and
 * agency. Serves the repository with scripts/serve.mjs on a free port, starts Debian's Chromium with puppeteer-core
 * and points Lighthouse's Node API at it. Lighthouse's default run: a mid-range phone, simulated slow 4G and a 4x
 * slower CPU.
 *
 * Targets (issue 10): accessibility and best practices 100, performance >= 95, CLS 0.
 *
 * `npx tsx scripts/lighthouse.ts` (after `npm run build`) prints the table and the audits that cost points;
 * `npm run bench` includes the table. Other pages can be named, as paths from the repository root:
 * `npx tsx scripts/lighthouse.ts examples/csp.html`. The examples server includes the pre-drawn banner fallback
 * (scripts/serve.mjs), as a real page would paste it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { startServer } from './serve.mjs';
import { CHROMIUM } from './browsers.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The pages measured by default, as paths from the repository root. */
export const LIGHTHOUSE_PAGES = ['examples/hotel.html', 'examples/school.html', 'examples/agency.html'];
const CATEGORIES = ['accessibility', 'best-practices', 'performance'] as const;
/** The Lighthouse version in use (pinned in package.json). */
export const LIGHTHOUSE_VERSION = (
  JSON.parse(readFileSync(join(root, 'node_modules/lighthouse/package.json'), 'utf8')) as { version: string }
).version;

/** One page's result. */
export interface LighthouseRow {
  page: string;
  /** Category scores, 0-100. */
  scores: Record<(typeof CATEGORIES)[number], number>;
  cls: number;
  /** Largest Contentful Paint and Total Blocking Time, ms (simulated). */
  lcp: number;
  tbt: number;
  /** Audits that cost points: `id (score): title`. */
  losses: string[];
}

/**
 * Runs Lighthouse on each page that exists; a missing page is reported with `onNote` and skipped.
 * @param pages - paths from the repository root
 */
export async function runLighthouse(
  pages = LIGHTHOUSE_PAGES,
  onNote: (note: string) => void = console.log,
): Promise<LighthouseRow[]> {
  const present = pages.filter((p) => {
    const ok = existsSync(join(root, p));
    if (!ok) onNote(`${p} does not exist yet: not measured.`);
    return ok;
  });
  if (!present.length) return [];
  if (!existsSync(join(root, 'dist/cdn/hart.js')))
    throw new Error('dist/cdn/hart.js is missing: run npm run build first');
  const server = await startServer(0);
  const origin = `http://localhost:${(server.address() as { port: number }).port}`;
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    args: [
      '--remote-debugging-port=0',
      '--no-sandbox',
      '--headless=new',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
  const rows: LighthouseRow[] = [];
  try {
    const port = Number(new URL(browser.wsEndpoint()).port);
    for (const page of present) {
      const result = await lighthouse(`${origin}/${page}`, {
        port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${page}`);
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`${page}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      const scores = Object.fromEntries(
        CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
      ) as LighthouseRow['scores'];
      const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
      const losses = CATEGORIES.flatMap((c) =>
        (lhr.categories[c]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0)
          .map((ref) => lhr.audits[ref.id])
          .filter(
            (a) =>
              a &&
              a.score !== null &&
              a.score < 1 &&
              a.scoreDisplayMode !== 'notApplicable' &&
              a.scoreDisplayMode !== 'informative',
          )
          .map((a) => `${c}: ${a.id} (${a.score}${a.displayValue ? `, ${a.displayValue}` : ''}): ${a.title}`),
      );
      rows.push({
        page,
        scores,
        cls: audit('cumulative-layout-shift'),
        lcp: audit('largest-contentful-paint'),
        tbt: audit('total-blocking-time'),
        losses,
      });
    }
  } finally {
    await browser.close();
    server.close();
  }
  return rows;
}

/** The rows as a Markdown table, with each target marked. */
export function lighthouseTable(rows: LighthouseRow[]): string {
  const mark = (ok: boolean) => (ok ? '' : ' (below target)');
  const lines = [
    '| page | accessibility | best practices | performance | CLS | LCP | TBT |',
    '|------|---------------|----------------|-------------|-----|-----|-----|',
    ...rows.map(
      (r) =>
        `| ${r.page} | ${r.scores.accessibility}${mark(r.scores.accessibility === 100)} | ${r.scores['best-practices']}${mark(r.scores['best-practices'] === 100)} | ${r.scores.performance}${mark(r.scores.performance >= 95)} | ${r.cls.toFixed(4)}${mark(r.cls === 0)} | ${Math.round(r.lcp)} ms | ${Math.round(r.tbt)} ms |`,
    ),
  ];
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const named = process.argv.slice(2);
  const rows = await runLighthouse(named.length ? named : LIGHTHOUSE_PAGES);
  console.log(
    `\nLighthouse ${LIGHTHOUSE_VERSION} (mobile, simulated throttling); targets: accessibility and best practices 100, performance >= 95, CLS 0\n`,
  );
  console.log(lighthouseTable(rows));
  const losses = rows.flatMap((r) => r.losses.map((l) => `- ${r.page} ${l}`));
  if (losses.length) console.log(`\nWhat cost points:\n${losses.join('\n')}`);
}
