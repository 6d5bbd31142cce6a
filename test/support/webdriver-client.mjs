// A minimal W3C WebDriver client over fetch, enough to drive WebKitGTK's MiniBrowser through WebKitWebDriver.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** One WebDriver session on a driver process started for it (WebKitWebDriver serves one session per process). */
export class WebDriverSession {
  /** @param {string} base the driver's URL, @param {string} id the session id */
  constructor(base, id, driver) {
    this.base = base;
    this.id = id;
    this.driver = driver;
  }

  /**
   * Starts `command args --port=N` (optionally wrapped, e.g. by xvfb-run), waits until it answers, opens a session.
   * @param {{ command: string, args?: string[], wrap?: string[], env?: object, capabilities: object, timeout?: number }} options
   */
  static async start({ command, args = [], wrap = [], env = {}, capabilities, timeout = 30000 }) {
    const port = await freePort();
    const argv = [...wrap, command, ...args, `--port=${port}`, '--host=127.0.0.1'];
    const driver = spawn(argv[0], argv.slice(1), {
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: true,
      env: { ...process.env, ...env },
    });
    let stderr = '';
    driver.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
    const base = `http://127.0.0.1:${port}`;
    const until = Date.now() + timeout;
    for (;;) {
      try {
        const res = await fetch(`${base}/status`);
        if (res.ok) break;
      } catch {
        /* not listening yet */
      }
      if (driver.exitCode !== null || Date.now() > until) {
        throw new Error(`${command} did not start (exit ${driver.exitCode}): ${stderr}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    const session = await request(base, 'POST', '/session', { capabilities: { alwaysMatch: capabilities } });
    return new WebDriverSession(base, session.sessionId, driver);
  }

  /** Sends one WebDriver command of this session and returns its `value`. */
  send(method, path, body) {
    return request(this.base, method, `/session/${this.id}${path}`, body);
  }

  navigate(url) {
    return this.send('POST', '/url', { url });
  }

  currentUrl() {
    return this.send('GET', '/url');
  }

  execute(script, args = []) {
    return this.send('POST', '/execute/sync', { script, args });
  }

  setWindowRect(rect) {
    return this.send('POST', '/window/rect', rect);
  }

  performActions(actions) {
    return this.send('POST', '/actions', { actions });
  }

  releaseActions() {
    return this.send('DELETE', '/actions');
  }

  /** Ends the session and the driver process (and whatever it started: its process group). */
  async quit() {
    try {
      await request(this.base, 'DELETE', `/session/${this.id}`);
    } catch {
      /* the browser may be gone already */
    }
    if (this.driver.exitCode === null) {
      try {
        process.kill(-this.driver.pid, 'SIGTERM');
      } catch {
        this.driver.kill('SIGTERM');
      }
    }
  }
}

async function request(base, method, path, body) {
  const res = await fetch(base + path, {
    // A browser that stops answering fails the test file instead of stalling the whole run.
    signal: AbortSignal.timeout(120000),
    method,
    headers: body ? { 'content-type': 'application/json' } : undefined,
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = await res.json();
  if (!res.ok || json.value?.error) {
    const e = json.value ?? {};
    throw new Error(`WebDriver ${method} ${path}: ${e.error ?? res.status} ${e.message ?? ''}`.trim());
  }
  return json.value;
}
