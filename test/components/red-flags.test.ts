import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/components/red-flags/red-flags.js';
import type { HartRedFlags } from '../../src/components/red-flags/red-flags.js';
import { resetLiveCollections, setLiveCollections } from '../../src/internal/data-store.js';
import { hotlines } from '../../src/sdk/generated/hotlines.js';
import { redFlags as bundledRedFlags } from '../../src/sdk/generated/redFlags.js';
import { contactHref } from '../../src/sdk/links.js';
import { redFlags, whatToDo } from '../../src/sdk/red-flags.js';
import {
  expectAccessible,
  expectAccessibleInLangs,
  langs,
  nameOf,
  nextFrame,
  withForcedColors,
  withPrintMedia,
  emulatesMedia,
} from '../support/element-helpers.js';

/** The bundled collections the element reads by default. */
const bundledData = { redFlags: bundledRedFlags, hotlines };

const AUDIENCES = ['general', 'hospitality', 'education', 'healthcare', 'youth'] as const;

const $ = <T extends Element = HTMLElement>(el: HartRedFlags, sel: string) =>
  el.shadowRoot!.querySelector<T & Element>(sel)!;
const $$ = <T extends Element = HTMLElement>(el: HartRedFlags, sel: string) => [
  ...el.shadowRoot!.querySelectorAll<T & Element>(sel),
];
const toggles = (el: HartRedFlags) => $$<HTMLButtonElement>(el, '.categories [part="toggle"]');
const toggleOf = (el: HartRedFlags, id: string) => $<HTMLButtonElement>(el, `[data-category="${id}"] [part="toggle"]`);
const panelOf = (el: HartRedFlags, id: string) => $(el, `#panel-${id}`);
const expanded = (b: Element) => b.getAttribute('aria-expanded') === 'true';
const visible = (e: Element) => e.checkVisibility() && e.getBoundingClientRect().height > 0;
const status = (el: HartRedFlags) => $(el, '[role="status"]').textContent.trim();
const focused = (el: HartRedFlags) => el.shadowRoot!.activeElement;
const boxLinks = (el: HartRedFlags) => $$<HTMLAnchorElement>(el, '[part="what-to-do"] a[part~="link"]');
const text = (e: Element) => e.textContent.replace(/\s+/g, ' ').trim();

async function card(audience: string, lang: 'en' | 'es' = 'en', extra: Partial<HartRedFlags> = {}) {
  const el = await fixture<HartRedFlags>(html`<hart-red-flags audience=${audience} lang=${lang}></hart-red-flags>`);
  Object.assign(el, extra);
  await el.updateComplete;
  return el;
}

async function clickAndSettle(el: HartRedFlags, button: HTMLElement) {
  button.click();
  await el.updateComplete;
}

describe('hart-red-flags', () => {
  afterEach(async () => {
    resetLiveCollections();
    await setViewport({ width: 800, height: 600 });
  });

  for (const audience of AUDIENCES) {
    for (const lang of langs) {
      it(`${audience} (${lang}): every category with its number of signs, the caution, what to do; accessible closed and open`, async () => {
        const el = await card(audience, lang);
        const data = redFlags(bundledData, { audience })!;
        const base = $(el, '[part="base"]');
        expect(base.getAttribute('lang')).to.equal(lang);
        expect(text($(el, '[part="title"]'))).to.equal(data.title[lang]);

        // Each category, in data order, says how many signs it holds and holds exactly those signs, in this language.
        const sections = $$(el, '.categories [part="category"]').map((c) => c.getAttribute('data-category'));
        expect(sections).to.deep.equal([
          ...data.categories.map((c) => c.id),
          ...(data.questions.length ? ['questions'] : []),
        ]);
        for (const c of data.categories) {
          const n = c.indicators.length;
          expect(text($(el, `[data-category="${c.id}"] [part="count"]`))).to.equal(
            lang === 'en' ? `${n} sign${n === 1 ? '' : 's'}` : `${n} seña${n === 1 ? 'l' : 'les'}`,
          );
          const items = $$(el, `[data-category="${c.id}"] [part="indicator"]`).map(text);
          expect(items).to.deep.equal(c.indicators.map((i) => i.text[lang]));
          expect(text(toggleOf(el, c.id))).to.contain(c.title[lang]);
        }

        // One sign alone does not prove trafficking: always said, in the reader's voice.
        const caution = text($(el, '[part="caution"]'));
        expect(caution).to.match(
          lang === 'en'
            ? /^One (sign|of these signs) alone does not prove/
            : /^Una sola (señal|de estas señales) no prueba/,
        );
        if (audience === 'youth')
          expect(caution).to.match(lang === 'en' ? /someone is trafficking you/ : /alguien te esté explotando/);

        // What to do: every step, in this language.
        const steps = $$(el, '[part="step"]').map((s) => text(s.querySelector('.step-text')!));
        expect(steps).to.deep.equal(whatToDo(bundledData, audience).map((s) => s.text[lang]));

        // Closed at first; the panels are out of sight but in the page (find-in-page can reach them).
        expect(toggles(el).every((b) => !expanded(b))).to.be.true;
        expect($$(el, '[part="indicator"]').some(visible)).to.be.false;
        await expectAccessible(el);

        await clickAndSettle(el, $(el, '[part~="expand-all"]'));
        expect($$(el, '[part="indicator"]').every(visible)).to.be.true;
        await clickAndSettle(el, $(el, '.sources-toggle'));
        expect($$(el, '[part="source"]').every(visible)).to.be.true;
        await expectAccessible(el);
      });
    }
  }

  for (const variant of ['list', 'compact'] as const) {
    for (const lang of langs) {
      it(`variant="${variant}" (${lang}) is accessible`, async () => {
        const el = await fixture<HartRedFlags>(
          html`<hart-red-flags audience="healthcare" variant=${variant} lang=${lang}></hart-red-flags>`,
        );
        if (variant === 'list') {
          // A list starts open: it reads like part of the page.
          expect(toggles(el).every(expanded)).to.be.true;
          expect($$(el, '[part="indicator"]').every(visible)).to.be.true;
        } else {
          // Compact: no introduction and no print button, but still the caution and what to do.
          expect(el.shadowRoot!.querySelector('[part="intro"]')).to.equal(null);
          expect(el.shadowRoot!.querySelector('[part~="print-button"]')).to.equal(null);
          expect($(el, '[part="caution"]')).to.exist;
          expect(boxLinks(el).length).to.be.greaterThan(0);
        }
        await expectAccessible(el);
      });
    }
  }

  it('the youth card speaks to teens: "what you can do", and "you are not in trouble" first', async () => {
    const en = await card('youth', 'en');
    expect(text($(en, '[part="what-to-do-title"]'))).to.equal('What you can do');
    expect(text($(en, '[part="step"] .step-text'))).to.match(/^You are not in trouble/);
    const es = await card('youth', 'es');
    expect(text($(es, '[part="what-to-do-title"]'))).to.equal('Qué puedes hacer');
    expect(text($(es, '[part="step"] .step-text'))).to.match(/^No estás en problemas/);
    // Its Spanish links say tú too, like the steps beside them.
    expect(text(boxLinks(es).find((a) => a.getAttribute('href') === 'tel:911')!)).to.equal('Llama al 911');
    expect(text(boxLinks(es).find((a) => a.getAttribute('href')!.startsWith('sms:'))!)).to.equal(
      'Envía HELP por mensaje de texto al 233733',
    );
  });

  it('health care has the questions to ask in private, as one more section', async () => {
    const el = await card('healthcare', 'es');
    expect(text(toggleOf(el, 'questions'))).to.contain('Preguntas para hacer en privado');
    expect(text(toggleOf(el, 'questions'))).to.contain('6 preguntas');
    expect($$(el, '[data-category="questions"] [part="indicator"]').map(text)).to.deep.equal(
      redFlags(bundledData, { audience: 'healthcare' })!.questions.map((q) => q.text.es),
    );
    const general = await card('general');
    expect(general.shadowRoot!.querySelector('[data-category="questions"]')).to.equal(null);
  });

  it('education and health care both show the shared child sex trafficking signs', async () => {
    for (const audience of ['education', 'healthcare']) {
      const el = await card(audience);
      expect(text(toggleOf(el, 'child-sex-trafficking'))).to.contain('Signs of child sex trafficking');
      expect($$(el, '[data-category="child-sex-trafficking"] [part="indicator"]').length).to.equal(5);
    }
  });

  describe('disclosures and the keyboard', () => {
    it('Enter and Space on a category button open and close it; focus stays on the button', async () => {
      const el = await card('hospitality');
      const rooms = toggleOf(el, 'rooms');
      expect(rooms.getAttribute('aria-controls')).to.equal('panel-rooms');
      rooms.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(expanded(rooms)).to.be.true;
      expect($$(el, '[data-category="rooms"] [part="indicator"]').every(visible)).to.be.true;
      expect(focused(el)).to.equal(rooms);
      // The space bar: ' ' ('Space' is not a key name over WebDriver BiDi).
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(expanded(rooms)).to.be.false;
      expect($$(el, '[data-category="rooms"] [part="indicator"]').some(visible)).to.be.false;
      expect(focused(el)).to.equal(rooms);
      // The other categories did not move.
      expect(expanded(toggleOf(el, 'guests'))).to.be.false;
    });

    it('Tab reaches the toolbar, then each category button in order', async () => {
      const el = await card('hospitality');
      $(el, '[part~="expand-all"]').focus();
      const order: string[] = [];
      for (let i = 0; i < 5; i++) {
        await sendKeys({ press: 'Tab' });
        const f = focused(el) as HTMLElement | null;
        order.push(f?.closest('[data-category]')?.getAttribute('data-category') ?? f?.getAttribute('part') ?? '');
      }
      expect(order).to.deep.equal([
        'button collapse-all',
        'button print-button',
        'guests',
        'rooms',
        'booking-payment-premises',
      ]);
    });

    it('"Expand all" and "Collapse all" by keyboard: every section changes, focus stays, the change is announced', async () => {
      const el = await card('education', 'es');
      const all = toggles(el);
      expect(all.length).to.equal(4);
      const expand = $<HTMLButtonElement>(el, '[part~="expand-all"]');
      expect(text(expand)).to.equal('Expandir todo');
      expand.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(all.every(expanded)).to.be.true;
      expect($$(el, '[part="indicator"]').every(visible)).to.be.true;
      expect(focused(el)).to.equal(expand);
      expect(status(el)).to.equal('Se expandieron las 4 secciones');

      const collapse = $<HTMLButtonElement>(el, '[part~="collapse-all"]');
      collapse.focus();
      // The space bar: ' ' ('Space' is not a key name over WebDriver BiDi).
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(all.some(expanded)).to.be.false;
      expect(focused(el)).to.equal(collapse);
      expect(status(el)).to.equal('Se contrajeron las 4 secciones');

      // Pressed again, the same message is said again (the live region's text changes).
      const before = $(el, '[role="status"]').textContent;
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect($(el, '[role="status"]').textContent).not.to.equal(before);
      expect(status(el)).to.equal('Se contrajeron las 4 secciones');
    });

    it('"Expand all" opens the sections a reader closed by hand, and the reverse', async () => {
      const el = await card('general', 'en', { expanded: true });
      expect(toggles(el).every(expanded)).to.be.true;
      await clickAndSettle(el, toggleOf(el, 'physical'));
      expect(expanded(toggleOf(el, 'physical'))).to.be.false;
      await clickAndSettle(el, $(el, '[part~="expand-all"]'));
      expect(toggles(el).every(expanded)).to.be.true;
      expect(status(el)).to.equal('All 5 sections expanded');
    });

    it('fires hart-red-flags-toggle on user input only', async () => {
      const el = await card('hospitality');
      const spy = sinon.spy();
      el.addEventListener('hart-red-flags-toggle', spy);
      el.expanded = true;
      el.lang = 'es';
      await el.updateComplete;
      expect(spy.called).to.be.false;
      const seen = oneEvent(el, 'hart-red-flags-toggle');
      toggleOf(el, 'rooms').click();
      expect((await seen).detail).to.deep.equal({ sections: ['rooms'], open: false });
      const all = oneEvent(el, 'hart-red-flags-toggle');
      $(el, '[part~="collapse-all"]').click();
      expect((await all).detail).to.deep.equal({
        sections: ['guests', 'rooms', 'booking-payment-premises'],
        open: false,
      });
    });

    it('find in page opens the section that holds the match (beforematch)', async () => {
      const el = await card('hospitality');
      const panel = panelOf(el, 'rooms');
      expect(panel.getAttribute('hidden')).to.equal('until-found');
      panel.dispatchEvent(new Event('beforematch'));
      await el.updateComplete;
      expect(expanded(toggleOf(el, 'rooms'))).to.be.true;
      expect(panel.hasAttribute('hidden')).to.be.false;
    });

    it('sources are listed under the card, collapsed, each with its key, and when they were reviewed', async () => {
      const el = await card('hospitality');
      const toggle = $<HTMLButtonElement>(el, '.sources-toggle');
      expect(text(toggle)).to.equal('Sources (1)');
      expect(expanded(toggle)).to.be.false;
      expect(visible($(el, '[part="source"]'))).to.be.false;
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(expanded(toggle)).to.be.true;
      expect(focused(el)).to.equal(toggle);
      expect(text($(el, '[part="source"]'))).to.equal('DHS: DHS Blue Campaign, hospitality toolkit');
      expect(text($(el, '[part="reviewed"]'))).to.equal('Last reviewed: November 28, 2026');
      const edu = await card('education', 'es');
      expect(text($(edu, '.sources-toggle'))).to.equal('Fuentes (3)');
      expect($$(edu, '[part="source"]').map((s) => s.getAttribute('lang'))).to.deep.equal(['en', 'en', 'en']);
      expect(text($(edu, '[part="reviewed"]'))).to.equal('Última revisión: 28 de noviembre de 2026');
    });
  });

  describe('what to do', () => {
    for (const audience of AUDIENCES) {
      it(`${audience}: the links are the hotline data's tel:/sms: links, never copied numbers`, async () => {
        const el = await card(audience);
        const expected = whatToDo(bundledData, audience).flatMap((s) =>
          s.hotlines.flatMap((h) => h.contacts.map((c) => contactHref(c))),
        );
        expect(boxLinks(el).map((a) => a.getAttribute('href'))).to.deep.equal(expected);
        // Every call and text link is a real tel:/sms: link of a number in the hotline data.
        const dialable = hotlines.flatMap((h) =>
          h.contacts.filter((c) => c.kind !== 'chat').map((c) => contactHref(c)),
        );
        for (const a of boxLinks(el).filter((l) => !l.href.startsWith('https:'))) {
          expect(a.getAttribute('href')).to.match(/^(tel|sms):/);
          expect(dialable).to.include(a.getAttribute('href'));
        }
        expect(boxLinks(el).map((a) => a.getAttribute('href'))).to.include('tel:911');
      });
    }

    it('hospitality: 911, the National Hotline (call, text), the HSI tip line and the Careline', async () => {
      const el = await card('hospitality');
      const hrefs = boxLinks(el).map((a) => a.getAttribute('href'));
      expect(hrefs).to.include.members([
        'tel:911',
        'tel:+18883737888',
        'sms:233733?&body=HELP',
        'tel:+18663472423',
        'tel:+18008422288',
      ]);
      const careline = $(el, '[data-step="hospitality-minor"]');
      expect(careline.querySelector('a[href="tel:+18008422288"]')).to.exist;
    });

    it('education and health care: Careline within 12 hours, DCF-136 within 48 hours, with the Careline link', async () => {
      for (const [audience, lang] of [
        ['education', 'en'],
        ['healthcare', 'es'],
      ] as const) {
        const el = await card(audience, lang);
        const box = text($(el, '[part="what-to-do"]'));
        expect(box).to.match(
          lang === 'en' ? /mandated reporters.*within 12 hours/ : /obligación legal de denunciar.*12 horas/,
        );
        expect(box).to.match(/48 (hours|horas).*DCF-136/);
        expect($(el, `[data-step="${audience}-careline"] a[href="tel:+18008422288"]`)).to.exist;
      }
    });

    it('names each link with the whole action, starting with its visible text', async () => {
      const en = await card('general');
      const call = boxLinks(en).find((a) => a.getAttribute('href') === 'tel:+18883737888')!;
      expect(text(call)).to.equal('Call 1-888-373-7888');
      expect(nameOf(call)).to.equal('Call 1-888-373-7888, National Human Trafficking Hotline');
      const sms = boxLinks(en).find((a) => a.getAttribute('href') === 'sms:233733?&body=HELP')!;
      expect(text(sms)).to.equal('Text HELP to 233733');
      expect(nameOf(sms)).to.equal('Text HELP to 233733, National Human Trafficking Hotline');
      const e911 = boxLinks(en).find((a) => a.getAttribute('href') === 'tel:911')!;
      expect(text(e911)).to.equal('Call 911');
      expect(e911.hasAttribute('aria-label')).to.be.false;
      const chat = boxLinks(en).find((a) => a.getAttribute('href')!.startsWith('https:'))!;
      expect(chat.getAttribute('target')).to.equal('_blank');
      expect(chat.getAttribute('rel')).to.equal('noopener noreferrer');
      expect(nameOf(chat)).to.match(/^Chat online with the National Human Trafficking Hotline/);
      const tdd = boxLinks(en).find((a) => a.getAttribute('href') === 'tel:+18006245518')!;
      expect(nameOf(tdd)).to.equal('TTY 1-800-624-5518: text telephone for the Connecticut DCF Careline (TDD)');

      const es = await card('general', 'es');
      const llamar = boxLinks(es).find((a) => a.getAttribute('href') === 'tel:+18883737888')!;
      expect(nameOf(llamar)).to.equal('Llame al 1-888-373-7888, Línea Nacional Contra la Trata de Personas');
      expect(text(boxLinks(es).find((a) => a.getAttribute('href') === 'tel:911')!)).to.equal('Llame al 911');
      const texto = boxLinks(es).find((a) => a.getAttribute('href')!.startsWith('sms:'))!;
      expect(nameOf(texto)).to.equal(
        'Envíe HELP por mensaje de texto al 233733, Línea Nacional Contra la Trata de Personas',
      );
      for (const a of [...boxLinks(en), ...boxLinks(es)])
        expect(nameOf(a).startsWith(text(a).replace(/ \(.*\)$/, ''))).to.be.true;
    });

    it('follows the live hotline data: a changed number changes the link', async () => {
      const el = await card('hospitality');
      const edited = structuredClone(hotlines);
      edited.find((h) => h.id === 'hsi')!.contacts[0] = {
        kind: 'voice',
        value: '+18005550199',
        display: '1-800-555-0199',
      };
      setLiveCollections({ hotlines: edited });
      await el.updateComplete;
      const hrefs = boxLinks(el).map((a) => a.getAttribute('href'));
      expect(hrefs).to.include('tel:+18005550199');
      expect(hrefs).not.to.include('tel:+18663472423');
    });
  });

  describe('attributes', () => {
    it('categories shows a subset, in data order; unknown ids are ignored; none known shows all', async () => {
      const el = await fixture<HartRedFlags>(
        html`<hart-red-flags audience="hospitality" categories="rooms, guests nope"></hart-red-flags>`,
      );
      expect($$(el, '.categories [part="category"]').map((c) => c.getAttribute('data-category'))).to.deep.equal([
        'guests',
        'rooms',
      ]);
      el.categories = 'typo';
      await el.updateComplete;
      expect(toggles(el).length).to.equal(3);
      const edu = await fixture<HartRedFlags>(
        html`<hart-red-flags audience="education" categories="child-sex-trafficking"></hart-red-flags>`,
      );
      expect(toggles(edu).length).to.equal(1);
    });

    it('fallback markup inside the tag gives way to the card once the element loads', async () => {
      const el = await fixture<HartRedFlags>(
        html`<hart-red-flags audience="youth"><p id="fallback">Call <a href="tel:911">911</a></p></hart-red-flags>`,
      );
      expect(visible(el.querySelector('#fallback')!)).to.be.false;
      expect(visible($(el, '[part="base"]'))).to.be.true;
    });

    it('an unknown audience shows the general card, never an empty one', async () => {
      const el = await card('astronauts');
      expect($(el, '[part="base"]').getAttribute('data-audience')).to.equal('general');
      expect($$(el, '[part="indicator"]').length).to.be.greaterThan(10);
    });

    it('changing the audience shows that card, closed', async () => {
      const el = await card('hospitality', 'en', { expanded: false });
      await clickAndSettle(el, $(el, '[part~="expand-all"]'));
      el.audience = 'youth';
      await el.updateComplete;
      expect($(el, '[part="base"]').getAttribute('data-audience')).to.equal('youth');
      expect(toggles(el).some(expanded)).to.be.false;
    });

    it('heading-level sets the title level; sections and what to do are one below', async () => {
      const el = await fixture<HartRedFlags>(html`<hart-red-flags heading-level="3"></hart-red-flags>`);
      expect($(el, '[part="title"]').getAttribute('aria-level')).to.equal('3');
      expect($$(el, '.category-heading').every((h) => h.getAttribute('aria-level') === '4')).to.be.true;
      expect($(el, '[part="what-to-do-title"]').getAttribute('aria-level')).to.equal('4');
      el.headingLevel = 9;
      await el.updateComplete;
      expect($(el, '[part="title"]').getAttribute('aria-level')).to.equal('5');
    });

    it('follows the language of the page when it has no lang of its own', async () => {
      const wrapper = await fixture(html`<div lang="es"><hart-red-flags audience="youth"></hart-red-flags></div>`);
      const el = wrapper.querySelector('hart-red-flags')!;
      await el.updateComplete;
      expect(text($(el, '[part="title"]'))).to.equal('¿Alguien se está aprovechando de ti?');
      wrapper.setAttribute('lang', 'en');
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(text($(el, '[part="title"]'))).to.equal('Is someone taking advantage of you?');
    });

    it('theming: custom properties and parts reach the card', async () => {
      const wrapper = await fixture(html`<div>
        <style>
          .themed { --hart-red-flags-accent: rgb(0, 128, 0); --hart-red-flags-link-bg: rgb(10, 20, 30); }
          .themed::part(count) { color: rgb(200, 0, 0); }
        </style>
        <hart-red-flags class="themed" audience="hospitality"></hart-red-flags>
      </div>`);
      const el = wrapper.querySelector<HartRedFlags>('hart-red-flags')!;
      await el.updateComplete;
      expect(getComputedStyle($(el, '[part="base"]')).borderTopColor).to.equal('rgb(0, 128, 0)');
      expect(getComputedStyle(boxLinks(el).find((a) => a.href.startsWith('tel:'))!).backgroundColor).to.equal(
        'rgb(10, 20, 30)',
      );
      expect(getComputedStyle($(el, '[part="count"]')).color).to.equal('rgb(200, 0, 0)');
    });
  });

  describe('layout', () => {
    it('reflows at 320 px: no horizontal scroll, every section open, in Spanish', async () => {
      await setViewport({ width: 320, height: 640 });
      for (const audience of AUDIENCES) {
        const el = await card(audience, 'es', { expanded: true });
        await clickAndSettle(el, $(el, '.sources-toggle'));
        await nextFrame();
        expect(document.documentElement.scrollWidth, audience).to.be.at.most(320);
        const base = $(el, '[part="base"]');
        expect(base.scrollWidth, audience).to.be.at.most(base.clientWidth + 1);
      }
    });

    it('buttons and links are at least 44 px tall and wide', async () => {
      const el = await card('healthcare');
      const targets = [...$$(el, '.toolbar button'), ...toggles(el), ...boxLinks(el)];
      expect(
        [$$(el, '.toolbar button').length, toggles(el).length, boxLinks(el).length],
        'toolbar, toggles, links',
      ).to.deep.equal([3, 3, 7]);
      for (const b of targets) {
        const r = b.getBoundingClientRect();
        expect(r.height, text(b)).to.be.at.least(44);
        expect(r.width, text(b)).to.be.at.least(44);
      }
    });

    it('stays readable in forced-colors mode', async () => {
      const el = await card('youth', 'en', { expanded: true });
      const ran = await withForcedColors(async () => {
        const link = boxLinks(el)[0];
        expect(getComputedStyle(link).borderTopStyle).to.equal('solid');
        expect(getComputedStyle($(el, '[part~="expand-all"]')).borderTopStyle).to.equal('solid');
        await expectAccessible(el);
      });
      // Firefox over WebDriver BiDi and WebKit over WebDriver cannot emulate forced colors; the Chromium run covers it.
      if (!ran) expect(emulatesMedia, 'only Chromium must emulate forced colors').to.be.false;
    });
  });

  describe('print', () => {
    for (const audience of AUDIENCES) {
      it(`${audience}: print media shows every sign, question and source even when closed, and no buttons`, async () => {
        const el = await card(audience);
        expect($$(el, '[part="indicator"]').some(visible)).to.be.false;
        // withPrintMedia: real print emulation in Chromium; in Firefox (no media emulation over WebDriver BiDi) the
        // element's own @media print rules are applied directly.
        await withPrintMedia(el, async () => {
          const signs = $$(el, '[part="indicator"]');
          const data = redFlags(bundledData, { audience })!;
          expect(signs.length).to.equal(data.categories.flatMap((c) => c.indicators).length + data.questions.length);
          expect(signs.every(visible)).to.be.true;
          expect($$(el, '[part="source"]').every(visible)).to.be.true;
          expect(visible($(el, '[part="caution"]'))).to.be.true;
          expect(visible($(el, '[part="toolbar"]'))).to.be.false;
          // Numbers are written on paper: the link text holds them.
          const call = boxLinks(el).find((a) => a.getAttribute('href') === 'tel:911')!;
          expect(visible(call)).to.be.true;
          expect(getComputedStyle(call).color).to.equal('rgb(0, 0, 0)');
          // The printed card, in both languages.
          await expectAccessibleInLangs(el, (lang) => {
            expect(text($(el, '[part="title"]'))).to.equal(redFlags(bundledData, { audience })!.title[lang]);
            expect($$(el, '[part="indicator"]').every(visible)).to.be.true;
            expect(visible($(el, '[part="toolbar"]'))).to.be.false;
          });
        });
      });
    }

    it('the print button prints this card alone, then puts the page back', async () => {
      const page = await fixture(html`<div>
        <header id="site-header">Site header</header>
        <main><p id="other">Other content</p><div class="column"><hart-red-flags audience="hospitality"></hart-red-flags></div></main>
      </div>`);
      const el = page.querySelector<HartRedFlags>('hart-red-flags')!;
      await el.updateComplete;
      const print = sinon.stub(window, 'print');
      try {
        const button = $<HTMLButtonElement>(el, '[part~="print-button"]');
        expect(nameOf(button)).to.equal('Print this list of signs');
        button.click();
        expect(print.calledOnce).to.be.true;
        expect(document.documentElement.getAttribute('data-hart-printing')).to.equal('red-flags');
        expect(page.querySelector('#site-header')!.hasAttribute('data-hart-print-hide')).to.be.true;
        expect(page.querySelector('#other')!.hasAttribute('data-hart-print-hide')).to.be.true;
        expect(page.querySelector('.column')!.hasAttribute('data-hart-print-path')).to.be.true;
        expect(el.hasAttribute('data-hart-print-hide')).to.be.false;

        // On screen nothing changed.
        expect(visible(page.querySelector('#other')!)).to.be.true;
        await withPrintMedia(el, () => {
          expect($$(el, '[part="indicator"]').every(visible)).to.be.true;
          // Chromium prints with real print media: the rest of the page is gone. (Firefox and WebKit cannot emulate
          // print media here, so the page-level rules do not apply in that run; the marks above are what they select.)
          if (emulatesMedia) {
            expect(getComputedStyle(page.querySelector('#site-header')!).display).to.equal('none');
            expect(getComputedStyle(page.querySelector('#other')!).display).to.equal('none');
            expect(visible(el)).to.be.true;
          }
        });

        window.dispatchEvent(new Event('afterprint'));
        expect(document.documentElement.hasAttribute('data-hart-printing')).to.be.false;
        expect(
          document.querySelectorAll('[data-hart-print-hide], [data-hart-print-path], [data-hart-print-target]').length,
        ).to.equal(0);
        expect(
          document.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) => r.cssText.includes('data-hart-print'))),
        ).to.be.false;
      } finally {
        print.restore();
      }
    });

    it('a card removed while printing leaves the page as it was', async () => {
      const page = await fixture(
        html`<div><p id="other">Other</p><hart-red-flags audience="general"></hart-red-flags></div>`,
      );
      const el = page.querySelector<HartRedFlags>('hart-red-flags')!;
      await el.updateComplete;
      const print = sinon.stub(window, 'print');
      try {
        el.print();
        expect(page.querySelector('#other')!.hasAttribute('data-hart-print-hide')).to.be.true;
        el.remove();
        expect(
          document.querySelectorAll('[data-hart-print-hide], [data-hart-print-path], [data-hart-printing]').length,
        ).to.equal(0);
      } finally {
        print.restore();
      }
    });

    it('a host can cancel hart-red-flags-print and print its own way', async () => {
      const el = await card('youth');
      const print = sinon.stub(window, 'print');
      try {
        el.addEventListener('hart-red-flags-print', (e) => {
          expect(e.detail).to.deep.equal({ audience: 'youth' });
          e.preventDefault();
        });
        $(el, '[part~="print-button"]').click();
        expect(print.called).to.be.false;
        expect(document.documentElement.hasAttribute('data-hart-printing')).to.be.false;
      } finally {
        print.restore();
      }
    });
  });

  it('renders data as text, never as markup', async () => {
    const el = await card('general');
    const edited = structuredClone(bundledRedFlags);
    edited.find((r) => r.id === 'general')!.categories[0].indicators[0].text.en =
      '<img src="x" onerror="window.__hacked = 1">Sign';
    setLiveCollections({ redFlags: edited });
    await el.updateComplete;
    expect(text($(el, '[part="indicator"]'))).to.equal('<img src="x" onerror="window.__hacked = 1">Sign');
    expect(el.shadowRoot!.querySelectorAll('img, script, iframe').length).to.equal(0);
  });
});
