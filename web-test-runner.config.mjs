// Element tests in real browsers: Debian's Chromium (chrome launcher), Firefox ESR (puppeteer over WebDriver BiDi)
// and WebKit (WebKitGTK's MiniBrowser over WebDriver, test/support/webkit-launcher.mjs).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { readFileSync } from 'node:fs';
import { CHROMIUM, CHROMIUM_ARGS, FIREFOX, MINIBROWSER, WEBKIT_DRIVER } from './scripts/browsers.mjs';
import { webkitLauncher } from './test/support/webkit-launcher.mjs';
import { examplesFallbacksPlugin } from './test/e2e/fallbacks-plugin.mjs';
import { examplesProbePlugin } from './test/e2e/probe-plugin.mjs';
import { sourceFilesPlugin } from './test/e2e/source-files-plugin.mjs';

/** msw's service worker, served at the root so it can control the test pages (feed tests mock fetch with it). */
const mswWorker = readFileSync(new URL('./node_modules/msw/lib/mockServiceWorker.js', import.meta.url), 'utf8');
function serveMswWorker(ctx, next) {
  if (ctx.path !== '/mockServiceWorker.js') return next();
  ctx.type = 'text/javascript';
  ctx.body = mswWorker;
  return undefined;
}

/**
 * `executeServerCommand('hart-media-features', { features: [{ name: 'forced-colors', value: 'active' }] })`:
 * media features @web/test-runner-commands' emulateMedia does not cover (forced-colors). Chromium only: Firefox over
 * WebDriver BiDi and WebKit over WebDriver have no media emulation, and the command throws there.
 */
const cdpSessions = new WeakMap();

function mediaFeaturesPlugin() {
  return {
    name: 'hart-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'hart-media-features') return undefined;
      const page = session.browser.getPage(session.id);
      // Straight to CDP: puppeteer's emulateMediaFeatures refuses forced-colors by name. Emulation lives as long as
      // the CDP session, so one is kept per page.
      let cdp = cdpSessions.get(page);
      if (!cdp) {
        cdp = await page.createCDPSession();
        cdpSessions.set(page, cdp);
      }
      await cdp.send('Emulation.setEmulatedMedia', { features: payload.features });
      return true;
    },
  };
}

const only = process.env.HART_BROWSERS?.split(',');
const browsers = [
  [
    'chromium',
    () =>
      chromeLauncher({
        launchOptions: {
          executablePath: CHROMIUM,
          headless: true,
          args: CHROMIUM_ARGS,
        },
      }),
  ],
  [
    'firefox',
    () => puppeteerLauncher({ launchOptions: { browser: 'firefox', executablePath: FIREFOX, headless: true } }),
  ],
  ['webkit', () => webkitLauncher({ driver: WEBKIT_DRIVER, binary: MINIBROWSER })],
]
  .filter(([name]) => !only || only.includes(name))
  .map(([, make]) => make());

export default {
  files: ['test/components/**/*.test.ts', 'test/e2e/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  middleware: [serveMswWorker],
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    mediaFeaturesPlugin(),
    examplesFallbacksPlugin(),
    examplesProbePlugin(),
    sourceFilesPlugin(),
  ],
  browsers,
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 600000,
};
