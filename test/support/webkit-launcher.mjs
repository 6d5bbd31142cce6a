// @web/test-runner launcher for WebKit: Debian's WebKitGTK MiniBrowser driven by WebKitWebDriver (W3C WebDriver)
// under xvfb-run. Nothing is downloaded: both come from the webkit2gtk-driver and xvfb packages.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WebDriverSession } from './webdriver-client.mjs';

/** The GTK theme that lets MiniBrowser's window shrink to a phone's width (see webkit-gtk/gtk-3.0/gtk.css). */
const GTK_CONFIG = fileURLToPath(new URL('./webkit-gtk', import.meta.url));

/** Puppeteer key names the tests use, as WebDriver key codes. Single characters are sent as they are. */
const KEYS = {
  Enter: '\uE007',
  Tab: '\uE004',
  Shift: '\uE008',
  ShiftLeft: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Escape: '\uE00C',
  Space: ' ',
  Backspace: '\uE003',
  Delete: '\uE017',
  Home: '\uE011',
  End: '\uE010',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
};
const keyCode = (key) =>
  KEYS[key] ?? (/^Key[A-Z]$/.test(key) ? key.slice(3).toLowerCase() : /^Digit\d$/.test(key) ? key.slice(5) : key);

/** Thrown for what WebKitWebDriver has no command for; the test helpers treat it as "cannot emulate here". */
class Unsupported extends Error {
  constructor(what) {
    super(`WebKit (WebKitWebDriver) cannot ${what}`);
  }
}

/**
 * The page object the @web/test-runner-commands plugins and this project's own server commands call. It has the
 * shape of the puppeteer `Page` methods they use (setViewport, keyboard, mouse, touchscreen, media emulation), each
 * done over WebDriver, or refused with an error where WebDriver has no way to do it (media emulation, CDP).
 */
export class WebDriverPage {
  constructor(session) {
    this.session = session;
    const keys = (actions) => session.performActions([{ type: 'key', id: 'keyboard', actions }]);
    this.keyboard = {
      press: (key) =>
        keys([
          { type: 'keyDown', value: keyCode(key) },
          { type: 'keyUp', value: keyCode(key) },
        ]),
      down: (key) => keys([{ type: 'keyDown', value: keyCode(key) }]),
      up: (key) => keys([{ type: 'keyUp', value: keyCode(key) }]),
      type: (text) =>
        keys(
          [...text].flatMap((c) => [
            { type: 'keyDown', value: c },
            { type: 'keyUp', value: c },
          ]),
        ),
    };
    const pointer = (pointerType, actions) =>
      session.performActions([{ type: 'pointer', id: pointerType, parameters: { pointerType }, actions }]);
    const move = (x, y) => ({ type: 'pointerMove', x: Math.round(x), y: Math.round(y), origin: 'viewport' });
    this.mouse = {
      move: (x, y) => pointer('mouse', [move(x, y)]),
      down: ({ button = 'left' } = {}) => pointer('mouse', [{ type: 'pointerDown', button: buttonOf(button) }]),
      up: ({ button = 'left' } = {}) => pointer('mouse', [{ type: 'pointerUp', button: buttonOf(button) }]),
      click: (x, y, { button = 'left' } = {}) =>
        pointer('mouse', [
          move(x, y),
          { type: 'pointerDown', button: buttonOf(button) },
          { type: 'pointerUp', button: buttonOf(button) },
        ]),
    };
    // WebKitGTK's driver accepts touch pointer actions but delivers them as mouse events (pointerType "mouse", no
    // touch events): see test/e2e/touch.test.ts.
    this.touchscreen = {
      tap: (x, y) =>
        pointer('touch', [move(x, y), { type: 'pointerDown', button: 0 }, { type: 'pointerUp', button: 0 }]),
    };
  }

  /**
   * Resizes the window so that the page's viewport is `width` x `height` CSS pixels. The X server applies a resize
   * when it gets to it (later on a busy machine): the page is asked again until it sees the new size.
   */
  async setViewport({ width, height }) {
    const size = () =>
      this.whenLoaded(() => this.session.execute('return [innerWidth, innerHeight, outerWidth, outerHeight]'));
    let [w, h, ow, oh] = await size();
    await this.session.setWindowRect({ x: 0, y: 0, width: width + ow - w, height: height + oh - h });
    for (const until = Date.now() + 10000; (w !== width || h !== height) && Date.now() < until;) {
      await new Promise((r) => setTimeout(r, 50));
      [w, h] = await size();
    }
    if (w !== width || h !== height) throw new Error(`WebKit viewport is ${w}x${h}, not ${width}x${height}`);
  }

  /**
   * Runs a driver call, again while the page it would run in is being replaced ("no such frame"): navigations return
   * at once here (pageLoadStrategy 'none'), so the previous test page may still be unloading.
   */
  async whenLoaded(call) {
    for (const until = Date.now() + 10000; ;) {
      try {
        return await call();
      } catch (e) {
        if (!/no such frame/.test(String(e?.message)) || Date.now() > until) throw e;
        await new Promise((r) => setTimeout(r, 50));
      }
    }
  }

  async emulateMediaFeatures(features) {
    if (features?.length) throw new Unsupported('emulate media features');
  }

  async emulateMediaType(type) {
    if (type) throw new Unsupported('emulate a media type');
  }

  async setUserAgent() {
    throw new Unsupported('change the user agent');
  }

  async createCDPSession() {
    throw new Unsupported('open a DevTools protocol session');
  }

  url() {
    return this.session.currentUrl();
  }
}

const buttonOf = (name) => ({ left: 0, middle: 1, right: 2 })[name] ?? 0;

/**
 * A WebKit launcher: one MiniBrowser window, one test file at a time (WebKitWebDriver serves a single session).
 *
 * Its `type` is `puppeteer` so that @web/test-runner-commands (setViewport, sendKeys, sendMouse, emulateMedia) call
 * `getPage()` and the puppeteer-shaped methods above; where WebKit cannot do something they throw, as they do in
 * Firefox, and the tests say so.
 *
 * @param {{ driver?: string, binary?: string, width?: number, height?: number }} [options]
 */
export function webkitLauncher({
  driver = '/usr/bin/WebKitWebDriver',
  binary = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  width = 800,
  height = 600,
} = {}) {
  /** @type {WebDriverSession | undefined} */
  let session;
  let page;
  let active;
  let home;
  let starting;

  const start = async () => {
    home = mkdtempSync(join(tmpdir(), 'hart-webkit-'));
    // The browser's own data and cache go to a throwaway folder; the GTK theme comes from this repository.
    const env = { XDG_CONFIG_HOME: GTK_CONFIG, XDG_DATA_HOME: join(home, 'data'), XDG_CACHE_HOME: join(home, 'cache') };
    session = await WebDriverSession.start({
      command: driver,
      wrap: ['xvfb-run', '-a', '-s', '-screen 0 1280x1024x24'],
      env,
      capabilities: {
        browserName: 'MiniBrowser',
        // 'none': a navigation returns at once; the test page reports to the runner by itself.
        pageLoadStrategy: 'none',
        'webkitgtk:browserOptions': { binary, args: ['--automation'] },
      },
    });
    page = new WebDriverPage(session);
    await page.setViewport({ width, height }).catch((e) => console.error(e.message));
  };

  return {
    name: 'WebKit',
    type: 'puppeteer',
    concurrency: 1,
    async initialize() {
      starting ??= start();
      await starting;
    },
    async stop() {
      await session?.quit();
      if (home) rmSync(home, { recursive: true, force: true });
    },
    async startSession(sessionId, url) {
      await (starting ??= start());
      active = sessionId;
      // Each test file starts at the default size, whatever the last one left (a failure here fails that file only).
      await page.setViewport({ width, height });
      await session.navigate(url);
    },
    isActive: (sessionId) => active === sessionId,
    getBrowserUrl: () => session?.currentUrl(),
    getPage: () => page,
    async stopSession() {
      active = undefined;
      await session.navigate('about:blank');
      return {};
    },
    async startDebugSession() {
      throw new Error('WebKit debug sessions are not supported: run the tests with HART_BROWSERS=webkit headlessly.');
    },
  };
}
