// WebKit for tests written against puppeteer's Browser and Page: WebKitGTK's MiniBrowser driven over classic
// WebDriver (WebKitWebDriver under xvfb-run, as test/support/webkit-launcher.mjs does), with the few Page methods a
// page-level test uses (goto, evaluate, $eval, $$eval, waitForFunction, type, click, waitForNavigation, setViewport).
// Functions run in the page as their source text, so they may use only their arguments, as with puppeteer.
//
// What WebKit cannot report here: WebKitWebDriver has no log endpoint and no WebDriver BiDi, and classic WebDriver
// cannot run a script before the page's own, so console messages and errors from before the `load` event are not
// seen. From `load` on, each page records its `error` events (uncaught exceptions and failed loads of elements),
// unhandled rejections and console.error calls, and reports them as puppeteer's `pageerror`, `requestfailed` and
// `console` events. Resources fetched before `load` are checked afterwards: an element's script, stylesheet or image
// of the page's own site that has no Resource Timing entry did not load (`requestfailed`), and every resource of the
// site the page fetched is fetched again from Node, reporting a status of 400 or more as a `response` (WebKit's
// Resource Timing has no response status).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WebDriverSession } from './webdriver-client.mjs';
import { WebDriverPage } from './webkit-launcher.mjs';

const GTK_CONFIG = fileURLToPath(new URL('./webkit-gtk', import.meta.url));

/** Runs in the page after `load`: records what puppeteer would have reported as events, once per document. */
const RECORDER = `
  if (!window.__hartSeen) {
    const seen = (window.__hartSeen = []);
    addEventListener('error', (e) => {
      if (e instanceof ErrorEvent) seen.push(['pageerror', String(e.error ?? e.message)]);
      else seen.push(['requestfailed', e.target?.src || e.target?.href || String(e.target)]);
    }, true);
    addEventListener('unhandledrejection', (e) => seen.push(['pageerror', String(e.reason)]));
    const error = console.error;
    console.error = function (...args) {
      seen.push(['console', args.map(String).join(' ')]);
      return error.apply(this, args);
    };
  }`;

/** Runs in the page: its own site's resources, and the elements of the site that should have loaded one. */
const RESOURCES = `
  const site = location.origin;
  const fetched = performance.getEntriesByType('resource').map((e) => e.name).filter((u) => u.startsWith(site));
  const wanted = [...document.querySelectorAll('script[src], link[rel~="stylesheet"][href], img[src]')]
    .filter((el) => !(el instanceof HTMLImageElement && el.loading === 'lazy'))
    .map((el) => el.src || el.href)
    .filter((u) => u.startsWith(site));
  return { fetched: [...new Set(fetched)], missing: wanted.filter((u) => !fetched.includes(u)) };`;

/** A function's source, called in the page with the arguments passed through WebDriver. */
const call = (fn) => `return (${fn}).apply(null, arguments)`;

/** One page of a WebDriver session, shaped like the parts of puppeteer's Page the tests use. */
class WebKitPage extends WebDriverPage {
  constructor(session) {
    super(session);
    this.listeners = new Map();
    this.href = 'about:blank';
    // Scripts run one after another, in the order they were asked for (a click after the mark of the page it leaves).
    this.queue = Promise.resolve();
  }

  on(event, listener) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }

  emit(event, value) {
    for (const listener of this.listeners.get(event) ?? []) listener(value);
  }

  /** Emits what the page recorded since the last call, as puppeteer events. */
  report(seen = []) {
    for (const [kind, text] of seen) {
      if (kind === 'console') this.emit('console', { type: () => 'error', text: () => text });
      // The page's text already starts with the error's name ("TypeError: ..."), as puppeteer's error prints.
      else if (kind === 'pageerror') this.emit('pageerror', Object.assign(new Error(text), { name: '' }));
      else this.emit('requestfailed', { url: () => text });
    }
  }

  /** Runs a script in the page; its result, with `undefined` kept (WebDriver would return null). */
  async run(script, args = []) {
    // __name: the helper esbuild (tsx) may put into a function's source to keep its name.
    const wrapped = `
      const __name = (f) => f;
      const result = await (async () => { ${script} }).apply(null, arguments);
      const seen = window.__hartSeen?.splice(0) ?? [];
      return { seen, undefined: result === undefined, result: result ?? null };`;
    const answer = this.queue.then(() => this.whenLoaded(() => this.session.execute(wrapped, args)));
    this.queue = answer.catch(() => {});
    const { seen, undefined: none, result } = await answer;
    this.report(seen);
    return none ? undefined : result;
  }

  /** Navigates (WebDriver's default strategy returns after `load`), then starts recording and checks resources. */
  async goto(url) {
    await this.session.navigate(url);
    await this.loaded();
    // WebKit answers a navigation that could not connect by staying on (or going to) about:blank.
    if (this.href === 'about:blank' && url !== 'about:blank') throw new Error(`WebKit could not load ${url}`);
  }

  async loaded() {
    this.href = await this.session.currentUrl();
    await this.run(RECORDER);
    const { fetched, missing } = await this.run(RESOURCES);
    for (const u of missing) this.emit('requestfailed', { url: () => u });
    for (const u of fetched) {
      const res = await fetch(u);
      await res.body?.cancel();
      if (res.status >= 400) this.emit('response', { status: () => res.status, url: () => u });
    }
  }

  url() {
    return this.href;
  }

  evaluate(fn, ...args) {
    // A string is a script for the page's global scope (e.g. a library's source), as with puppeteer.
    return typeof fn === 'string' ? this.run('(0, eval)(arguments[0])', [fn]) : this.run(call(fn), args);
  }

  $eval(selector, fn, ...args) {
    return this.run(
      `const [selector, ...rest] = arguments;
       const el = document.querySelector(selector);
       if (!el) throw new Error('no element matches ' + selector);
       return (${fn})(el, ...rest);`,
      [selector, ...args],
    );
  }

  $$eval(selector, fn, ...args) {
    return this.run(
      `const [selector, ...rest] = arguments; return (${fn})([...document.querySelectorAll(selector)], ...rest);`,
      [selector, ...args],
    );
  }

  /** Asks the page every 100 ms until `fn` returns a truthy value. */
  async waitForFunction(fn, { timeout = 30000 } = {}, ...args) {
    for (const until = Date.now() + timeout; ;) {
      const value = await this.run(call(fn), args).catch(() => false);
      if (value) return value;
      if (Date.now() > until) throw new Error(`WebKit: waitForFunction timed out after ${timeout} ms: ${fn}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Appends text to a field, as typing would, with the input event a page listens to. */
  type(selector, text) {
    return this.$eval(
      selector,
      (el, value) => {
        el.focus();
        el.value += value;
        el.dispatchEvent(new Event('input', { bubbles: true }));
      },
      text,
    );
  }

  async click(selector) {
    await this.$eval(selector, (el) => {
      // The navigation the click may start must not abort this script's answer.
      setTimeout(() => el.click());
    });
  }

  /** Waits until the current document is replaced by one that has loaded. */
  async waitForNavigation({ timeout = 30000 } = {}) {
    await this.run('window.__hartLeaving = true');
    await this.waitForFunction(() => !window.__hartLeaving && document.readyState === 'complete', { timeout });
    await this.loaded();
  }

  async close() {
    await this.session.navigate('about:blank');
  }
}

/** A WebDriver session (its own driver, browser and cookies) that hands out its one page. */
async function startSession() {
  const home = mkdtempSync(join(tmpdir(), 'hart-webkit-'));
  const session = await WebDriverSession.start({
    command: '/usr/bin/WebKitWebDriver',
    wrap: ['xvfb-run', '-a', '-s', '-screen 0 1280x1024x24'],
    env: { XDG_CONFIG_HOME: GTK_CONFIG, XDG_DATA_HOME: join(home, 'data'), XDG_CACHE_HOME: join(home, 'cache') },
    capabilities: {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': {
        binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
        args: ['--automation'],
      },
    },
  });
  const page = new WebKitPage(session);
  return {
    async newPage() {
      page.listeners.clear();
      return page;
    },
    async close() {
      await session.quit();
      rmSync(home, { recursive: true, force: true });
    },
  };
}

/**
 * WebKit shaped like puppeteer's Browser: `newPage()` (one page at a time, in the browser's session) and
 * `createBrowserContext()` (a new session: its own browser process and cookies).
 */
export async function launchWebKit() {
  const contexts = new Set();
  const start = async () => {
    const context = await startSession();
    contexts.add(context);
    return {
      newPage: () => context.newPage(),
      close: async () => {
        contexts.delete(context);
        await context.close();
      },
    };
  };
  const main = await start();
  return {
    newPage: main.newPage,
    createBrowserContext: start,
    close: async () => {
      await Promise.all([...contexts].map((c) => c.close()));
      contexts.clear();
    },
  };
}
