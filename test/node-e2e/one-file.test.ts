// `hart.js` is one file: copied alone into an empty folder (as a webmaster uploads it through a media library), it
// gives a page every element, the notice's QR code included, and the page fetches nothing else. And when a part the
// module build fetches later is missing, the notice says so where the code would be, in English and Spanish, and
// keeps every number. Served from a temporary folder on localhost; Chromium; the code is decoded with jsQR.
//
// Run: node --import tsx --test test/node-e2e/one-file.test.ts (after npm run build)
import assert from 'node:assert/strict';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import jsQRModule from 'jsqr';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { hotlines } from '../../src/sdk/generated/hotlines.js';
import { notice } from '../../src/sdk/generated/notice.js';
import { noticeQr } from '../../src/sdk/notice.js';
import { CHROMIUM, CHROMIUM_ARGS } from '../../scripts/browsers.mjs';
import { ELEMENT_TAGS } from '../support/element-tags.js';
import { qrPixels } from '../support/pdf-text.js';

type Decode = (data: Uint8ClampedArray, width: number, height: number) => { data: string } | null;
const jsQR = ((jsQRModule as unknown as { default?: Decode }).default ?? jsQRModule) as unknown as Decode;

const cdn = fileURLToPath(new URL('../../dist/cdn/', import.meta.url));

let browser: Browser;
const cleanup: (() => void)[] = [];

/** Serves `dir` on localhost; records every path asked for. */
async function serve(dir: string): Promise<{ base: string; requested: string[] }> {
  const requested: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url!, 'http://x').pathname);
    requested.push(path);
    const file = join(dir, path);
    if (!file.startsWith(dir) || !existsSync(file) || path.endsWith('/')) {
      res.writeHead(404).end();
      return;
    }
    const type = path.endsWith('.html') ? 'text/html' : path.endsWith('.js') ? 'text/javascript' : 'text/plain';
    res.writeHead(200, { 'content-type': `${type}; charset=utf-8` }).end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  cleanup.push(() => server.close());
  return { base: `http://localhost:${(server.address() as AddressInfo).port}`, requested };
}

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hart-one-file-'));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const page = (script: string, body: string, lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>t</title><link rel="icon" href="data:,">` +
  `<script type="module" src="${script}"></script></head><body>${body}</body></html>`;

/** Opens `url`; fails on uncaught errors. Resolves when the notice has drawn (QR code or its message). */
async function open(url: string, errors: string[]): Promise<Page> {
  const tab = await browser.newPage();
  tab.on('pageerror', (e) => errors.push(String(e)));
  await tab.goto(url, { waitUntil: 'load' });
  await tab.waitForFunction(
    `customElements.get('hart-awareness-notice') && document.querySelector('hart-awareness-notice').updateComplete`,
  );
  await tab.evaluate(`document.querySelector('hart-awareness-notice').updateComplete`);
  return tab;
}

/** The QR code the notice draws (its SVG path, one rectangle per run of dark modules), decoded. */
async function decodeNoticeQr(tab: Page): Promise<string | undefined> {
  const svg = (await tab.evaluate(`(() => {
    const svg = document.querySelector('hart-awareness-notice').shadowRoot.querySelector('svg[part="qr"]');
    return svg && { size: svg.viewBox.baseVal.width, d: svg.querySelector('path').getAttribute('d') };
  })()`)) as { size: number; d: string } | null;
  if (!svg) return undefined;
  const dark = Array.from({ length: svg.size }, () => new Array<boolean>(svg.size).fill(false));
  for (const [, x, y, w] of svg.d.matchAll(/M(\d+) (\d+)h(\d+)/g))
    for (let i = 0; i < Number(w); i++) dark[Number(y)][Number(x) + i] = true;
  const { data, width, height } = qrPixels({ size: svg.size, dark } as Parameters<typeof qrPixels>[0]);
  return jsQR(data, width, height)?.data;
}

before(async () => {
  assert.ok(existsSync(join(cdn, 'hart.js')), 'dist/cdn/hart.js is missing: run `npm run build` first');
  browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
});

after(async () => {
  await browser?.close();
  cleanup.forEach((c) => c());
});

describe('hart.js alone in a folder', () => {
  it('every element works, the poster has its QR code, and the page fetches hart.js only', async () => {
    const dir = tempDir();
    copyFileSync(join(cdn, 'hart.js'), join(dir, 'hart.js'));
    const body =
      ELEMENT_TAGS.filter((t) => t !== 'hart-awareness-notice')
        .map((t) => `<${t}></${t}>`)
        .join('') + '<hart-awareness-notice mode="poster"></hart-awareness-notice>';
    writeFileSync(join(dir, 'index.html'), page('hart.js', body));
    const { base, requested } = await serve(dir);
    const errors: string[] = [];
    const tab = await open(`${base}/index.html`, errors);
    for (const tag of ELEMENT_TAGS) {
      const drawn = await tab.evaluate(
        `customElements.get('${tag}') !== undefined && document.querySelector('${tag}').shadowRoot.childElementCount > 0`,
      );
      assert.equal(drawn, true, `${tag} is defined and drawn`);
    }
    // The fixed quick exit keeps its room at the top of the page: the room keeper is in the file too.
    await tab.waitForFunction(`/^[1-9]\\d*px$/.test(document.documentElement.style.paddingTop)`, { timeout: 5000 });
    const expected = noticeQr(notice[0], hotlines, 'en', 'voice')!.href;
    assert.equal(expected, 'tel:+18883737888');
    assert.equal(await decodeNoticeQr(tab), expected);
    assert.deepEqual([...new Set(requested)].sort(), ['/hart.js', '/index.html'], 'nothing but the page and hart.js');
    assert.deepEqual(errors, []);
    await tab.close();
  });

  it('qr="text": the code opens a text to the hotline, also from the one file', async () => {
    const dir = tempDir();
    copyFileSync(join(cdn, 'hart.js'), join(dir, 'hart.js'));
    writeFileSync(
      join(dir, 'index.html'),
      page('hart.js', '<hart-awareness-notice mode="poster" qr="text"></hart-awareness-notice>'),
    );
    const { base, requested } = await serve(dir);
    const errors: string[] = [];
    const tab = await open(`${base}/index.html`, errors);
    assert.equal(await decodeNoticeQr(tab), noticeQr(notice[0], hotlines, 'en', 'text')!.href);
    assert.ok(!requested.some((p) => p.includes('chunks/')), 'no chunk requested');
    await tab.close();
  });
});

describe('a part that cannot be fetched', () => {
  for (const lang of ['en', 'es'] as const) {
    it(`the notice says its QR code could not be loaded, keeps every number (${lang})`, async () => {
      // The module build with its chunks folder, less the QR parts (a partial upload).
      const dir = tempDir();
      cpSync(cdn, dir, { recursive: true });
      for (const f of readdirSync(join(dir, 'chunks')))
        if (/^(awareness-notice\.qr-|qrcode-)/.test(f)) rmSync(join(dir, 'chunks', f));
      writeFileSync(
        join(dir, 'index.html'),
        page('awareness-notice.js', '<hart-awareness-notice mode="poster"></hart-awareness-notice>', lang),
      );
      const { base, requested } = await serve(dir);
      const errors: string[] = [];
      const tab = await open(`${base}/index.html`, errors);
      await tab.waitForFunction(
        `document.querySelector('hart-awareness-notice').shadowRoot.querySelector('.qr-missing')`,
        { timeout: 10000 },
      );
      assert.ok(
        requested.some((p) => /chunks\/awareness-notice\.qr-bundled-/.test(p)),
        'the QR chunk was asked for',
      );
      const seen = (await tab.evaluate(`(() => {
        const root = document.querySelector('hart-awareness-notice').shadowRoot;
        const missing = root.querySelector('.qr-missing');
        return { missing: missing.textContent.trim(), lang: missing.lang, all: root.textContent.replace(/\\s+/g, ' '),
          status: root.querySelector('[role="status"]').textContent.trim(), svg: !!root.querySelector('svg[part="qr"]') };
      })()`)) as { missing: string; lang: string; all: string; status: string; svg: boolean };
      const message =
        lang === 'en'
          ? 'QR code not available. Use the numbers shown.'
          : 'Código QR no disponible. Use los números indicados.';
      assert.equal(seen.missing, message);
      assert.equal(seen.lang, lang);
      assert.equal(seen.status, message, 'announced in the live region');
      assert.equal(seen.svg, false);
      for (const n of ['911', '1-888-373-7888', '233733', '1-800-842-2288']) assert.ok(seen.all.includes(n), n);
      assert.deepEqual(errors, []);
      await tab.close();
    });
  }

  it('hart.js alone with a feed: the loader cannot be fetched; the elements keep the bundled data and say why', async () => {
    const dir = tempDir();
    copyFileSync(join(cdn, 'hart.js'), join(dir, 'hart.js'));
    writeFileSync(
      join(dir, 'index.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title><script>
        window.__status = [];
        addEventListener('hart-data-status', (e) => __status.push(e.detail));
      </script><script type="module" src="hart.js"></script></head><body>
      <hart-hotline-banner feed="/hart-data.json"></hart-hotline-banner></body></html>`,
    );
    const { base } = await serve(dir);
    const tab = await browser.newPage();
    const missing: string[] = [];
    const errors: string[] = [];
    tab.on('pageerror', (e) => errors.push(String(e)));
    tab.on('response', (r) => {
      if (r.status() === 404 && r.url().includes('/chunks/')) missing.push(r.url());
    });
    await tab.goto(`${base}/index.html`, { waitUntil: 'networkidle0' });
    // The loader's chunk was asked for and is not there (a page with a feed needs chunks/ beside hart.js).
    assert.ok(missing.length > 0, 'the feed loader chunk was requested');
    await tab.waitForFunction('window.__status.length > 0', { timeout: 10000 });
    const [detail] = (await tab.evaluate('window.__status')) as { status: string; reasons: string[] }[];
    assert.equal(detail.status, 'snapshot', 'hart-data-status says the bundled data is shown');
    assert.match(detail.reasons.join(' '), /\/chunks\/feed-/, 'and names the part that could not be fetched');
    const links = await tab.evaluate(
      `[...document.querySelector('hart-hotline-banner').shadowRoot.querySelectorAll('a')].map((a) => a.getAttribute('href'))`,
    );
    assert.ok((links as string[]).includes('tel:+18883737888'));
    assert.deepEqual(errors, [], 'no uncaught error');
    await tab.close();
  });
});
