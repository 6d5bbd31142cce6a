import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/components/hotline-banner/hotline-banner.js';
import type { HartHotlineBanner } from '../../src/components/hotline-banner/hotline-banner.js';
import { exitNavigation } from '../../src/components/quick-exit/quick-exit.js';
import { hotlines } from '../../src/sdk/generated/hotlines.js';
import {
  expectAccessible,
  expectAccessibleInLangs,
  langs,
  nameOf,
  nextFrame,
  shadowText,
  withForcedColors,
  withPrintMedia,
  emulatesMedia,
} from '../support/element-helpers.js';

const links = (el: HartHotlineBanner) => [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part~="link"]')];
const byHref = (el: HartHotlineBanner, href: string) => links(el).find((a) => a.getAttribute('href') === href)!;
const hotline = (id: string) => hotlines.find((h) => h.id === id)!;
const variants = ['full', 'compact', 'inline'] as const;

/** Waits for the page's inline `prop` to be set: the room keeper is a module loaded on first use. */
const roomKept = (prop: string) =>
  waitUntil(() => document.documentElement.style.getPropertyValue(prop) !== '', `${prop} set`, { timeout: 5000 });

describe('hart-hotline-banner', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  for (const variant of variants) {
    for (const lang of langs) {
      it(`${variant}: shows when to use each line with real call and text links, accessibly (${lang})`, async () => {
        const el = await fixture<HartHotlineBanner>(
          html`<hart-hotline-banner lang=${lang} variant=${variant}></hart-hotline-banner>`,
        );
        const hrefs = links(el).map((a) => a.getAttribute('href'));
        expect(hrefs).to.include.members(['tel:911', 'tel:+18883737888', 'sms:233733?&body=HELP', 'tel:+18008422288']);
        // As laid out, a space separates the words from the number (bare text in a flex box would lose it).
        const number = byHref(el, 'sms:233733?&body=HELP').querySelector('.number')!;
        const words = number.previousSibling!;
        const range = document.createRange();
        range.setStart(words, words.textContent!.trimEnd().length - 1);
        range.setEnd(words, words.textContent!.trimEnd().length);
        const gap = number.getBoundingClientRect().left - range.getBoundingClientRect().right;
        expect(gap, 'space before the number').to.be.greaterThan(2);
        const text = shadowText(el);
        for (const id of ['emergency', 'nhth', 'careline']) {
          const when = variant === 'full' ? hotline(id).whenToUse : hotline(id).whenShort!;
          expect(text).to.contain(when[lang]);
        }
        if (variant === 'full') {
          expect(hrefs).to.include.members(['https://humantraffickinghotline.org/', 'tel:711', 'tel:+18006245518']);
          expect(text).to.contain(hotline('nhth').hours![lang]);
          expect(text).to.contain(hotline('nhth').languagesNote![lang]);
          expect(text).to.contain(lang === 'en' ? 'Confidential' : 'Confidencial');
        }
        await expectAccessible(el);
      });
    }
  }

  it('names each link with the whole action, its visible text first', async () => {
    const el = await fixture<HartHotlineBanner>(html`<hart-hotline-banner lang="en"></hart-hotline-banner>`);
    expect(nameOf(byHref(el, 'tel:+18883737888'))).to.equal(
      'Call the National Human Trafficking Hotline, 1-888-373-7888',
    );
    expect(nameOf(byHref(el, 'tel:911'))).to.equal('Call 911, 911');
    expect(nameOf(byHref(el, 'tel:+18008422288'))).to.equal('Call the Connecticut DCF Careline, 1-800-842-2288');
    const text = byHref(el, 'sms:233733?&body=HELP');
    expect(text.textContent).to.equal('Text HELP to 233733');
    expect(nameOf(text)).to.equal('Text HELP to 233733, National Human Trafficking Hotline');
    const chat = byHref(el, 'https://humantraffickinghotline.org/');
    expect(chat.target).to.equal('_blank');
    expect(chat.rel).to.contain('noreferrer');
  });

  it('speaks Spanish, following the nearest lang when it has none of its own, and follows changes', async () => {
    const wrapper = await fixture(html`<div lang="es"><hart-hotline-banner></hart-hotline-banner></div>`);
    const el = wrapper.querySelector('hart-hotline-banner')!;
    await el.updateComplete;
    expect(nameOf(byHref(el, 'tel:+18883737888'))).to.equal(
      'Llame a la Línea Nacional Contra la Trata de Personas, 1-888-373-7888',
    );
    expect(nameOf(byHref(el, 'tel:911'))).to.equal('Llame al 911, 911');
    expect(byHref(el, 'sms:233733?&body=HELP').textContent).to.equal('Envíe HELP por mensaje de texto al 233733');
    wrapper.setAttribute('lang', 'en');
    await nextFrame();
    await el.updateComplete;
    expect(nameOf(byHref(el, 'tel:911'))).to.equal('Call 911, 911');
  });

  it('shows the lines named by `lines`, in that order, and never an empty banner', async () => {
    const el = await fixture<HartHotlineBanner>(
      html`<hart-hotline-banner lines="careline emergency hsi"></hart-hotline-banner>`,
    );
    const order = () =>
      [...el.shadowRoot!.querySelectorAll('[data-hotline]')].map((n) => n.getAttribute('data-hotline'));
    expect(order()).to.deep.equal(['careline', 'emergency', 'hsi']);
    expect(byHref(el, 'tel:+18663472423')).to.exist;
    el.lines = 'typo';
    await el.updateComplete;
    expect(order()).to.deep.equal(['emergency', 'nhth', 'careline']);
  });

  it('gives every call and text link a 44x44 px target (full and compact)', async () => {
    // As many links as the default lines give in each variant, so the loop below cannot pass over an empty list.
    for (const [variant, count] of [
      ['full', 7],
      ['compact', 4],
    ] as const) {
      const el = await fixture<HartHotlineBanner>(html`<hart-hotline-banner variant=${variant}></hart-hotline-banner>`);
      expect(
        links(el).map((a) => a.getAttribute('href')),
        `${variant}: call and text links`,
      ).to.have.length(count);
      for (const a of links(el)) {
        const r = a.getBoundingClientRect();
        expect(r.width, a.textContent).to.be.at.least(44);
        expect(r.height, a.textContent).to.be.at.least(44);
      }
    }
  });

  for (const variant of variants) {
    it(`${variant}: fits 320 px without horizontal scrolling`, async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await fixture<HartHotlineBanner>(
        html`<hart-hotline-banner variant=${variant} quick-exit dismissible lang="es"></hart-hotline-banner>`,
      );
      await nextFrame();
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      for (const a of links(el)) expect(a.getBoundingClientRect().right).to.be.at.most(320);
    });
  }

  it('print: numbers stay visible, the quick exit and the hide button do not print', async () => {
    const el = await fixture<HartHotlineBanner>(
      html`<hart-hotline-banner quick-exit dismissible position="top"></hart-hotline-banner>`,
    );
    await withPrintMedia(el, () => {
      const exit = el.shadowRoot!.querySelector('hart-quick-exit')!;
      expect(getComputedStyle(exit).display).to.equal('none');
      expect(getComputedStyle(el.shadowRoot!.querySelector('[part="dismiss"]')!).display).to.equal('none');
      expect(getComputedStyle(el).position).to.equal('static');
      const call = byHref(el, 'tel:+18883737888');
      expect(call.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(getComputedStyle(call).color).to.equal('rgb(0, 0, 0)');
    });
  });

  it('stays readable in forced-colors mode', async () => {
    const el = await fixture<HartHotlineBanner>(html`<hart-hotline-banner></hart-hotline-banner>`);
    const ran = await withForcedColors(async () => {
      const call = byHref(el, 'tel:+18883737888');
      expect(matchMedia('(forced-colors: active)').matches).to.be.true;
      // Backgrounds are dropped in forced colors: the links keep a visible border so they still look like buttons.
      expect(getComputedStyle(call).borderTopStyle).to.equal('solid');
      expect(call.getBoundingClientRect().height).to.be.at.least(44);
      await expectAccessible(el);
      await expectAccessibleInLangs(el, (lang) => {
        expect(nameOf(byHref(el, 'tel:911'))).to.equal(lang === 'en' ? 'Call 911, 911' : 'Llame al 911, 911');
        expect(getComputedStyle(byHref(el, 'tel:+18883737888')).borderTopStyle).to.equal('solid');
      });
    });
    // Firefox over WebDriver BiDi and WebKit over WebDriver cannot emulate forced colors; the Chromium run covers it.
    if (!ran) expect(emulatesMedia, 'only Chromium must emulate forced colors').to.be.false;
  });

  it('quick-exit: adds the exit button; clicking it leaves through location.replace', async () => {
    const replace = sinon.stub(exitNavigation, 'replace');
    try {
      const el = await fixture<HartHotlineBanner>(
        html`<hart-hotline-banner quick-exit exit-href="https://example.org/"></hart-hotline-banner>`,
      );
      const exit = el.shadowRoot!.querySelector('hart-quick-exit')!;
      await exit.updateComplete;
      // The banner with its exit button, before anyone leaves, in both languages (the exit follows the banner's).
      await expectAccessibleInLangs(el, async (lang) => {
        await exit.updateComplete;
        const button = exit.shadowRoot!.querySelector<HTMLAnchorElement>('[part="button"]')!;
        expect(button.textContent.trim()).to.equal(lang === 'en' ? 'Exit this page' : 'Salir de esta página');
      });
      await exit.updateComplete;
      const seen = oneEvent(document, 'hart-exit');
      exit.shadowRoot!.querySelector<HTMLAnchorElement>('[part="button"]')!.click();
      expect((await seen).detail.href).to.equal('https://example.org/');
      expect(replace.calledOnceWith('https://example.org/')).to.be.true;
      await expectAccessible(el);
    } finally {
      replace.restore();
      document.body.style.removeProperty('visibility');
    }
  });

  for (const lang of langs) {
    it(`dismissible: the hide button hides it for this page view only, storing nothing (${lang})`, async () => {
      localStorage.clear();
      sessionStorage.clear();
      const el = await fixture<HartHotlineBanner>(
        html`<hart-hotline-banner dismissible lang=${lang}></hart-hotline-banner>`,
      );
      await expectAccessible(el);
      const hide = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="dismiss"]')!;
      expect(nameOf(hide)).to.equal(lang === 'en' ? 'Hide help numbers' : 'Ocultar los números de ayuda');
      const seen = oneEvent(el, 'hart-dismiss');
      hide.focus();
      await sendKeys({ press: 'Enter' });
      await seen;
      expect(el.hidden).to.be.true;
      expect(el.getBoundingClientRect().height).to.equal(0);
      expect(localStorage.length + sessionStorage.length).to.equal(0);
      expect(document.cookie).to.equal('');
      const again = await fixture<HartHotlineBanner>(html`<hart-hotline-banner dismissible></hart-hotline-banner>`);
      expect(again.hidden).to.be.false;
    });
  }

  it('a dismissed sticky banner moved elsewhere in the page keeps no room for itself', async () => {
    const page = await fixture(
      html`<div><hart-hotline-banner position="top" dismissible></hart-hotline-banner><section></section></div>`,
    );
    const el = page.querySelector('hart-hotline-banner')!;
    await el.updateComplete;
    await roomKept('scroll-padding-top');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="dismiss"]')!.click();
    await el.updateComplete;
    await nextFrame();
    expect(document.documentElement.style.getPropertyValue('scroll-padding-top')).to.equal('');
    page.querySelector('section')!.append(el);
    await nextFrame();
    expect(document.documentElement.style.getPropertyValue('scroll-padding-top')).to.equal('');
    el.remove();
  });

  describe('position top/bottom', () => {
    for (const position of ['top', 'bottom'] as const) {
      it(`${position}: stays on screen, keeps its room in the page and never hides the focused element`, async () => {
        await setViewport({ width: 800, height: 400 });
        const page = await fixture(html`<div>
          ${position === 'top' ? html`<hart-hotline-banner position="top" variant="compact"></hart-hotline-banner>` : ''}
          ${Array.from({ length: 40 }, (_, i) => html`<p><a href="#l${i}" id="l${i}">link ${i}</a></p>`)}
          ${position === 'bottom' ? html`<hart-hotline-banner position="bottom" variant="compact"></hart-hotline-banner>` : ''}
        </div>`);
        const el = page.querySelector('hart-hotline-banner')!;
        await el.updateComplete;
        await nextFrame();
        expect(getComputedStyle(el).position).to.equal('sticky');
        const h = el.getBoundingClientRect().height;
        expect(h).to.be.greaterThan(0);
        const prop = position === 'top' ? 'scroll-padding-top' : 'scroll-padding-bottom';
        await roomKept(prop);
        expect(document.documentElement.style.getPropertyValue(prop)).to.equal(`${Math.ceil(h)}px`);
        // Focus links across the page: none may end up under the banner.
        for (const i of [5, 20, 35, 12, 2]) {
          const a = page.querySelector<HTMLAnchorElement>(`#l${i}`)!;
          a.focus();
          await nextFrame();
          const banner = el.getBoundingClientRect();
          const box = a.getBoundingClientRect();
          const overlap = Math.min(box.bottom, banner.bottom) - Math.max(box.top, banner.top);
          expect(overlap, `link ${i} is under the banner`).to.be.at.most(0);
        }
        await expectAccessibleInLangs(el, (lang) => {
          expect(getComputedStyle(el).position).to.equal('sticky');
          expect(nameOf(byHref(el, 'tel:911'))).to.equal(lang === 'en' ? 'Call 911, 911' : 'Llame al 911, 911');
        });
        el.remove();
        await nextFrame(); // the room keeper is loaded on first use, so it answers after a microtask
        expect(document.documentElement.style.getPropertyValue(prop)).to.equal('');
        window.scrollTo(0, 0);
      });
    }
  });
});
