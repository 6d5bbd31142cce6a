// Element tests in real browsers: Debian's Chromium (chrome launcher) and Firefox ESR (puppeteer over WebDriver BiDi).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { CHROMIUM, FIREFOX } from './scripts/browsers.mjs';

const only = process.env.HART_BROWSERS?.split(',');
const browsers = [
  ['chromium', () =>
    chromeLauncher({
      launchOptions: {
        executablePath: CHROMIUM,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      },
    })],
  ['firefox', () => puppeteerLauncher({ launchOptions: { browser: 'firefox', executablePath: FIREFOX, headless: true } })],
].filter(([name]) => !only || only.includes(name)).map(([, make]) => make());

export default {
  files: ['test/components/**/*.test.ts', 'test/e2e/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  browsers,
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 600000,
};
