/**
 * Headless Chromium next to the repository's own server (scripts/serve.mjs), for the bench's page measurements.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { startServer } from './serve.mjs';
import { CHROMIUM, CHROMIUM_ARGS } from './browsers.mjs';

/** What a measurement gets: the browser, and a way to open a tab on an HTML page served from the repository's origin. */
export interface BenchBrowser {
  browser: Browser;
  /** A new tab showing `html` as if it were the file `path` of the server, so `/dist/...` URLs load from it. */
  openPage: (
    path: string,
    html: string,
    options?: { beforeLoad?: (tab: Page) => Promise<void>; waitUntil?: 'load' | 'networkidle0' },
  ) => Promise<Page>;
}

/**
 * Starts the server and Chromium, runs `measure`, and stops both whatever happens.
 * @param args - more Chromium switches, e.g. `--blink-settings=...` for a screen with a mouse
 */
export async function withBenchBrowser<T>(measure: (b: BenchBrowser) => Promise<T>, args: string[] = []): Promise<T> {
  const server = await startServer(0);
  const origin = `http://localhost:${(server.address() as { port: number }).port}`;
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS, ...args],
  });
  const openPage: BenchBrowser['openPage'] = async (path, html, { beforeLoad, waitUntil = 'load' } = {}) => {
    const tab = await browser.newPage();
    await beforeLoad?.(tab);
    await tab.setRequestInterception(true);
    tab.on('request', (req) => {
      void (req.url() === `${origin}${path}`
        ? req.respond({ status: 200, contentType: 'text/html', body: html })
        : req.continue());
    });
    await tab.goto(`${origin}${path}`, { waitUntil });
    return tab;
  };
  try {
    return await measure({ browser, openPage });
  } finally {
    await browser.close();
    server.close();
  }
}
