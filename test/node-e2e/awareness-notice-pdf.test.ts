// The posting notice on paper: Chromium prints <hart-awareness-notice> to PDF (US Letter and A4, combined and
// separate layouts) and the PDFs are read back: page count, the required text in English and Spanish, the numbers,
// 16 pt text, and the QR code, rebuilt from the PDF's vector paths and decoded with jsQR, to the hotline link.
//
// Two ways of printing are covered: the "Print notice" button (its print document, from the hart-notice-print
// event) and the browser's own Print command on a page holding a poster (test/fixtures/awareness-notice.html, whose
// page rules are the ones docs/hotel-notice.md asks for). The element is loaded from dist/ (npm run build:ts).
//
// Run: node --import tsx --test test/node-e2e/awareness-notice-pdf.test.ts
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import jsQRModule from 'jsqr';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { startServer } from '../../scripts/serve.mjs';
import { hotlines } from '../../src/sdk/generated/hotlines.js';
import { notice } from '../../src/sdk/generated/notice.js';
import { noticeQr, noticeView } from '../../src/sdk/notice.js';
import { qrPixels, readPdf, readPdfQrCodes, squash } from '../support/pdf-text.js';

// jsqr is a CommonJS bundle (module.exports = jsQR) whose types declare an ES default export.
type Decode = (data: Uint8ClampedArray, width: number, height: number) => { data: string } | null;
const jsQR = ((jsQRModule as unknown as { default?: Decode }).default ?? jsQRModule) as unknown as Decode;

const CHROMIUM = process.env.HART_CHROMIUM ?? '/usr/bin/chromium';
const ELEMENT = new URL('../../dist/components/awareness-notice/awareness-notice.js', import.meta.url);
const papers = ['Letter', 'A4'] as const;
const layouts = ['combined', 'separate'] as const;
const langs = ['en', 'es'] as const;
/** 16 pt in CSS pixels. */
const MIN_TEXT_PX = (16 * 96) / 72;

type Layout = (typeof layouts)[number];

let server: Server;
let browser: Browser;
let base: string;

before(async () => {
  assert.ok(existsSync(ELEMENT), 'dist/ has no compiled element: run `npm run build:ts` (npm test builds first)');
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

/** Opens the fixture page with one element built from `query`; fails on any page error. */
async function openFixture(query: string): Promise<Page> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${base}/test/fixtures/awareness-notice.html?${query}`);
  await page.waitForSelector('body[data-ready]', { timeout: 10_000 });
  assert.deepEqual(errors, []);
  return page;
}

/** What the "Print notice" button would print: its print document, rebuilt as a page of its own. */
async function printDocumentPage(layout: Layout): Promise<Page> {
  const page = await openFixture(`mode=inline&langs=en+es&layout=${layout}`);
  const printed = await page.evaluate(async () => {
    const el = document.querySelector('hart-awareness-notice')!;
    const event = new Promise<{ html: string; css: string; title: string; lang: string; scripts: number }>((resolve) =>
      el.addEventListener(
        'hart-notice-print',
        (e) => {
          e.preventDefault(); // no print dialog in a test
          const doc = e.detail.document;
          resolve({
            html: doc.documentElement.outerHTML,
            css: doc.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n'),
            title: doc.title,
            lang: doc.documentElement.lang,
            scripts: doc.querySelectorAll('script').length,
          });
        },
        { once: true },
      ),
    );
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="print-button"]')!.click();
    return event;
  });
  await page.close();
  assert.equal(printed.title, 'Human trafficking notice');
  assert.equal(printed.lang, 'en');
  assert.equal(printed.scripts, 0);
  assert.match(printed.css, /@page\s*\{\s*margin: 0px;/);
  const doc = await browser.newPage();
  await doc.setContent(`<!doctype html>${printed.html.replace('</head>', `<style>${printed.css}</style></head>`)}`);
  return doc;
}

/** Every piece of text the notice must carry in `lang`: from the data, with the numbers from the hotline data. */
function requiredText(lang: string): string[] {
  const v = noticeView(notice[0], hotlines, { lang });
  const qr = noticeQr(notice[0], hotlines, lang)!;
  return [
    v.heading,
    v.statement,
    ...v.lines.flatMap((l) => [l.title, l.text ?? '', ...l.actions.map((a) => a.label)]),
    qr.caption,
    v.footer ?? '',
  ].filter(Boolean);
}

/** The link in each page's QR code, decoded from the PDF's own vector drawing. */
function pdfQrLinks(pdf: Uint8Array): (string | undefined)[][] {
  return readPdfQrCodes(pdf).map((codes) =>
    codes.map((qr) => {
      const { data, width, height } = qrPixels(qr);
      return jsQR(data, width, height)?.data;
    }),
  );
}

/** Text in the sheets smaller than 16 pt, or not black, in print media. */
async function smallOrPaleText(page: Page): Promise<string[]> {
  await page.emulateMediaType('print');
  return page.evaluate((minPx: number) => {
    const roots: (Document | ShadowRoot)[] = [document];
    const host = document.querySelector('hart-awareness-notice');
    if (host?.shadowRoot) roots.push(host.shadowRoot);
    const bad: string[] = [];
    for (const root of roots) {
      for (const el of root.querySelectorAll<HTMLElement>('.sheet *')) {
        const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
        if (!own) continue;
        const cs = getComputedStyle(el);
        if (parseFloat(cs.fontSize) < minPx - 0.01) bad.push(`${el.textContent.trim().slice(0, 30)}: ${cs.fontSize}`);
        if (cs.color !== 'rgb(0, 0, 0)') bad.push(`${el.textContent.trim().slice(0, 30)}: ${cs.color}`);
      }
    }
    return bad;
  }, MIN_TEXT_PX);
}

const sources = [
  { name: 'the "Print notice" button', open: printDocumentPage },
  {
    name: "the browser's Print command on a poster page",
    open: (layout: Layout) => openFixture(`mode=poster&langs=en+es&layout=${layout}`),
  },
];

for (const source of sources) {
  describe(`awareness notice printed with ${source.name}`, () => {
    for (const layout of layouts) {
      for (const paper of papers) {
        it(`${layout} on ${paper}: ${layout === 'combined' ? 'one page with both languages' : 'one page per language'}`, async () => {
          const page = await source.open(layout);
          try {
            const bytes = await page.pdf({ format: paper, printBackground: true });
            const pdf = readPdf(bytes);
            const expectedPages = layout === 'combined' ? [['en', 'es']] : langs.map((l) => [l]);
            assert.equal(pdf.pages.length, expectedPages.length, 'page count');
            expectedPages.forEach((pageLangs, i) => {
              const text = squash(pdf.pages[i]);
              for (const lang of langs) {
                const required = requiredText(lang);
                if (pageLangs.includes(lang)) {
                  for (const piece of required)
                    assert.ok(text.includes(squash(piece)), `page ${i + 1} lacks (${lang}) "${piece}"`);
                } else {
                  const heading = noticeView(notice[0], hotlines, { lang }).heading;
                  assert.ok(!text.includes(squash(heading)), `page ${i + 1} should not hold the ${lang} notice`);
                }
              }
              // The numbers, written out here rather than taken from the data, so a data slip fails too.
              for (const number of ['911', '1-888-373-7888', '233733', '1-800-842-2288']) {
                assert.ok(text.includes(number), `page ${i + 1} lacks ${number}`);
              }
            });
            // One QR code per sheet, and it calls the National Human Trafficking Hotline.
            assert.deepEqual(
              pdfQrLinks(bytes),
              expectedPages.map(() => ['tel:+18883737888']),
            );
            if (pdf.pages.length === 1) {
              const text = squash(pdf.pages[0]);
              assert.ok(text.includes(squash('state or federal anti-trafficking hotline')));
              assert.ok(text.includes(squash('línea estatal o federal contra la trata de personas')));
            }
          } finally {
            await page.close();
          }
        });
      }

      it(`${layout}: every piece of text is 16 pt or larger and black`, async () => {
        const page = await source.open(layout);
        try {
          assert.deepEqual(await smallOrPaleText(page), []);
        } finally {
          await page.close();
        }
      });
    }
  });
}

describe('awareness notice under a strict Content-Security-Policy with Trusted Types', () => {
  it('renders, builds its styled print document and prints one page, with no CSP violation', async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
    // Violations inside the print frame are not events of the top document; Chromium logs every one to the console.
    page.on('console', (m) => {
      if (/Content Security Policy|Trusted Type/i.test(m.text())) violations.push(m.text());
    });
    await page.evaluateOnNewDocument(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { reportViolation: (v: string) => void }).reportViolation(
          `${e.violatedDirective}: ${e.blockedURI}`,
        ),
      );
    });
    // The fixture, served with a CSP header: no inline script or style, and Lit's Trusted Types policy only. The
    // import map is the one inline script, allowed by its hash.
    await page.setRequestInterception(true);
    // A failed fetch aborts the request, so the page load fails the test instead of a rejection nobody handles.
    const serveWithCsp = async (request: HTTPRequest) => {
      if (!request.url().includes('/test/fixtures/awareness-notice.html')) return void request.continue();
      const body = await (await fetch(request.url())).text();
      const importMap = /<script type="importmap">([\s\S]*?)<\/script>/.exec(body)![1];
      const hash = createHash('sha256').update(importMap).digest('base64');
      const csp = [
        "default-src 'self'",
        `script-src 'self' 'sha256-${hash}'`,
        "style-src 'self'",
        "img-src 'self' data: blob:",
        "require-trusted-types-for 'script'",
        'trusted-types lit-html',
      ].join('; ');
      void request.respond({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        headers: { 'content-security-policy': csp },
        body,
      });
    };
    page.on('request', (request) => {
      serveWithCsp(request).catch(() => void request.abort());
    });
    try {
      await page.goto(`${base}/test/fixtures/awareness-notice.html?mode=poster&layout=combined`);
      await page.waitForSelector('body[data-ready]', { timeout: 10_000 });
      const printed = await page.evaluate(async () => {
        const el = document.querySelector('hart-awareness-notice')!;
        const event = new Promise<{ sheets: number; font: string; pageRule: boolean }>((resolve) =>
          el.addEventListener('hart-notice-print', (e) => {
            e.preventDefault();
            const doc = e.detail.document;
            const sheet = doc.querySelector('.sheet');
            resolve({
              sheets: doc.querySelectorAll('.sheet').length,
              // Styled by the constructed style sheet, which a CSP without 'unsafe-inline' allows.
              font: sheet ? getComputedStyle(sheet).fontFamily : '',
              pageRule: doc.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) => r.cssText.startsWith('@page'))),
            });
          }),
        );
        el.shadowRoot!.querySelector<HTMLButtonElement>('[part="print-button"]')!.click();
        return event;
      });
      assert.deepEqual(printed, { sheets: 1, font: printed.font, pageRule: true });
      assert.match(printed.font, /Arial/);
      const bytes = await page.pdf({ format: 'Letter' });
      assert.equal(readPdf(bytes).pages.length, 1);
      assert.deepEqual(pdfQrLinks(bytes), [['tel:+18883737888']]);
      assert.deepEqual(violations, []);
    } finally {
      await page.close();
    }
  });
});

describe('awareness notice QR code for texting', () => {
  it('decodes to an sms: link with the keyword when qr="text"', async () => {
    const page = await openFixture('mode=poster&langs=en&qr=text');
    try {
      assert.deepEqual(pdfQrLinks(await page.pdf({ format: 'A4' })), [['sms:233733?&body=HELP']]);
    } finally {
      await page.close();
    }
  });
});
