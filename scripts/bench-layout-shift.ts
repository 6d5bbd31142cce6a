/**
 * Layout shift when <hart-hotline-banner> upgrades over its fallback markup, measured in Chromium with a
 * PerformanceObserver for `layout-shift` (the worst case: the script loads after the fallback has painted).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withBenchBrowser } from './bench-browser.js';

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
export function measureLayoutShift(files: string[]): Promise<Record<string, number>> {
  return withBenchBrowser(async ({ openPage }) => {
    const results: Record<string, number> = {};
    for (const file of files) {
      const markup = readFileSync(join(root, 'dist/fallback', file), 'utf8');
      const tab = await openPage('/bench-upgrade.html', page(markup), {
        beforeLoad: (t) => t.setViewport({ width: 1024, height: 900 }),
      });
      await tab.waitForFunction('window.__cls !== undefined', { timeout: 15000 });
      results[file] = (await tab.evaluate('window.__cls')) as number;
      await tab.close();
    }
    return results;
  });
}
