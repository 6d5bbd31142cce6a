import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/components/quick-exit/quick-exit.js';
import { exitNavigation, DEFAULT_EXIT_URL, type HartQuickExit } from '../../src/components/quick-exit/quick-exit.js';
import {
  expectAccessible,
  expectAccessibleInLangs,
  langs,
  nameOf,
  nextFrame,
  reportFromFrame,
  withPrintMedia,
} from '../support/element-helpers.js';

const button = (el: HartQuickExit) => el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="button"]')!;
const status = (el: HartQuickExit) => el.shadowRoot!.querySelector('[role="status"]')!.textContent.trim();
const frame = nextFrame;

describe('hart-quick-exit', () => {
  let replace: sinon.SinonStub;
  beforeEach(() => {
    replace = sinon.stub(exitNavigation, 'replace');
  });
  afterEach(() => {
    replace.restore();
    document.body.style.removeProperty('visibility');
    document.querySelectorAll('hart-quick-exit').forEach((e) => e.remove());
  });

  for (const lang of langs) {
    it(`is a link to a neutral page with a full accessible name, and is accessible (${lang})`, async () => {
      const el = await fixture<HartQuickExit>(html`<hart-quick-exit lang=${lang}></hart-quick-exit>`);
      const a = button(el);
      expect(a.getAttribute('href')).to.equal(DEFAULT_EXIT_URL);
      expect(a.getAttribute('rel')).to.equal('nofollow noreferrer');
      expect(a.textContent.trim()).to.equal(lang === 'en' ? 'Exit this page' : 'Salir de esta página');
      expect(nameOf(a)).to.contain(a.textContent.trim());
      expect(nameOf(a)).to.match(lang === 'en' ? /Shift key 3 times/ : /tecla Mayús 3 veces/);
      await expectAccessible(el);
    });
  }

  it('on click fires a cancelable hart-exit, hides the whole page at once, then replaces the location', async () => {
    const el = await fixture<HartQuickExit>(html`<hart-quick-exit href="https://example.org/news"></hart-quick-exit>`);
    const seen = oneEvent(el, 'hart-exit');
    button(el).click();
    const ev = await seen;
    expect(ev.cancelable).to.be.true;
    expect(ev.detail).to.deep.equal({ href: 'https://example.org/news', trigger: 'click' });
    expect(getComputedStyle(document.body).visibility).to.equal('hidden');
    const cover = el.shadowRoot!.querySelector('dialog')!;
    expect(cover.open).to.be.true;
    expect(getComputedStyle(cover).visibility).to.equal('visible');
    const rect = cover.getBoundingClientRect();
    expect(rect.width).to.be.at.least(window.innerWidth - 1);
    expect(rect.height).to.be.at.least(window.innerHeight - 1);
    expect(replace.calledOnceWith('https://example.org/news')).to.be.true;
    // The leaving state (cover open, location.replace stubbed), in both languages.
    await expectAccessibleInLangs(el, (lang) => {
      expect(cover.open).to.be.true;
      expect(cover.getAttribute('aria-label')).to.equal(lang === 'en' ? 'Loading' : 'Cargando');
    });
  });

  for (const lang of langs) {
    it(`no-hint: no visible hint, the button still names the Shift shortcut, and is accessible (${lang})`, async () => {
      const el = await fixture<HartQuickExit>(html`<hart-quick-exit no-hint lang=${lang}></hart-quick-exit>`);
      expect(el.shadowRoot!.querySelector('[part="hint"]')).to.equal(null);
      expect(el.shadowRoot!.textContent).not.to.contain(
        lang === 'en' ? 'or press Shift 3 times' : 'o pulse Mayús 3 veces',
      );
      const a = button(el);
      expect(a.textContent.trim()).to.equal(lang === 'en' ? 'Exit this page' : 'Salir de esta página');
      expect(nameOf(a)).to.match(lang === 'en' ? /Shift key 3 times/ : /tecla Mayús 3 veces/);
      await expectAccessible(el);
    });
  }

  it('a cancelled hart-exit leaves the page as it was', async () => {
    const el = await fixture<HartQuickExit>(html`<hart-quick-exit></hart-quick-exit>`);
    el.addEventListener('hart-exit', (e) => e.preventDefault());
    button(el).click();
    expect(replace.called).to.be.false;
    expect(getComputedStyle(document.body).visibility).to.equal('visible');
  });

  it('never leaves for a non-https href: one warning names the element, the attribute and the value', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      const el = await fixture<HartQuickExit>(html`<hart-quick-exit href="javascript:alert(1)"></hart-quick-exit>`);
      expect(button(el).getAttribute('href')).to.equal(DEFAULT_EXIT_URL);
      button(el).click();
      expect(replace.calledOnceWith(DEFAULT_EXIT_URL)).to.be.true;
      // Re-rendering (another language) does not warn again.
      el.lang = 'es';
      await el.updateComplete;
      expect(warn.callCount).to.equal(1);
      const message = String(warn.firstCall.args[0]);
      for (const part of ['hart-quick-exit', 'href', 'javascript:alert(1)', DEFAULT_EXIT_URL])
        expect(message).to.contain(part);
    } finally {
      warn.restore();
    }
  });

  it("goes to a page of the site's own (a path such as /neutral), without a warning", async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      const el = await fixture<HartQuickExit>(html`<hart-quick-exit href="/neutral"></hart-quick-exit>`);
      expect(button(el).getAttribute('href')).to.equal('/neutral');
      expect(button(el).href).to.equal(`${location.origin}/neutral`);
      button(el).click();
      expect(replace.calledOnceWith('/neutral')).to.be.true;
      expect(warn.called).to.be.false;
    } finally {
      warn.restore();
    }
  });

  for (const refused of [
    'http://example.org/',
    '//example.org/news',
    '/\\example.org/',
    'data:text/html,hi',
    'weather',
    ' /x',
  ]) {
    it(`refuses href="${refused}" (not https, not a path on this site) and warns once`, async () => {
      const warn = sinon.stub(console, 'warn');
      try {
        const el = await fixture<HartQuickExit>(html`<hart-quick-exit href=${refused}></hart-quick-exit>`);
        expect(button(el).getAttribute('href')).to.equal(DEFAULT_EXIT_URL);
        expect(warn.callCount).to.equal(1);
        expect(String(warn.firstCall.args[0])).to.contain(`href="${refused}"`);
      } finally {
        warn.restore();
      }
    });
  }

  it('works from the keyboard: Enter on the focused button exits', async () => {
    const el = await fixture<HartQuickExit>(html`<hart-quick-exit></hart-quick-exit>`);
    button(el).focus();
    await sendKeys({ press: 'Enter' });
    expect(replace.calledOnceWith(DEFAULT_EXIT_URL)).to.be.true;
  });

  describe('Shift pressed 3 times', () => {
    let clock: sinon.SinonFakeTimers;
    beforeEach(() => {
      clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    });
    afterEach(() => clock.restore());

    it('exits when Shift is pressed on its own 3 times within 5 seconds, announcing progress', async () => {
      const el = await fixture<HartQuickExit>(html`<hart-quick-exit lang="en"></hart-quick-exit>`);
      const events: CustomEvent[] = [];
      el.addEventListener('hart-exit', (e) => events.push(e as CustomEvent));
      await sendKeys({ press: 'Shift' });
      await frame();
      expect(status(el)).to.equal('Shift pressed. Press Shift 2 more times to exit this page.');
      clock.tick(2000);
      await sendKeys({ press: 'Shift' });
      await frame();
      expect(status(el)).to.equal('Shift pressed. Press Shift 1 more time to exit this page.');
      clock.tick(2900);
      await sendKeys({ press: 'Shift' });
      expect(replace.calledOnceWith(DEFAULT_EXIT_URL)).to.be.true;
      expect(events[0].detail.trigger).to.equal('keyboard');
    });

    it('announces expiry and starts over after 5 seconds', async () => {
      const el = await fixture<HartQuickExit>(html`<hart-quick-exit lang="es"></hart-quick-exit>`);
      await sendKeys({ press: 'Shift' });
      await sendKeys({ press: 'Shift' });
      await frame();
      expect(status(el)).to.equal('Mayús pulsada. Pulse Mayús 1 vez más para salir de esta página.');
      clock.tick(5001);
      await frame();
      expect(status(el)).to.equal('Se canceló la salida rápida de esta página.');
      await sendKeys({ press: 'Shift' });
      expect(replace.called).to.be.false;
    });

    it('does not count Shift used with another key (typing capitals)', async () => {
      await fixture<HartQuickExit>(html`<hart-quick-exit></hart-quick-exit>`);
      for (let i = 0; i < 3; i++) {
        await sendKeys({ down: 'Shift' });
        await sendKeys({ press: 'KeyA' });
        await sendKeys({ up: 'Shift' });
      }
      expect(replace.called).to.be.false;
      await sendKeys({ press: 'Shift' });
      await sendKeys({ press: 'Shift' });
      expect(replace.called).to.be.false;
    });

    it('two quick exits on one page leave once', async () => {
      await fixture(html`<div><hart-quick-exit></hart-quick-exit><hart-quick-exit></hart-quick-exit></div>`);
      for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
      expect(replace.callCount).to.equal(1);
    });
  });

  describe('placement: on screen at every scroll position, wherever the tag is', () => {
    afterEach(async () => {
      window.scrollTo(0, 0);
      await setViewport({ width: 800, height: 600 });
    });

    const paragraphs = (from: number, to: number) =>
      Array.from(
        { length: to - from + 1 },
        (_, i) => `<p style="height: 80px; margin: 0">Paragraph ${from + i}</p>`,
      ).join('');

    /** A long page with the tag placed last inside a narrow content column (as in a CMS post). */
    async function longPage(attrs = '', before = '') {
      const page = await fixture<HTMLElement>(html`<div></div>`);
      // This test's own markup (no data): the column, 40 paragraphs, then the tag.
      page.innerHTML = `${before}<main style="width: 260px; margin: 0 auto; font-size: 16px">
        <a id="first" href="#first" style="display: block">First link of the page</a>
        ${paragraphs(1, 20)}
        <a id="wide" href="#wide" style="display: block; width: 100%; height: 40px">A link as wide as the column</a>
        ${paragraphs(21, 40)}
        <hart-quick-exit ${attrs}></hart-quick-exit>
      </main>`;
      const el = page.querySelector<HartQuickExit>('hart-quick-exit')!;
      await el.updateComplete;
      await frame();
      await frame();
      return el;
    }

    /** The button is inside the viewport, and it is what a tap at its centre reaches. */
    function expectOnScreen(el: HartQuickExit, where: string) {
      const r = button(el).getBoundingClientRect();
      expect(r.top, `${where}: top`).to.be.at.least(0);
      expect(r.left, `${where}: left`).to.be.at.least(0);
      expect(r.bottom, `${where}: bottom`).to.be.at.most(innerHeight);
      expect(r.right, `${where}: right`).to.be.at.most(document.documentElement.clientWidth + 0.5);
      // Seen from the document, anything inside the element's shadow root is the element itself.
      expect(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2), `${where}: on top`).to.equal(el);
      return r;
    }

    for (const viewport of [
      { width: 800, height: 600 },
      { width: 320, height: 640 },
    ]) {
      it(`fixed by default: at load, mid-page and at the end (${viewport.width} px wide)`, async () => {
        await setViewport(viewport);
        const el = await longPage();
        expect(el.getAttribute('placement')).to.equal('fixed');
        expect(getComputedStyle(el).position).to.equal('fixed');
        const max = document.documentElement.scrollHeight - innerHeight;
        expect(max, 'the page is long').to.be.greaterThan(2000);
        for (const [where, y] of [
          ['at load', 0],
          ['mid-page', max / 2],
          ['at the end', max],
        ] as const) {
          window.scrollTo(0, y);
          await frame();
          expect(Math.abs(scrollY - y), `${where}: scrolled`).to.be.below(2);
          const r = expectOnScreen(el, where);
          expect(r.top, `${where}: at the top of the screen`).to.be.below(8);
          expect(document.documentElement.clientWidth - r.right, `${where}: at the end of the line`).to.be.below(8);
        }
      });
    }

    it("keeps room for itself at the top of the page: the page's own content starts below it", async () => {
      const el = await longPage();
      const exit = el.getBoundingClientRect();
      expect(exit.height).to.be.at.least(44);
      expect(getComputedStyle(document.documentElement).paddingTop).to.equal(`${Math.ceil(exit.height)}px`);
      expect(document.getElementById('first')!.getBoundingClientRect().top).to.be.at.least(exit.bottom - 0.5);
      // Focus and anchor scrolling stop below it.
      expect(getComputedStyle(document.documentElement).scrollPaddingTop).to.equal(`${Math.ceil(exit.bottom)}px`);
      // Gone again when the element leaves the page.
      el.remove();
      await nextFrame(); // the room keeper is loaded on first use, so it answers after a microtask
      expect(document.documentElement.style.paddingTop).to.equal('');
      expect(document.documentElement.style.scrollPaddingTop).to.equal('');
    });

    it('a focused element under it is scrolled out from under it (WCAG 2.4.11)', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await longPage();
      const wide = document.getElementById('wide')!;
      // Put the link right under the button, then focus it.
      window.scrollBy(0, wide.getBoundingClientRect().top - el.getBoundingClientRect().top);
      await frame();
      expect(wide.getBoundingClientRect().top).to.be.below(el.getBoundingClientRect().bottom, 'covered before focus');
      wide.focus();
      await frame();
      expect(wide.getBoundingClientRect().top).to.be.at.least(el.getBoundingClientRect().bottom);
      expect(wide.getBoundingClientRect().bottom).to.be.at.most(innerHeight);
    });

    it("WordPress's admin bar does not cover it: it sits below the bar's height", async () => {
      const el = await longPage(
        '',
        `<style>html { --wp-admin--admin-bar--height: 32px; }</style>
        <div id="wpadminbar" style="position: fixed; top: 0; left: 0; right: 0; height: 32px; z-index: 99999; background: #1d2327"></div>`,
      );
      try {
        for (const y of [0, 1500]) {
          window.scrollTo(0, y);
          await frame();
          const r = expectOnScreen(el, `scrolled to ${y}`);
          expect(r.top).to.be.at.least(32);
        }
      } finally {
        document.documentElement.style.removeProperty('--wp-admin--admin-bar--height');
      }
    });

    it('--hart-exit-top sets the distance from the top of the screen', async () => {
      const el = await longPage('style="--hart-exit-top: 60px"');
      window.scrollTo(0, 1000);
      await frame();
      expect(el.getBoundingClientRect().top).to.equal(60);
      expectOnScreen(el, 'scrolled');
    });

    it('overlay: fixed, and the page keeps the room itself (no padding added)', async () => {
      const el = await longPage('placement="overlay"');
      expect(getComputedStyle(el).position).to.equal('fixed');
      expect(document.documentElement.style.paddingTop).to.equal('');
      expect(document.documentElement.style.scrollPaddingTop).to.equal(
        `${Math.ceil(el.getBoundingClientRect().bottom)}px`,
      );
    });

    for (const placement of ['fixed', 'overlay', 'sticky', 'static']) {
      it(`placement="${placement}" is accessible in both languages and names the exit`, async () => {
        const el = await longPage(`placement="${placement}"`);
        await expectAccessibleInLangs(el, (lang) => {
          expect(button(el).textContent!.trim()).to.equal(lang === 'en' ? 'Exit this page' : 'Salir de esta página');
        });
      });
    }

    it('sticky and static keep the old placements, and an unknown value warns once and is read as fixed', async () => {
      const warn = sinon.stub(console, 'warn');
      try {
        for (const placement of ['sticky', 'static'])
          expect(getComputedStyle(await longPage(`placement="${placement}"`)).position).to.equal(placement);
        expect(document.documentElement.style.paddingTop).to.equal('');
        expect(warn.called).to.be.false;
        const el = await longPage('placement="floating"');
        expect(getComputedStyle(el).position).to.equal('fixed');
        expect(warn.callCount).to.equal(1);
        expect(String(warn.firstCall.args[0])).to.contain('<hart-quick-exit> placement="floating"');
      } finally {
        warn.restore();
      }
    });
  });

  it('restores the page when it comes back from the back/forward cache', async () => {
    document.title = 'Help page';
    const el = await fixture<HartQuickExit>(html`<hart-quick-exit></hart-quick-exit>`);
    button(el).click();
    expect(document.title).to.not.equal('Help page');
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    await el.updateComplete;
    expect(getComputedStyle(document.body).visibility).to.equal('visible');
    expect(el.shadowRoot!.querySelector('dialog')!.open).to.be.false;
    expect(document.title).to.equal('Help page');
  });

  it('is hidden in print', async () => {
    const el = await fixture<HartQuickExit>(html`<hart-quick-exit></hart-quick-exit>`);
    await withPrintMedia(el, () => {
      expect(getComputedStyle(el).display).to.equal('none');
    });
  });

  it('without the library (scripts blocked), the documented fallback link is there to use', async () => {
    // A page of its own that never loads the library: <hart-quick-exit> stays an unknown element around the link.
    const r = await reportFromFrame<{
      defined: boolean;
      width: number;
      height: number;
      onTop: boolean;
      focused: boolean;
      href: string;
      rel: string;
      text: string;
    }>(
      `<!doctype html><html lang="en"><body>
      <hart-quick-exit><a href="https://www.weather.gov/" rel="nofollow noreferrer">Exit this page</a></hart-quick-exit>
      <script>
        const a = document.querySelector('hart-quick-exit > a');
        const box = a.getBoundingClientRect();
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        a.focus();
        parent.postMessage({ defined: !!customElements.get('hart-quick-exit'), width: box.width, height: box.height,
          onTop: a.contains(hit), focused: document.activeElement === a,
          href: a.getAttribute('href'), rel: a.getAttribute('rel'), text: a.textContent }, '*');
      </script></body></html>`,
      'width: 400px; height: 200px',
    );
    expect(r.defined, 'the library is not loaded in that page').to.equal(false);
    expect(r.width).to.be.greaterThan(0);
    expect(r.height).to.be.greaterThan(0);
    expect(r.onTop, 'nothing covers the link').to.equal(true);
    expect(r.focused, 'reachable from the keyboard').to.equal(true);
    expect(r.text).to.equal('Exit this page');
    expect(r.href).to.equal('https://www.weather.gov/');
    expect(r.rel).to.equal('nofollow noreferrer');
  });
});
