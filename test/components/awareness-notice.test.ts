import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { http, passthrough } from 'msw';
import { setupWorker } from 'msw/browser';
import sinon from 'sinon';
import '../../src/components/awareness-notice/awareness-notice.js';
import { qrReady } from '../../src/components/awareness-notice/awareness-notice.qr.js';
import type { HartAwarenessNotice, NoticePrintDetail } from '../../src/components/awareness-notice/awareness-notice.js';
import { resetLiveCollections, setLiveCollections } from '../../src/internal/data-store.js';
import { hotlines } from '../../src/sdk/generated/hotlines.js';
import { notice } from '../../src/sdk/generated/notice.js';
import {
  expectAccessible,
  langs,
  nameOf,
  nextFrame,
  withForcedColors,
  withPrintMedia,
  emulatesMedia,
} from '../support/element-helpers.js';

const root = (el: HartAwarenessNotice) => el.shadowRoot!;
const all = <T extends Element = HTMLElement>(el: ParentNode, sel: string) => [...el.querySelectorAll<T>(sel)];
const text = (el: Node) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
const blocks = (el: HartAwarenessNotice) => all(root(el), '[part="language"]');
const shownBlocks = (el: HartAwarenessNotice) => blocks(el).filter((b) => !b.classList.contains('visually-hidden'));
const status = (el: HartAwarenessNotice) => root(el).querySelector('[role="status"]')!.textContent.trim();
const printButton = (el: HartAwarenessNotice) => root(el).querySelector<HTMLButtonElement>('[part="print-button"]')!;
const t = (lang: string) => notice[0].text[lang];

/** The numbers, written out (not read from the data) so that a data slip fails the tests. */
const NUMBERS = ['911', '1-888-373-7888', '233733', '1-800-842-2288'];
const HREFS = ['tel:911', 'tel:+18883737888', 'sms:233733?&body=HELP', 'tel:+18008422288'];

type Decode = (data: Uint8ClampedArray, width: number, height: number) => { data: string } | null;

/** jsQR is a UMD bundle: loaded as a classic script, it defines window.jsQR. */
async function loadJsQR(): Promise<Decode> {
  const w = window as unknown as { jsQR?: Decode };
  if (!w.jsQR) {
    await new Promise((resolve, reject) => {
      const s = document.createElement('script');
      s.src = '/node_modules/jsqr/dist/jsQR.js';
      s.onload = resolve;
      s.onerror = reject;
      document.head.append(s);
    });
  }
  return w.jsQR!;
}

/** Draws the element's QR code SVG onto a canvas, as a phone camera would see it, and decodes it. */
async function decodeQr(svg: SVGSVGElement): Promise<string | undefined> {
  const jsQR = await loadJsQR();
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const size = 330;
  copy.setAttribute('width', String(size));
  copy.setAttribute('height', String(size));
  const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(copy)], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = size;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0, size, size);
    return jsQR(ctx.getImageData(0, 0, size, size).data, size, size)?.data;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Every required piece of the notice text in `lang`. */
function requiredText(lang: string): string[] {
  const x = t(lang);
  return [x.heading, x.statement, ...x.lines.flatMap((l) => [l.title, l.text ?? ''])].filter(Boolean);
}

describe('hart-awareness-notice', () => {
  afterEach(() => {
    resetLiveCollections();
    document.querySelectorAll('iframe[data-hart-notice-print]').forEach((f) => f.remove());
  });

  // First in the file: the QR encoder loads once per page, so this is the only moment the placeholder can be seen.
  // msw's service worker holds the encoder's download until the placeholder has been checked.
  describe('QR code while its encoder downloads', function () {
    this.timeout(20000);
    const worker = setupWorker();
    let release = () => {};
    const gate = new Promise<void>((r) => (release = r));
    before(async () => {
      await worker.start({
        serviceWorker: { url: '/mockServiceWorker.js' },
        quiet: true,
        onUnhandledRequest: 'bypass',
      });
      worker.use(
        http.get(/notice-qr|qrcode-generator/, async () => {
          await gate;
          return passthrough();
        }),
      );
    });
    after(() => {
      release();
      worker.stop();
    });

    it("keeps the code's place with an empty box screen readers skip, everything else readable; accessible in both languages", async () => {
      expect(qrReady(['tel:+18883737888']), 'no QR code drawn on this page yet').to.equal(false);
      const el = document.createElement('hart-awareness-notice') as HartAwarenessNotice;
      el.setAttribute('mode', 'poster');
      document.body.append(el);
      try {
        // Not `el.updateComplete`: it also waits for the QR code, which is held back. The rendered DOM is checked
        // instead; it cannot change until the download is let through.
        for (const lang of langs) {
          el.setAttribute('lang', lang);
          const hint = lang === 'en' ? 'choose Letter or A4' : 'elija papel Carta o A4';
          for (let i = 0; i < 50 && !(el.shadowRoot && text(root(el)).includes(hint)); i++) await nextFrame();
          expect(text(root(el))).to.contain(hint);
          const box = root(el).querySelector<HTMLElement>('span.qr-code')!;
          expect(box, 'the placeholder').to.exist;
          expect(box.getAttribute('aria-hidden')).to.equal('true');
          expect(box.getBoundingClientRect().width, "the box keeps the code's size").to.be.greaterThan(0);
          expect(box.getBoundingClientRect().height).to.equal(box.getBoundingClientRect().width);
          expect(root(el).querySelector('svg[part="qr"]')).to.equal(null);
          for (const n of NUMBERS) expect(text(root(el))).to.contain(n);
          expect(text(root(el))).to.contain('Scan to call 1-888-373-7888');
          await expectAccessible(el);
        }
        release();
        await el.updateComplete;
        expect(root(el).querySelector('svg[part="qr"]'), 'the code once its codes are in').to.exist;
        expect(root(el).querySelector('span.qr-code')).to.equal(null);
      } finally {
        el.remove();
      }
    });
  });

  describe('inline', () => {
    for (const lang of langs) {
      it(`shows the whole notice in English and Spanish with real call and text links, and is accessible (${lang})`, async () => {
        const el = await fixture<HartAwarenessNotice>(
          html`<hart-awareness-notice lang=${lang}></hart-awareness-notice>`,
        );
        expect(blocks(el).map((b) => b.getAttribute('lang'))).to.deep.equal(['en', 'es']);
        for (const block of blocks(el)) {
          const blockLang = block.getAttribute('lang')!;
          for (const piece of requiredText(blockLang)) expect(text(block)).to.contain(piece);
          expect(all<HTMLAnchorElement>(block, 'a').map((a) => a.getAttribute('href'))).to.deep.equal(HREFS);
          for (const n of NUMBERS) expect(text(block)).to.contain(n);
        }
        expect(printButton(el).textContent.trim()).to.equal(lang === 'en' ? 'Print notice' : 'Imprimir aviso');
        expect(root(el).querySelector('[part="base"]')!.getAttribute('aria-label')).to.equal(
          lang === 'en' ? 'Human trafficking notice' : 'Aviso sobre la trata de personas',
        );
        expect(root(el).querySelector('svg'), 'no QR code in a web page: links work better there').to.equal(null);
        await expectAccessible(el);
      });
    }

    it('names each link by what it does, in the language of its block', async () => {
      const el = await fixture<HartAwarenessNotice>(html`<hart-awareness-notice></hart-awareness-notice>`);
      const [en, es] = blocks(el).map((b) => all<HTMLAnchorElement>(b, 'a').map(nameOf));
      // As rendered, too: the space before the number must survive the button styling.
      const [enShown] = blocks(el).map((b) => all<HTMLAnchorElement>(b, 'a').map((a) => a.innerText.trim()));
      expect(enShown).to.deep.equal(en);
      expect(en).to.deep.equal(['Call 911', 'Call 1-888-373-7888', 'Text HELP to 233733', 'Call 1-800-842-2288']);
      expect(es).to.deep.equal([
        'Llame al 911',
        'Llame al 1-888-373-7888',
        'Envíe HELP por mensaje de texto al 233733',
        'Llame al 1-800-842-2288',
      ]);
      const headings = all(root(el), '[role="heading"]');
      expect(headings.map((h) => h.getAttribute('aria-level'))).to.deep.equal(['2', '2']);
      expect(headings.map((h) => h.textContent)).to.deep.equal([t('en').heading, t('es').heading]);
    });

    it('shows the languages `langs` asks for, in that order; regional tags match; unknown ones fall back', async () => {
      const el = await fixture<HartAwarenessNotice>(
        html`<hart-awareness-notice langs="es-MX"></hart-awareness-notice>`,
      );
      expect(blocks(el).map((b) => b.getAttribute('lang'))).to.deep.equal(['es']);
      el.langs = 'es en';
      await el.updateComplete;
      expect(blocks(el).map((b) => b.getAttribute('lang'))).to.deep.equal(['es', 'en']);
      el.langs = 'fr';
      await el.updateComplete;
      expect(blocks(el).map((b) => b.getAttribute('lang'))).to.deep.equal(['en', 'es']);
    });

    it('takes its interface language from the page when it has no lang of its own', async () => {
      const wrapper = await fixture(
        html`<div lang="es"><hart-awareness-notice langs="en"></hart-awareness-notice></div>`,
      );
      const el = wrapper.querySelector('hart-awareness-notice')!;
      await el.updateComplete;
      expect(printButton(el).textContent.trim()).to.equal('Imprimir aviso');
      expect(blocks(el).map((b) => b.getAttribute('lang'))).to.deep.equal(['en']);
    });

    it('takes the numbers from the hotline data, never from the notice text', async () => {
      const el = await fixture<HartAwarenessNotice>(html`<hart-awareness-notice langs="en"></hart-awareness-notice>`);
      const changed = hotlines.map((h) =>
        h.id === 'careline'
          ? { ...h, contacts: [{ kind: 'voice' as const, value: '+18005550100', display: '1-800-555-0100' }] }
          : h,
      );
      setLiveCollections({ hotlines: changed });
      await el.updateComplete;
      const careline = root(el).querySelector('[data-hotline="careline"]')!;
      expect(text(careline)).to.contain('Call 1-800-555-0100');
      expect(careline.querySelector('a')!.getAttribute('href')).to.equal('tel:+18005550100');
      expect(text(root(el))).not.to.contain('1-800-842-2288');
    });

    for (const lang of langs) {
      it(`shows who must post the notice, where, the penalty and the law when asked (${lang})`, async () => {
        const el = await fixture<HartAwarenessNotice>(
          html`<hart-awareness-notice lang=${lang} requirements></hart-awareness-notice>`,
        );
        const details = root(el).querySelector<HTMLDetailsElement>('[part="requirements"]')!;
        expect(details.open).to.equal(false);
        expect(details.querySelector('summary')!.getBoundingClientRect().height).to.be.at.least(44);
        details.querySelector('summary')!.click();
        await el.updateComplete;
        expect(details.open).to.equal(true);
        const n = notice[0];
        const body = text(details);
        expect(all(details, 'dd:first-of-type li')).to.have.length(n.whoMustPost.length);
        for (const w of n.whoMustPost) expect(body).to.contain(w[lang]);
        expect(body).to.contain(n.where[lang]);
        expect(body).to.contain(n.penalty[lang]);
        expect(body).to.contain('$100');
        expect(body).to.contain(n.officialForm[lang]);
        expect(body).to.contain('§ 54-234a');
        expect(body).to.contain('§ 54-222(b)');
        expect(body).to.contain(lang === 'en' ? 'not legal advice' : 'no asesoría legal');
        await expectAccessible(el);
      });
    }

    it('fits a 320 px wide screen without horizontal scrolling (inline and poster)', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        for (const mode of ['inline', 'poster'] as const) {
          const el = await fixture<HartAwarenessNotice>(
            html`<hart-awareness-notice mode=${mode}></hart-awareness-notice>`,
          );
          await nextFrame();
          expect(document.documentElement.scrollWidth, mode).to.be.at.most(320);
          expect(el.getBoundingClientRect().right, mode).to.be.at.most(320);
          // Never smaller than 16 px on a phone.
          const statement = root(el).querySelector('[part="statement"]')!;
          expect(parseFloat(getComputedStyle(statement).fontSize), mode).to.be.at.least(16);
        }
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });

  describe('poster', () => {
    for (const lang of langs) {
      for (const layout of ['combined', 'separate'] as const) {
        it(`${layout}: ${layout === 'combined' ? 'one sheet with both languages' : 'one sheet per language'}, with a QR code; accessible (${lang})`, async () => {
          const el = await fixture<HartAwarenessNotice>(
            html`<hart-awareness-notice mode="poster" layout=${layout} lang=${lang}></hart-awareness-notice>`,
          );
          const sheets = all(root(el), '[part="sheet"]');
          expect(sheets).to.have.length(layout === 'combined' ? 1 : 2);
          const sheetLangs = sheets.map((s) => all(s, '[part="language"]').map((b) => b.getAttribute('lang')));
          expect(sheetLangs).to.deep.equal(layout === 'combined' ? [['en', 'es']] : [['en'], ['es']]);
          for (const sheet of sheets) {
            const svg = sheet.querySelector<SVGSVGElement>('svg[part="qr"]')!;
            expect(svg.getAttribute('role')).to.equal('img');
            // Named in the interface language when the sheet has it, else in the sheet's language.
            const sheetLangs = all(sheet, '[part="language"]').map((x) => x.getAttribute('lang'));
            const spoken = sheetLangs.includes(lang) ? lang : sheetLangs[0];
            const caption = spoken === 'en' ? 'Scan to call 1-888-373-7888' : 'Escanee para llamar al 1-888-373-7888';
            expect(nameOf(svg)).to.equal(`${spoken === 'en' ? 'QR code.' : 'Código QR.'} ${caption}`);
            expect(svg.getAttribute('lang')).to.equal(spoken);
            for (const n of NUMBERS) expect(text(sheet)).to.contain(n);
          }
          expect(text(root(el))).to.contain(lang === 'en' ? 'choose Letter or A4' : 'elija papel Carta o A4');
          await expectAccessible(el);
        });
      }
    }

    it('QR code decodes to a tel: link for the hotline, drawn from the SVG onto a canvas', async () => {
      const el = await fixture<HartAwarenessNotice>(
        html`<hart-awareness-notice mode="poster"></hart-awareness-notice>`,
      );
      expect(await decodeQr(root(el).querySelector<SVGSVGElement>('svg[part="qr"]')!)).to.equal('tel:+18883737888');
    });

    it('qr="text" makes a code that opens a text to 233733 with the keyword; qr="none" makes none', async () => {
      const el = await fixture<HartAwarenessNotice>(
        html`<hart-awareness-notice mode="poster" qr="text"></hart-awareness-notice>`,
      );
      expect(await decodeQr(root(el).querySelector<SVGSVGElement>('svg[part="qr"]')!)).to.equal(
        'sms:233733?&body=HELP',
      );
      expect(text(root(el))).to.contain('Scan to text 233733');
      expect(text(root(el))).to.contain('Escanee para enviar un mensaje de texto al 233733');
      el.qr = 'none';
      await el.updateComplete;
      expect(root(el).querySelector('svg')).to.equal(null);
    });

    it('the QR code stays dark on light, and scannable, in forced-colors mode', async () => {
      const el = await fixture<HartAwarenessNotice>(
        html`<hart-awareness-notice mode="poster"></hart-awareness-notice>`,
      );
      const ran = await withForcedColors(async () => {
        const svg = root(el).querySelector<SVGSVGElement>('svg[part="qr"]')!;
        expect(getComputedStyle(svg).forcedColorAdjust).to.equal('none');
        expect(getComputedStyle(svg.querySelector('path')!).fill).to.equal('rgb(0, 0, 0)');
        await expectAccessible(el);
      });
      // Firefox over WebDriver BiDi and WebKit over WebDriver cannot emulate forced colors; the Chromium run covers it.
      if (!ran) expect(emulatesMedia, 'only Chromium must emulate forced colors').to.be.false;
    });

    it('prints as black 16 pt (or larger) text without the print button', async () => {
      const el = await fixture<HartAwarenessNotice>(
        html`<hart-awareness-notice mode="poster"></hart-awareness-notice>`,
      );
      await withPrintMedia(el, () => {
        expect(getComputedStyle(root(el).querySelector('.toolbar')!).display).to.equal('none');
        for (const node of all(root(el), '.sheet p, .sheet [role="heading"], .sheet .num')) {
          expect(parseFloat(getComputedStyle(node).fontSize), node.textContent).to.be.at.least((16 * 96) / 72 - 0.01);
          expect(getComputedStyle(node).color).to.equal('rgb(0, 0, 0)');
        }
      });
    });
  });

  describe('"Print notice" button', () => {
    for (const layout of ['combined', 'separate'] as const) {
      it(`builds a print document holding only the ${layout} poster, then opens the print dialog`, async () => {
        const el = await fixture<HartAwarenessNotice>(
          html`<hart-awareness-notice layout=${layout} lang="es"></hart-awareness-notice>`,
        );
        const seen = oneEvent(el, 'hart-notice-print');
        let printSpy: sinon.SinonSpy | undefined;
        el.addEventListener('hart-notice-print', (e) => {
          printSpy = sinon.stub(e.detail.frame.contentWindow!, 'print');
        });
        printButton(el).click();
        const { detail } = (await seen) as CustomEvent<NoticePrintDetail>;
        expect(detail.layout).to.equal(layout);
        expect(detail.langs).to.deep.equal(['en', 'es']);
        const doc = detail.document;
        expect(doc.title).to.equal('Aviso sobre la trata de personas');
        expect(all(doc, '.sheet')).to.have.length(layout === 'combined' ? 1 : 2);
        expect(doc.body.children).to.have.length(layout === 'combined' ? 1 : 2);
        expect(all(doc, '[role="heading"]').map((h) => h.getAttribute('aria-level'))).to.deep.equal(['1', '1']);
        for (const n of NUMBERS) expect(text(doc.body)).to.contain(n);
        expect(text(doc.body)).not.to.contain('Imprimir aviso');
        const css = doc.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n');
        expect(css).to.match(/@page\s*\{\s*margin: 0px/);
        expect(doc.querySelectorAll('style, link, script')).to.have.length(0);
        expect(await decodeQr(doc.querySelector<SVGSVGElement>('svg.qr-code')!)).to.equal('tel:+18883737888');
        await nextFrame();
        expect(printSpy!.calledOnce, 'print() called on the print document').to.equal(true);
        expect(status(el)).to.equal('Se abrió la ventana para imprimir el aviso.');
        // The frame goes once printing is over.
        detail.frame.contentWindow!.dispatchEvent(new Event('afterprint'));
        for (let i = 0; i < 30 && detail.frame.isConnected; i++) await nextFrame();
        expect(detail.frame.isConnected).to.equal(false);
      });
    }

    it('is cancelable: a listener can stop the print dialog (e.g. to make its own PDF)', async () => {
      const el = await fixture<HartAwarenessNotice>(
        html`<hart-awareness-notice mode="poster"></hart-awareness-notice>`,
      );
      let frame: HTMLIFrameElement | undefined;
      el.addEventListener('hart-notice-print', (e) => {
        frame = e.detail.frame;
        sinon.stub(frame.contentWindow!, 'print').throws(new Error('print must not be called'));
        e.preventDefault();
      });
      expect(await el.printNotice()).to.equal(false);
      expect(frame!.isConnected).to.equal(false);
      expect(document.querySelectorAll('iframe[data-hart-notice-print]')).to.have.length(0);
    });

    for (const lang of langs) {
      it(`says so, and stays usable, when the browser gives no print document (${lang})`, async () => {
        // As in a browser that refuses the frame a document (some embedded web views): no window to print from.
        const noDocument = sinon.stub(HTMLIFrameElement.prototype, 'contentDocument').get(() => null);
        try {
          const el = await fixture<HartAwarenessNotice>(
            html`<hart-awareness-notice lang=${lang}></hart-awareness-notice>`,
          );
          const seen = sinon.spy();
          el.addEventListener('hart-notice-print', seen);
          printButton(el).click();
          const failed =
            lang === 'en'
              ? "Printing could not start here. Use your browser's Print command instead."
              : 'No se pudo iniciar la impresión aquí. Use el comando Imprimir de su navegador.';
          for (let i = 0; i < 50 && status(el) !== failed; i++) await nextFrame();
          expect(status(el)).to.equal(failed);
          expect(seen.called, 'no print event without a document').to.equal(false);
          expect(document.querySelectorAll('iframe[data-hart-notice-print]')).to.have.length(0);
          expect(printButton(el).disabled).to.equal(false);
          await expectAccessible(el);
        } finally {
          noDocument.restore();
        }
      });
    }

    it('is a 44 px button reachable by keyboard, and the frame is hidden from assistive technology', async () => {
      const el = await fixture<HartAwarenessNotice>(html`<hart-awareness-notice></hart-awareness-notice>`);
      const button = printButton(el);
      const box = button.getBoundingClientRect();
      expect(box.height).to.be.at.least(44);
      expect(box.width).to.be.at.least(44);
      button.focus();
      expect(root(el).activeElement).to.equal(button);
      el.addEventListener('hart-notice-print', (e) => {
        expect(e.detail.frame.getAttribute('aria-hidden')).to.equal('true');
        expect(e.detail.frame.tabIndex).to.equal(-1);
        expect(e.detail.frame.getBoundingClientRect().width).to.equal(0);
        e.preventDefault();
      });
      await el.printNotice();
    });
  });

  describe('display', () => {
    let matchMedia: sinon.SinonStub | undefined;
    const reducedMotion = (matches: boolean) => {
      const listeners = new Set<(e: { matches: boolean }) => void>();
      const mql = {
        matches,
        media: '(prefers-reduced-motion: reduce)',
        addEventListener: (_: string, l: (e: { matches: boolean }) => void) => listeners.add(l),
        removeEventListener: (_: string, l: (e: { matches: boolean }) => void) => listeners.delete(l),
      };
      const real = window.matchMedia.bind(window);
      matchMedia = sinon
        .stub(window, 'matchMedia')
        .callsFake((q: string) =>
          q.includes('prefers-reduced-motion') ? (mql as unknown as MediaQueryList) : real(q),
        );
      return (now: boolean) => {
        mql.matches = now;
        listeners.forEach((l) => l({ matches: now }));
      };
    };
    let clock: sinon.SinonFakeTimers | undefined;

    beforeEach(() => {
      // A lobby page gives the sign the whole screen: no body margin (docs/hotel-notice.md).
      document.body.style.margin = '0';
    });
    afterEach(async () => {
      matchMedia?.restore();
      matchMedia = undefined;
      clock?.restore();
      clock = undefined;
      document.body.style.removeProperty('margin');
      await setViewport({ width: 800, height: 600 });
    });

    for (const lang of langs) {
      it(`shows both languages at once by default, with the QR code and no links; accessible (${lang})`, async () => {
        const el = await fixture<HartAwarenessNotice>(
          html`<hart-awareness-notice mode="display" lang=${lang}></hart-awareness-notice>`,
        );
        expect(shownBlocks(el).map((b) => b.getAttribute('lang'))).to.deep.equal(['en', 'es']);
        expect(root(el).querySelectorAll('a')).to.have.length(0);
        expect(root(el).querySelector('[part="pause-button"]')).to.equal(null);
        for (const n of NUMBERS) expect(text(root(el))).to.contain(n);
        await expectAccessible(el);
      });

      it(`rotates between languages, can be paused and resumed, and is accessible while rotating (${lang})`, async () => {
        reducedMotion(false);
        clock = sinon.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
        const el = await fixture<HartAwarenessNotice>(
          html`<hart-awareness-notice mode="display" rotate-seconds="8" lang=${lang}></hart-awareness-notice>`,
        );
        expect(el.rotating).to.equal(true);
        expect(shownBlocks(el).map((b) => b.getAttribute('lang'))).to.deep.equal(['en']);
        // The other language stays readable by screen readers (visually hidden, not removed).
        expect(blocks(el)).to.have.length(2);
        const current = () => root(el).querySelector('[aria-current="true"]')!.textContent;
        expect(current()).to.equal('English');
        await expectAccessible(el);
        clock.tick(8000);
        await el.updateComplete;
        expect(shownBlocks(el).map((b) => b.getAttribute('lang'))).to.deep.equal(['es']);
        expect(current()).to.equal('Español');

        const pause = root(el).querySelector<HTMLButtonElement>('[part="pause-button"]')!;
        expect(pause.textContent.trim()).to.equal(lang === 'en' ? 'Pause' : 'Pausar');
        expect(nameOf(pause)).to.equal(lang === 'en' ? 'Pause language rotation' : 'Pausar el cambio de idioma');
        expect(pause.getBoundingClientRect().height).to.be.at.least(44);
        pause.click();
        await el.updateComplete;
        expect(status(el)).to.equal(lang === 'en' ? 'Language rotation paused.' : 'Se pausó el cambio de idioma.');
        expect(nameOf(pause)).to.equal(lang === 'en' ? 'Resume language rotation' : 'Reanudar el cambio de idioma');
        clock.tick(60_000);
        await el.updateComplete;
        expect(shownBlocks(el).map((b) => b.getAttribute('lang'))).to.deep.equal(['es']);
        await expectAccessible(el);

        pause.click();
        await el.updateComplete;
        expect(status(el)).to.equal(lang === 'en' ? 'Language rotation resumed.' : 'Se reanudó el cambio de idioma.');
        clock.tick(8000);
        await el.updateComplete;
        expect(shownBlocks(el).map((b) => b.getAttribute('lang'))).to.deep.equal(['en']);
      });
    }

    it('stops its timer when removed from the page and starts it again when put back', async () => {
      reducedMotion(false);
      clock = sinon.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
      const el = await fixture<HartAwarenessNotice>(
        html`<hart-awareness-notice mode="display" rotate-seconds="5"></hart-awareness-notice>`,
      );
      const parent = el.parentElement!;
      el.remove();
      clock.tick(20_000);
      await el.updateComplete;
      expect(
        shownBlocks(el).map((b) => b.getAttribute('lang')),
        'no rotation while detached',
      ).to.deep.equal(['en']);
      parent.append(el);
      await el.updateComplete;
      clock.tick(5000);
      await el.updateComplete;
      expect(shownBlocks(el).map((b) => b.getAttribute('lang'))).to.deep.equal(['es']);
    });

    it('keeps each language on screen at least 5 seconds', async () => {
      reducedMotion(false);
      clock = sinon.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
      const el = await fixture<HartAwarenessNotice>(
        html`<hart-awareness-notice mode="display" rotate-seconds="1"></hart-awareness-notice>`,
      );
      clock.tick(4900);
      await el.updateComplete;
      expect(shownBlocks(el).map((b) => b.getAttribute('lang'))).to.deep.equal(['en']);
      clock.tick(100);
      await el.updateComplete;
      expect(shownBlocks(el).map((b) => b.getAttribute('lang'))).to.deep.equal(['es']);
    });

    it('never rotates for a reader who prefers reduced motion: both languages stay on screen', async () => {
      const change = reducedMotion(true);
      clock = sinon.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
      const el = await fixture<HartAwarenessNotice>(
        html`<hart-awareness-notice mode="display" rotate-seconds="6"></hart-awareness-notice>`,
      );
      expect(el.rotating).to.equal(false);
      expect(shownBlocks(el)).to.have.length(2);
      expect(root(el).querySelector('[part="pause-button"]')).to.equal(null);
      clock.tick(30_000);
      await el.updateComplete;
      expect(shownBlocks(el)).to.have.length(2);
      // The preference can change while the sign is up.
      change(false);
      await el.updateComplete;
      expect(el.rotating).to.equal(true);
      expect(shownBlocks(el)).to.have.length(1);
      change(true);
      await el.updateComplete;
      expect(el.rotating).to.equal(false);
      expect(shownBlocks(el)).to.have.length(2);
    });

    it('follows the real prefers-reduced-motion media query (Chromium emulation)', async () => {
      const { emulateMedia } = await import('@web/test-runner-commands');
      try {
        await emulateMedia({ reducedMotion: 'reduce' });
      } catch {
        // Firefox and WebKit cannot emulate media features here; the stubbed preference above covers it there.
        expect(emulatesMedia, 'only Chromium must emulate media features').to.be.false;
        return;
      }
      try {
        const el = await fixture<HartAwarenessNotice>(
          html`<hart-awareness-notice mode="display" rotate-seconds="6"></hart-awareness-notice>`,
        );
        expect(el.rotating).to.equal(false);
        expect(shownBlocks(el)).to.have.length(2);
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });

    const screens = [
      { width: 1920, height: 1080 },
      { width: 1080, height: 1920 },
    ];
    const variants = [
      { name: 'both languages', attrs: { langs: 'en es' } },
      { name: 'rotating, English on screen', attrs: { langs: 'en es', 'rotate-seconds': '10' } },
      { name: 'rotating, Spanish on screen', attrs: { langs: 'es en', 'rotate-seconds': '10' } },
    ];
    for (const screen of screens) {
      for (const variant of variants) {
        it(`at ${screen.width}x${screen.height} (${variant.name}) shows everything at a readable size without scrolling`, async () => {
          reducedMotion(false);
          await setViewport(screen);
          const el = document.createElement('hart-awareness-notice');
          el.setAttribute('mode', 'display');
          for (const [k, v] of Object.entries(variant.attrs)) el.setAttribute(k, v);
          const host = await fixture(html`<div></div>`);
          host.append(el);
          await el.updateComplete;
          await nextFrame();
          expect(document.documentElement.scrollHeight, 'page height').to.be.at.most(screen.height);
          expect(document.documentElement.scrollWidth, 'page width').to.be.at.most(screen.width);
          const box = el.getBoundingClientRect();
          expect(box.height).to.be.closeTo(screen.height, 1);
          const shown = shownBlocks(el);
          expect(shown).to.have.length(variant.attrs['rotate-seconds'] ? 1 : 2);
          const parts = [
            ...shown.flatMap((b) => all(b, '[role="heading"], [part="statement"], [part="line"], [part="action"]')),
            ...all(root(el), '.qr-code, .qr-caption, .foot-text, [part="pause-button"]'),
          ];
          for (const part of parts) {
            const r = part.getBoundingClientRect();
            const what = `${part.className || part.tagName}: ${part.textContent.trim().slice(0, 40)}`;
            expect(r.height, what).to.be.greaterThan(0);
            expect(r.top, what).to.be.at.least(-0.5);
            expect(r.left, what).to.be.at.least(-0.5);
            expect(r.bottom, what).to.be.at.most(screen.height + 0.5);
            expect(r.right, what).to.be.at.most(screen.width + 0.5);
          }
          const blocksBox = root(el).querySelector<HTMLElement>('.display .blocks')!;
          expect(blocksBox.scrollHeight, 'notice text overflows its area').to.be.at.most(blocksBox.clientHeight + 1);
          // Big enough to read across a lobby: the statement at 2.4% of the screen height or more.
          const size = parseFloat(getComputedStyle(shown[0].querySelector('[part="statement"]')!).fontSize);
          expect(size).to.be.at.least(Math.min(screen.width, screen.height) * 0.024);
          for (const lang of shown.map((b) => b.getAttribute('lang')!)) {
            for (const piece of requiredText(lang)) expect(text(root(el))).to.contain(piece);
          }
          for (const n of NUMBERS) expect(text(shown[0])).to.contain(n);
        });
      }
    }
  });
});
