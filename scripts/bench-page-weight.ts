/**
 * What a partner page downloads, by how it loads the library: the compressed JavaScript Chromium receives (as served
 * by scripts/serve.mjs with gzip, HTTP headers included) for a few typical pages, with `hart.js` and with
 * `autoloader.js`. The figures for docs/embedding.md's "How much a page loads".
 */
import type { Page } from 'puppeteer-core';
import { withBenchBrowser } from './bench-browser.js';
import { typicalPages } from './typical-pages.js';

export const loaders = ['hart.js', 'autoloader.js'] as const;

/** Per page, per loader: JavaScript bytes received and how many files. */
export function measurePageWeight(): Promise<Record<string, Record<string, { bytes: number; files: number }>>> {
  return withBenchBrowser(async ({ openPage }) => {
    const out: Record<string, Record<string, { bytes: number; files: number }>> = {};
    for (const { label: name, markup } of typicalPages) {
      out[name] = {};
      for (const loader of loaders) {
        const got = { bytes: 0, files: 0 };
        const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>page</title>
          <script type="module" src="/dist/cdn/${loader}"></script></head><body>${markup}</body></html>`;
        // Counted from the network events, so listening starts before the page loads.
        const count = async (tab: Page) => {
          const cdp = await tab.createCDPSession();
          await cdp.send('Network.enable');
          const urls = new Map<string, string>();
          cdp.on('Network.responseReceived', (e) => urls.set(e.requestId, e.response.url));
          cdp.on('Network.loadingFinished', (e) => {
            if (/\.js$/.test(urls.get(e.requestId) ?? '')) {
              got.bytes += e.encodedDataLength;
              got.files++;
            }
          });
        };
        const tab = await openPage('/bench-page.html', html, { beforeLoad: count, waitUntil: 'networkidle0' });
        await tab.close();
        out[name][loader] = got;
      }
    }
    return out;
  });
}
