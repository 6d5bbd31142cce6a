import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
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
