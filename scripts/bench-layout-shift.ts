/**
 * Layout shift when <hart-hotline-banner> upgrades over its fallback markup, measured in Chromium with a
 * PerformanceObserver for `layout-shift` (the worst case: the script loads after the fallback has painted).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
// @ts-expect-error plain ES module without types
import { startServer } from './serve.mjs';
// @ts-expect-error plain ES module without types
import { CHROMIUM } from './browsers.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

const page = (markup: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>
<h1>Partner page</h1>${markup}<p id="after">Content after the banner.</p>
<script type="module">
  let cls = 0;
  new PerformanceObserver((l) => { for (const e of l.getEntries()) cls += e.value; }).observe({ type: 'layout-shift', buffered: true });
  const frames = (n) => new Promise((r) => { const s = () => (n-- ? requestAnimationFrame(s) : r()); s(); });
  await frames(3);
  await import('/dist/cdn/hart.js');
  await customElements.whenDefined('hart-hotline-banner');
  await frames(5);
  await new Promise((r) => setTimeout(r, 200));
  window.__cls = cls;
</script></body></html>`;

/** CLS of each fallback kind, by file name in dist/fallback. */
export async function measureLayoutShift(files: string[]): Promise<Record<string, number>> {
  const server = await startServer(0);
  const port = (server.address() as { port: number }).port;
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const results: Record<string, number> = {};
  try {
    for (const file of files) {
      const tab = await browser.newPage();
      await tab.setViewport({ width: 1024, height: 900 });
      const markup = readFileSync(join(root, 'dist/fallback', file), 'utf8');
      await tab.setRequestInterception(true);
      tab.on('request', (req) =>
        req.url().endsWith('/bench-upgrade.html')
          ? req.respond({ status: 200, contentType: 'text/html', body: page(markup) })
          : req.continue(),
      );
      await tab.goto(`http://localhost:${port}/bench-upgrade.html`);
      await tab.waitForFunction('window.__cls !== undefined', { timeout: 15000 });
      results[file] = (await tab.evaluate('window.__cls')) as number;
      await tab.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return results;
}
