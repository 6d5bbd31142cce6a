/**
 * What a partner page downloads, by how it loads the library: the compressed JavaScript Chromium receives (as served
 * by scripts/serve.mjs with gzip, HTTP headers included) for a few typical pages, with `hart.js` and with
 * `autoloader.js`. The figures for docs/embedding.md's "How much a page loads".
 */
import puppeteer from 'puppeteer-core';
// @ts-expect-error plain ES module without types
import { startServer } from './serve.mjs';
// @ts-expect-error plain ES module without types
import { CHROMIUM } from './browsers.mjs';

/** Typical pages: the markup a partner pastes. */
export const pages: Record<string, string> = {
  'banner with quick exit': '<hart-hotline-banner quick-exit></hart-hotline-banner>',
  'hotel (banner, red flags, notice)':
    '<hart-hotline-banner quick-exit></hart-hotline-banner><hart-red-flags audience="hospitality"></hart-red-flags><hart-awareness-notice></hart-awareness-notice>',
  'event list': '<hart-event-list></hart-event-list>',
  'every element':
    '<hart-hotline-banner></hart-hotline-banner><hart-quick-exit></hart-quick-exit><hart-red-flags></hart-red-flags>' +
    '<hart-provider-finder></hart-provider-finder><hart-event-list></hart-event-list><hart-awareness-notice></hart-awareness-notice>',
};

export const loaders = ['hart.js', 'autoloader.js'] as const;

/** Per page, per loader: JavaScript bytes received and how many files. */
export async function measurePageWeight(): Promise<Record<string, Record<string, { bytes: number; files: number }>>> {
  const server = await startServer(0);
  const port = (server.address() as { port: number }).port;
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const out: Record<string, Record<string, { bytes: number; files: number }>> = {};
  try {
    for (const [name, markup] of Object.entries(pages)) {
      out[name] = {};
      for (const loader of loaders) {
        const tab = await browser.newPage();
        const cdp = await tab.createCDPSession();
        await cdp.send('Network.enable');
        const urls = new Map<string, string>();
        let bytes = 0;
        let files = 0;
        cdp.on('Network.responseReceived', (e) => urls.set(e.requestId, e.response.url));
        cdp.on('Network.loadingFinished', (e) => {
          if (/\.js$/.test(urls.get(e.requestId) ?? '')) {
            bytes += e.encodedDataLength;
            files++;
          }
        });
        const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>page</title>
          <script type="module" src="/dist/cdn/${loader}"></script></head><body>${markup}</body></html>`;
        await tab.setRequestInterception(true);
        tab.on('request', (req) =>
          req.url().endsWith('/bench-page.html') ? req.respond({ status: 200, contentType: 'text/html', body: html }) : req.continue(),
        );
        await tab.goto(`http://localhost:${port}/bench-page.html`, { waitUntil: 'networkidle0' });
        await tab.close();
        out[name][loader] = { bytes, files };
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  return out;
}
