// Makes sure the browsers of the browser tests are installed from Debian (test tools' own browser downloads do not
// work here): Chromium, Firefox ESR, and WebKit as WebKitGTK's MiniBrowser with its WebDriver (webkit2gtk-driver),
// run on a virtual display (xvfb). Installs them with apt-get when running as root; otherwise says how.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

export const CHROMIUM = process.env.HART_CHROMIUM ?? '/usr/bin/chromium';
export const FIREFOX = process.env.HART_FIREFOX ?? '/usr/bin/firefox-esr';
export const WEBKIT_DRIVER = process.env.HART_WEBKIT_DRIVER ?? '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = process.env.HART_MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const XVFB_RUN = '/usr/bin/xvfb-run';

/**
 * Flags for headless Chromium here (tests, bench, the package check): no sandbox as root, and none of Chromium's own
 * network calls (updates, sync, field trials), which this machine's closed network refuses.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Engines the browser tests run in; `HART_BROWSERS=chromium,webkit` picks some. */
export const ENGINES = ['chromium', 'firefox', 'webkit'];
const only = process.env.HART_BROWSERS?.split(',');
const wanted = (engine) => !only || only.includes(engine);

const missing = [
  ['chromium', CHROMIUM, 'chromium'],
  ['firefox', FIREFOX, 'firefox-esr'],
  // webkit2gtk-driver brings libwebkit2gtk-4.1-0, which holds MiniBrowser.
  ['webkit', WEBKIT_DRIVER, 'webkit2gtk-driver'],
  ['webkit', MINIBROWSER, 'webkit2gtk-driver'],
  ['webkit', XVFB_RUN, 'xvfb'],
].filter(([engine, path]) => wanted(engine) && !existsSync(path));

if (missing.length && process.argv[1]?.endsWith('browsers.mjs')) {
  const pkgs = [...new Set(missing.map(([, , pkg]) => pkg))].join(' ');
  if (process.getuid?.() === 0) {
    console.log(`Installing ${pkgs} from Debian (needed by the browser tests)...`);
    execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${pkgs}`, {
      stdio: 'inherit',
    });
  } else {
    console.error(
      `The browser tests need ${pkgs}. Install them with:\n  sudo apt-get update && sudo apt-get install -y ${pkgs}`,
    );
    process.exit(1);
  }
}
