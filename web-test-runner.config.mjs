// Element tests in real browsers: Debian's Chromium (chrome launcher), Firefox ESR (puppeteer over WebDriver BiDi)
// and WebKit (WebKitGTK's MiniBrowser over WebDriver, test/support/webkit-launcher.mjs). The plugins and the
// middleware are in test/support/ (see its README).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { CHROMIUM, CHROMIUM_ARGS, FIREFOX, MINIBROWSER, WEBKIT_DRIVER } from './scripts/browsers.mjs';
import { webkitLauncher } from './test/support/webkit-launcher.mjs';
import { mediaFeaturesPlugin } from './test/support/media-features-plugin.mjs';
import { tapPlugin } from './test/support/tap-plugin.mjs';
import { serveMswWorker } from './test/support/msw-worker.mjs';
import { examplesFallbacksPlugin } from './test/support/fallbacks-plugin.mjs';
import { examplesProbePlugin } from './test/support/probe-plugin.mjs';
import { sourceFilesPlugin } from './test/support/source-files-plugin.mjs';
import { proofPagesPlugin } from './test/support/proof-pages-plugin.mjs';

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
    tapPlugin(),
    examplesFallbacksPlugin(),
    examplesProbePlugin(),
    sourceFilesPlugin(),
    proofPagesPlugin(),
  ],
  browsers,
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 600000,
};
