// The red-flags card on paper: Chromium prints a page holding only <hart-red-flags> (US Letter, half-inch margins, as
// docs/red-flags.md describes) and the PDF is read back: how many pages each card takes, in English and Spanish, and
// that the numbers are written out. The element is the script-tag build a partner page loads (dist/cdn, npm run build).
//
// Run: node --import tsx --test test/node-e2e/red-flags-pdf.test.ts
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import puppeteer, { type Browser } from 'puppeteer-core';
import { startServer } from '../../scripts/serve.mjs';
import { readPdf, squash } from '../support/pdf-text.js';

const CHROMIUM = process.env.HART_CHROMIUM ?? '/usr/bin/chromium';
const ELEMENT = new URL('../../dist/cdn/red-flags.js', import.meta.url);

/** Pages each card takes on US Letter, as docs/red-flags.md states them. */
const expectedPages: Record<string, { en: number; es: number }> = {
  hospitality: { en: 1, es: 1 },
  education: { en: 1, es: 1 },
  youth: { en: 1, es: 1 },
  general: { en: 2, es: 2 },
  healthcare: { en: 2, es: 2 },
};

let server: Server;
let browser: Browser;
let base: string;

before(async () => {
  assert.ok(existsSync(ELEMENT), 'dist/cdn has no red-flags.js: run `npm run build` (npm test builds first)');
  server = await startServer(0);
  base = `http://localhost:${(server.address() as AddressInfo).port}`;
  browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/** Prints a page holding only the card and returns the text of each PDF page. */
async function printCard(audience: string, lang: 'en' | 'es'): Promise<string[]> {
  const tab = await browser.newPage();
  const errors: string[] = [];
  tab.on('pageerror', (e) => errors.push(String(e)));
  const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>card</title>
    <script type="module" src="/dist/cdn/red-flags.js"></script></head>
    <body><hart-red-flags audience="${audience}"></hart-red-flags></body></html>`;
  await tab.setRequestInterception(true);
  tab.on('request', (req) => {
    void (req.url() === `${base}/card.html`
      ? req.respond({ status: 200, contentType: 'text/html', body: html })
      : req.continue());
  });
  await tab.goto(`${base}/card.html`);
  await tab.evaluate(async () => {
    await customElements.whenDefined('hart-red-flags');
    await (document.querySelector('hart-red-flags') as HTMLElement & { updateComplete: Promise<boolean> })
      .updateComplete;
  });
  const pdf = await tab.pdf({
    format: 'Letter',
    margin: { top: '0.5in', bottom: '0.5in', left: '0.5in', right: '0.5in' },
  });
  await tab.close();
  assert.deepEqual(errors, []);
  return readPdf(pdf).pages;
}

describe('red flags printed on US Letter', () => {
  for (const [audience, pages] of Object.entries(expectedPages)) {
    for (const lang of ['en', 'es'] as const) {
      it(`${audience} (${lang}): ${pages[lang]} page(s), numbers written out`, async () => {
        const text = await printCard(audience, lang);
        assert.equal(text.length, pages[lang], `${audience} ${lang}: ${text.length} pages`);
        const all = squash(text.join(' '));
        assert.ok(all.includes(squash('911')), 'the emergency number is on paper');
      });
    }
  }
});
