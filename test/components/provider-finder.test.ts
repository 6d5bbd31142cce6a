import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/components/provider-finder/provider-finder.js';
import type {
  HartProviderFinder,
  ProviderFinderFilters,
} from '../../src/components/provider-finder/provider-finder.js';
import { resetLiveCollections, setLiveCollections } from '../../src/internal/data-store.js';
import { bundled } from '../../src/sdk/bundled.js';
import type { Provider, Service, ServiceArea } from '../../src/sdk/types.js';
import {
  expectAccessible,
  expectAccessibleInLangs,
  langs,
  nameOf,
  nextFrame,
  shadowText,
  withPrintMedia,
} from '../support/element-helpers.js';

const $ = <T extends Element = HTMLElement>(el: HartProviderFinder, selector: string) =>
  el.shadowRoot!.querySelector<T & Element>(selector)!;
const $$ = <T extends Element = HTMLElement>(el: HartProviderFinder, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T & Element>(selector),
];
const names = (el: HartProviderFinder) => $$(el, '.results [part~="name"]').map((n) => n.textContent.trim());
const ids = (el: HartProviderFinder) =>
  $$(el, '.results [part~="name"]').map((n) => n.id.replace(/^hart-finder-\d+-/, ''));
const textBox = (el: HartProviderFinder) => $<HTMLInputElement>(el, 'input[type="search"]');
const nearBox = (el: HartProviderFinder) => $<HTMLInputElement>(el, 'input[list]');
const status = (el: HartProviderFinder) => $(el, '[role="status"]').textContent.trim();
/** The focused element inside the finder's shadow root. */
const focused = (el: HartProviderFinder) => el.shadowRoot!.activeElement as HTMLElement | null;
/** Asserts focus by identity (chai's diff of two DOM elements is slow enough to stall a browser). */
const expectFocus = (el: HartProviderFinder, target: Element | null, what: string) =>
  expect(focused(el) === target, `focus on ${what}, not ${focused(el)?.outerHTML.slice(0, 80)}`).to.equal(true);

async function type(el: HartProviderFinder, input: HTMLInputElement, text: string) {
  input.focus();
  // WebKitGTK over WebDriver can drop the first key sent in the same frame as the focus change: let it paint first.
  await nextFrame();
  await sendKeys({ type: text });
  await el.updateComplete;
}

async function until(check: () => boolean, what: string, ms = 3000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await aTimeout(50);
  }
}

const svc = (id: string, area: string[] | ServiceArea, extra: Partial<Service> = {}): Service => ({
  id,
  name: { en: `Service ${id}` },
  description: { en: `Help for ${id}.` },
  categories: ['housing'],
  populations: ['adults'],
  languages: [],
  contacts: [{ kind: 'voice', value: '+18605550100', display: '860-555-0100' }],
  serviceArea: Array.isArray(area) ? { scope: 'towns', towns: area } : area,
  referral: { routes: ['self'] },
  ...extra,
});
const org = (id: string, services: Service[], extra: Partial<Provider> = {}): Provider => ({
  id,
  name: `Org ${id}`,
  description: { en: 'Test organization.' },
  locations: [],
  services,
  sources: [{ title: 'test' }],
  reviewed: '2026-11-28',
  ...extra,
});

/** Providers in known towns, for distance ordering (Hartford ZIP 06106 as the origin). */
const placed: Provider[] = [
  org('a', [
    svc('stamford', ['Stamford']),
    svc('new-haven', ['New Haven']),
    svc('west-hartford', ['West Hartford']),
    svc('hartford', ['Hartford']),
    svc('state', { scope: 'statewide' }),
    svc('unknown', { scope: 'unspecified' }),
  ]),
];

afterEach(() => {
  resetLiveCollections();
  sinon.restore();
});

describe('hart-provider-finder', () => {
  for (const lang of langs) {
    it(`lists every service with its details and is accessible (${lang})`, async () => {
      const el = await fixture<HartProviderFinder>(html`<hart-provider-finder lang=${lang}></hart-provider-finder>`);
      const all = bundled.providers.services();
      expect(names(el)).to.have.length(all.length);
      expect(names(el)).to.include.members(all.map((e) => e.service.name[lang]!));
      const count = $(el, '[part~="count"]').textContent.trim();
      expect(count).to.equal(lang === 'en' ? '11 services' : '11 servicios');
      const text = shadowText(el);
      const village = all.find((e) => e.service.id === 'village-clinical-services')!;
      expect(text).to.contain(village.service.description[lang]!);
      expect(text).to.contain(lang === 'en' ? 'Last reviewed: August 1, 2019' : 'Última revisión: 1 de agosto de 2019');
      expect(text).to.contain(lang === 'en' ? 'How to get a referral' : 'Cómo obtener un referido');
      expect(text).to.contain(lang === 'en' ? 'Not stated; ask when you call' : 'No se indica; pregunte cuando llame');
      await expectAccessible(el);
    });

    it(`shows the hotline and the Careline when nothing matches, and is accessible (${lang})`, async () => {
      const el = await fixture<HartProviderFinder>(
        html`<hart-provider-finder lang=${lang} text="zzzz"></hart-provider-finder>`,
      );
      const empty = $(el, '[part~="empty"]');
      expect(empty).to.exist;
      expect($$(el, '.results li')).to.have.length(0);
      expect($$(el, '[data-hotline]').map((h) => h.dataset.hotline)).to.deep.equal(['nhth', 'careline']);
      const hrefs = $$<HTMLAnchorElement>(el, '[part~="empty"] a').map((a) => a.getAttribute('href'));
      expect(hrefs).to.include.members(['tel:+18883737888', 'sms:233733?&body=HELP', 'tel:+18008422288']);
      expect(empty.textContent).to.contain(bundled.hotlines.byId('careline')!.name[lang]);
      // The same words as in the banner and the red-flags card, named with the hotline.
      const sms = $$<HTMLAnchorElement>(el, '[part~="empty"] a').find(
        (a) => a.getAttribute('href') === 'sms:233733?&body=HELP',
      )!;
      expect(nameOf(sms)).to.equal(
        lang === 'en'
          ? 'Text HELP to 233733, National Human Trafficking Hotline'
          : 'Envíe HELP por mensaje de texto al 233733, Línea Nacional Contra la Trata de Personas',
      );
      await expectAccessible(el);
    });

    it(`opens the filters and stays accessible (${lang})`, async () => {
      const el = await fixture<HartProviderFinder>(html`<hart-provider-finder lang=${lang}></hart-provider-finder>`);
      const details = $<HTMLDetailsElement>(el, 'details');
      expect(details.open).to.equal(false);
      $(el, 'summary').click();
      await el.updateComplete;
      expect(details.open).to.equal(true);
      const labels = $$(el, '.check').map((l) => l.textContent.trim());
      expect(labels).to.include(lang === 'en' ? 'Legal help' : 'Ayuda legal');
      await expectAccessible(el);
    });

    it(`distance results and a place it cannot find are accessible (${lang})`, async () => {
      const el = await fixture<HartProviderFinder>(
        html`<hart-provider-finder lang=${lang} near="Springfield"></hart-provider-finder>`,
      );
      const near = nearBox(el);
      expect(near.getAttribute('aria-invalid')).to.equal('true');
      const error = $(el, `#${near.getAttribute('aria-describedby')!.split(' ')[1]}`);
      expect(error.textContent).to.contain('Springfield');
      await expectAccessible(el);
      el.near = '06051';
      await el.updateComplete;
      expect(near.getAttribute('aria-invalid')).to.equal('false');
      expect($$(el, '.area')[0].textContent).to.equal(
        lang === 'en' ? 'Serves all of Connecticut' : 'Atiende en todo Connecticut',
      );
      await expectAccessible(el);
    });

    it(`contacts confirmed over 24 months ago show the date and the always-current hotline, with axe (${lang})`, async () => {
      const el = await fixture<HartProviderFinder>(
        html`<hart-provider-finder lang=${lang} now="2026-12-03"></hart-provider-finder>`,
      );
      const stale = $$(el, '[part="stale"]');
      expect(stale).to.have.length(bundled.providers.services().length, 'every provider is from the 2019 page');
      const note = stale[0];
      expect(note.closest('article')!.querySelector('dl'), 'next to the contacts').to.equal(
        note.previousElementSibling,
      );
      expect(note.textContent!.replace(/\s+/g, ' ')).to.contain(
        lang === 'en'
          ? 'Last confirmed August 1, 2019. If they fail, call the National Human Trafficking Hotline:'
          : 'Confirmados por última vez el 1 de agosto de 2019. Si no funcionan, llame a la Línea Nacional Contra la Trata de Personas:',
      );
      const call = note.querySelector('a')!;
      expect(call.getAttribute('href')).to.equal('tel:+18883737888');
      expect(nameOf(call)).to.contain('1-888-373-7888');
      await expectAccessible(el);
      // Within 24 months of the review date: no note.
      el.now = '2021-07-01';
      await el.updateComplete;
      expect($$(el, '[part="stale"]')).to.have.length(0);
      // A fresh record from a feed: no note either.
      setLiveCollections({ providers: placed });
      await el.updateComplete;
      el.now = undefined;
      await el.updateComplete;
      expect($$(el, '[part="stale"]')).to.have.length(0);
    });

    it(`a search for a shelter says none is listed, gives the hotline, and labels housing help as related (${lang})`, async () => {
      const el = await fixture<HartProviderFinder>(html`<hart-provider-finder lang=${lang}></hart-provider-finder>`);
      await type(el, textBox(el), lang === 'en' ? 'shelter' : 'albergue');
      const box = $(el, '[part="no-shelter"]');
      expect(box).to.exist;
      expect(box.querySelector('[role="heading"]')!.textContent).to.equal(
        lang === 'en' ? 'No emergency shelter is listed here' : 'Aquí no figura ningún albergue de emergencia',
      );
      expect(box.textContent).to.contain(
        lang === 'en'
          ? 'The National Human Trafficking Hotline can help arrange emergency shelter, 24 hours a day.'
          : 'La Línea Nacional Contra la Trata de Personas puede ayudar a conseguir un albergue de emergencia, las 24 horas del día.',
      );
      expect([...box.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.include('tel:+18883737888');
      // The box comes before the results, which are related services, each said to be so.
      expect(box.compareDocumentPosition($(el, '.results')) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
      expect(ids(el)).to.deep.equal(['ciri-project-rescue']);
      expect($(el, '.why').textContent).to.contain(
        lang === 'en' ? 'Related: housing help, not a shelter' : 'Relacionado: ayuda con la vivienda, no un albergue',
      );
      await expectAccessible(el);
      // Nothing related: the box still says so, above the usual empty state.
      textBox(el).select();
      await type(el, textBox(el), lang === 'en' ? 'shelter therapy' : 'albergue terapia');
      expect($(el, '[part="no-shelter"]')).to.exist;
      expect($(el, '[part~="empty"]')).to.exist;
      await expectAccessible(el);
      textBox(el).select();
      await type(el, textBox(el), lang === 'en' ? 'housing' : 'vivienda');
      expect($(el, '[part="no-shelter"]')).to.equal(null);
    });

    it(`We Matter! near Hartford: never "nearby", eligibility by DCF area office, referral through the liaison (${lang})`, async () => {
      const el = await fixture<HartProviderFinder>(
        html`<hart-provider-finder lang=${lang} near="Hartford"></hart-provider-finder>`,
      );
      const card = $$(el, '.results article').find((a) => a.querySelector('[id$="-klingberg-we-matter"]'))!;
      expect(card.querySelector('.area')).to.equal(null, 'no line under the name: not a distance');
      const text = card.textContent!.replace(/\s+/g, ' ');
      expect(text).not.to.match(/away|de distancia|\bkm\b|mile|milla/);
      const service = bundled.providers.services().find((e) => e.service.id === 'klingberg-we-matter')!.service;
      expect(text).to.contain(service.eligibility![lang]!);
      expect(text).to.contain(service.serviceArea.description![lang]!);
      expect(text).to.contain(service.referral.description![lang]!);
      expect(ids(el).indexOf('salvation-army-bloom')).to.be.lessThan(ids(el).indexOf('klingberg-we-matter'));
      await expectAccessible(el);
    });
  }

  it('finds services from Spanish and English words, accents and case ignored', async () => {
    const el = await fixture<HartProviderFinder>(html`<hart-provider-finder lang="es"></hart-provider-finder>`);
    await type(el, textBox(el), 'abogado');
    expect(ids(el)).to.have.members(['cls-trafficking-survivor-legal-help', 'ciri-project-rescue']);
    expect(shadowText(el)).to.contain('Por qué aparece: “abogado”: Ayuda legal');
    textBox(el).select();
    await type(el, textBox(el), 'TERAPÍA');
    expect(ids(el)).to.deep.equal(['village-clinical-services']);
    textBox(el).select();
    await type(el, textBox(el), 'albergue');
    expect(ids(el)).to.deep.equal(['ciri-project-rescue']);
    textBox(el).select();
    await type(el, textBox(el), 'lawyer');
    expect(ids(el)).to.have.members(['cls-trafficking-survivor-legal-help', 'ciri-project-rescue']);
  });

  it('combines text and facets: category, age and group', async () => {
    const el = await fixture<HartProviderFinder>(html`<hart-provider-finder lang="en"></hart-provider-finder>`);
    $(el, 'summary').click();
    await el.updateComplete;
    const legal = $$<HTMLInputElement>(el, '.check input').find((i) => i.value === 'legal')!;
    legal.focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(ids(el)).to.have.members(['cls-trafficking-survivor-legal-help', 'ciri-project-rescue']);
    expectFocus(el, legal, 'the checkbox');
    const pop = $<HTMLSelectElement>(el, 'select[id$="-pop"]');
    pop.value = 'refugees';
    pop.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['ciri-project-rescue']);
    expect($(el, 'summary').textContent).to.equal('Filters (2 on)');
    // Facets and words together: nothing is both legal help for refugees and about mentoring.
    await type(el, textBox(el), 'mentor');
    expect(ids(el)).to.deep.equal([]);
    expect($(el, '[part~="empty"]')).to.exist;
  });

  it('the age filter keeps services that serve that age, or do not state ages', async () => {
    const el = await fixture<HartProviderFinder>(
      html`<hart-provider-finder service="mentoring foster-care"></hart-provider-finder>`,
    );
    expect(ids(el)).to.have.members([
      'klingberg-we-matter',
      'klingberg-therapeutic-foster-care',
      'village-clinical-services',
    ]);
    expect($<HTMLDetailsElement>(el, 'details').open, 'preset filters are shown').to.equal(true);
    await type(el, $<HTMLInputElement>(el, 'input[id$="-age"]'), '10');
    expect(ids(el)).to.have.members(['klingberg-therapeutic-foster-care', 'village-clinical-services']);
    expect(shadowText(el)).to.contain('Serves age 10');
    expect(shadowText(el)).to.contain('Ages not stated');
  });

  it('sorts by distance from a ZIP code: the town itself and statewide first, then nearest, unstated areas last', async () => {
    setLiveCollections({ providers: placed });
    const el = await fixture<HartProviderFinder>(html`<hart-provider-finder lang="en"></hart-provider-finder>`);
    await type(el, nearBox(el), '06106');
    expect(ids(el)).to.deep.equal(['hartford', 'state', 'west-hartford', 'new-haven', 'stamford', 'unknown']);
    const areas = $$(el, '.area').map((a) => a.textContent);
    expect(areas[0]).to.equal('Serves Hartford');
    expect(areas[1]).to.equal('Serves all of Connecticut');
    expect(areas[2]).to.match(/^About \d miles? away \(West Hartford\)$/);
    expect(areas[3]).to.match(/^About 3\d miles away \(New Haven\)$/);
    expect(areas[5]).to.equal('Area not stated: call to ask');
    const radius = $<HTMLSelectElement>(el, 'select[id$="-radius"]');
    radius.value = '10';
    radius.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['hartford', 'state', 'west-hartford', 'unknown']);
  });

  it('statewide services match every town', async () => {
    for (const near of ['Salisbury', '06355', 'Greenwich']) {
      const el = await fixture<HartProviderFinder>(
        html`<hart-provider-finder near=${near} radius-miles="5"></hart-provider-finder>`,
      );
      const statewide = bundled.providers
        .services()
        .filter((e) => e.service.serviceArea.scope === 'statewide')
        .map((e) => e.service.id);
      expect(ids(el)).to.include.members(statewide);
      expect(ids(el).slice(0, statewide.length)).to.have.members(statewide);
      // We Matter! serves three DCF area offices, not towns: a radius from a town never drops it as if it were far.
      expect(ids(el)).to.include('klingberg-we-matter');
    }
  });

  it('announces the count politely after typing, and focus stays in the box', async () => {
    const el = await fixture<HartProviderFinder>(html`<hart-provider-finder lang="en"></hart-provider-finder>`);
    expect(status(el)).to.equal('');
    await type(el, textBox(el), 'legal');
    expectFocus(el, textBox(el), 'the text box');
    await until(() => status(el) !== '', 'the announcement');
    expect(status(el)).to.equal(`${ids(el).length} services found.`);
    expect($(el, '[role="status"]').classList.contains('visually-hidden')).to.equal(true);
    await type(el, nearBox(el), '06106');
    await until(() => status(el).includes('nearest first'), 'the distance announcement');
    textBox(el).select();
    await type(el, textBox(el), 'zzzz');
    await until(() => status(el).startsWith('No services found'), 'the empty announcement');
  });

  it('shows 20 results, then "show more" adds the next ones and moves focus to the first new one', async () => {
    const many = Array.from({ length: 45 }, (_, i) => svc(`s${String(i).padStart(2, '0')}`, { scope: 'statewide' }));
    setLiveCollections({ providers: [org('many', many)] });
    const el = await fixture<HartProviderFinder>(html`<hart-provider-finder lang="en"></hart-provider-finder>`);
    expect(names(el)).to.have.length(20);
    expect($(el, '[part~="count"]').textContent).to.equal('Showing 20 of 45 services');
    // The paged state, in both languages.
    await expectAccessibleInLangs(el, (lang) => {
      expect($(el, '[part~="count"]').textContent).to.equal(
        lang === 'en' ? 'Showing 20 of 45 services' : 'Se muestran 20 de 45 servicios',
      );
      expect($(el, '[part~="more"]').textContent.trim()).to.equal(lang === 'en' ? 'Show 20 more' : 'Mostrar 20 más');
    });
    const more = $<HTMLButtonElement>(el, '[part~="more"]');
    expect(more.textContent.trim()).to.equal('Show 20 more');
    more.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => names(el).length === 40, '40 results');
    await el.updateComplete;
    expectFocus(el, $$(el, '.results [part~="name"]')[20], 'the 21st result');
    expect(status(el)).to.equal('Showing 40 of 45 services.');
    $<HTMLButtonElement>(el, '[part~="more"]').click();
    await until(() => names(el).length === 45, 'all results');
    expect(!!$(el, '[part~="more"]'), 'no more button').to.equal(false);
  });

  it('can be used with the keyboard alone', async () => {
    const el = await fixture<HartProviderFinder>(html`<hart-provider-finder lang="en"></hart-provider-finder>`);
    textBox(el).focus();
    await sendKeys({ type: 'legal' });
    await sendKeys({ press: 'Tab' });
    expectFocus(el, nearBox(el), 'the place box');
    await sendKeys({ type: '06106' });
    await sendKeys({ press: 'Tab' });
    expect(focused(el)!.id).to.match(/-radius$/);
    await sendKeys({ press: 'Tab' });
    expect(focused(el)!.classList.contains('locate')).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(focused(el)!.tagName).to.equal('SUMMARY');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($<HTMLDetailsElement>(el, 'details').open).to.equal(true);
    await sendKeys({ press: 'Tab' });
    const first = focused(el) as HTMLInputElement;
    expect(first.type).to.equal('checkbox');
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(first.checked).to.equal(true);
    expectFocus(el, first, 'the checkbox');
    expect(ids(el).length).to.be.greaterThan(0);
    // Results are sorted from Hartford and filtered by the checked category and the word.
    expect($$(el, '.area')[0].textContent).to.match(/^Serves/);
    // The first contact link of the first result is reachable and is a real link.
    const link = $<HTMLAnchorElement>(el, '.results a[part~="link"]');
    expect(link.getAttribute('href')).to.match(/^(tel:|sms:|mailto:|https:)/);
  });

  it('fires hart-filter-change on user input only, never for presets', async () => {
    const spy = sinon.spy();
    document.addEventListener('hart-filter-change', spy);
    try {
      const el = await fixture<HartProviderFinder>(
        html`<hart-provider-finder service="legal" near="06106" age="30"></hart-provider-finder>`,
      );
      el.setAttribute('near', '06051');
      await el.updateComplete;
      expect(spy.callCount).to.equal(0);
      setTimeout(() => void type(el, textBox(el), 'a'));
      const ev = (await oneEvent(el, 'hart-filter-change')) as CustomEvent<ProviderFinderFilters>;
      expect(ev.bubbles && ev.composed).to.equal(true);
      expect(ev.detail).to.deep.equal({ text: 'a', services: ['legal'], age: 30, near: '06051', usingLocation: false });
    } finally {
      document.removeEventListener('hart-filter-change', spy);
    }
  });

  describe('sync-url', () => {
    let saved: string;
    beforeEach(() => (saved = location.href));
    afterEach(() => history.replaceState(history.state, '', saved));

    it("reads the filters from the URL and writes changes back in place, keeping the page's own parameters", async () => {
      const url = new URL(location.href);
      url.searchParams.set('page', '2');
      url.searchParams.set('hart-q', 'abogado');
      url.searchParams.set('hart-near', '06106');
      url.searchParams.set('hart-service', 'legal,immigration');
      history.replaceState(history.state, '', url);
      const length = history.length;
      const el = await fixture<HartProviderFinder>(
        html`<hart-provider-finder sync-url service="housing"></hart-provider-finder>`,
      );
      expect(textBox(el).value).to.equal('abogado');
      expect(nearBox(el).value).to.equal('06106');
      expect($$<HTMLInputElement>(el, '.check input:checked').map((i) => i.value)).to.deep.equal([
        'legal',
        'immigration',
      ]);
      expect(ids(el)).to.have.members(['cls-trafficking-survivor-legal-help', 'ciri-project-rescue']);
      textBox(el).select();
      await type(el, textBox(el), 'lawyer');
      await type(el, $<HTMLInputElement>(el, 'input[id$="-age"]'), '19');
      const params = new URLSearchParams(location.search);
      expect(params.get('hart-q')).to.equal('lawyer');
      expect(params.get('hart-age')).to.equal('19');
      expect(params.get('page')).to.equal('2');
      expect(history.length).to.equal(length, 'replaceState: no history entry per keystroke');
      // Round trip: a new element on the same URL shows the same list.
      const again = await fixture<HartProviderFinder>(html`<hart-provider-finder sync-url></hart-provider-finder>`);
      expect(ids(again)).to.deep.equal(ids(el));
      expect(textBox(again).value).to.equal('lawyer');
      $<HTMLButtonElement>(again, '.actions button:last-child').click();
      await again.updateComplete;
      const left = [...new URLSearchParams(location.search).keys()];
      expect(left.filter((k) => k.startsWith('hart-'))).to.deep.equal([]);
      expect(left).to.include('page');
    });

    it('without sync-url the URL is never read or written', async () => {
      const url = new URL(location.href);
      url.searchParams.set('hart-q', 'abogado');
      history.replaceState(history.state, '', url);
      const el = await fixture<HartProviderFinder>(html`<hart-provider-finder></hart-provider-finder>`);
      expect(textBox(el).value).to.equal('');
      await type(el, textBox(el), 'x');
      expect(new URLSearchParams(location.search).get('hart-q')).to.equal('abogado');
    });
  });

  describe('use my location', () => {
    it('asks the browser only when pressed, sorts by distance and keeps the position nowhere', async () => {
      setLiveCollections({ providers: placed });
      const saved = location.href;
      const get = sinon
        .stub(navigator.geolocation, 'getCurrentPosition')
        .callsFake((ok) => ok({ coords: { latitude: 41.31, longitude: -72.92 } } as GeolocationPosition));
      const spy = sinon.spy();
      try {
        const el = await fixture<HartProviderFinder>(
          html`<hart-provider-finder sync-url @hart-filter-change=${spy}></hart-provider-finder>`,
        );
        await type(el, textBox(el), 'help');
        expect(get.callCount).to.equal(0, 'not on load, not on typing');
        $<HTMLButtonElement>(el, '.locate').click();
        await el.updateComplete;
        expect(get.callCount).to.equal(1);
        // A point in New Haven: statewide first (it serves everywhere), then New Haven, the rest farther, unstated last.
        expect(ids(el)).to.deep.equal(['state', 'new-haven', 'west-hartford', 'hartford', 'stamford', 'unknown']);
        expect(shadowText(el)).to.contain('Using your location. It is not saved.');
        expect(JSON.stringify(spy.lastCall.args[0].detail)).not.to.match(/41\.3|72\.9/);
        expect(spy.lastCall.args[0].detail.usingLocation).to.equal(true);
        expect(location.search).not.to.match(/41|72/);
        // Using my location: the note and the Stop button, in both languages.
        await expectAccessibleInLangs(el, (lang) => {
          expect(shadowText(el)).to.contain(
            lang === 'en' ? 'Using your location. It is not saved.' : 'Usando su ubicación. No se guarda.',
          );
          expect($(el, '.forget').textContent.trim()).to.equal(
            lang === 'en' ? 'Stop using my location' : 'Dejar de usar mi ubicación',
          );
        });
        $<HTMLButtonElement>(el, '.forget').click();
        await el.updateComplete;
        expect(shadowText(el)).not.to.contain('Using your location');
        expectFocus(el, $(el, '.locate'), 'the location button');
        expect(get.callCount).to.equal(1);
      } finally {
        history.replaceState(history.state, '', saved);
      }
    });

    const refused = {
      en: {
        shown: 'Location permission was not given. Enter a ZIP code or town instead.',
        heard: 'Location permission was not given',
      },
      es: { shown: 'No se dio permiso para usar su ubicación', heard: 'No se dio permiso' },
    };
    for (const lang of langs) {
      it(`says so when permission is refused (${lang})`, async () => {
        sinon
          .stub(navigator.geolocation, 'getCurrentPosition')
          .callsFake((_ok, fail) => fail!({ code: 1 } as GeolocationPositionError));
        const el = await fixture<HartProviderFinder>(html`<hart-provider-finder lang=${lang}></hart-provider-finder>`);
        $<HTMLButtonElement>(el, '.locate').click();
        await el.updateComplete;
        expect(shadowText(el)).to.contain(refused[lang].shown);
        expect(status(el)).to.contain(refused[lang].heard);
        await expectAccessible(el);
      });
    }

    const unavailable = {
      en: 'Your location is not available right now. Enter a ZIP code or town instead.',
      es: 'Su ubicación no está disponible en este momento. Escriba un código postal o una ciudad.',
    };
    for (const lang of langs) {
      it(`says so when the browser cannot find the position, and the list stays as it was (${lang})`, async () => {
        // Code 2 is POSITION_UNAVAILABLE (no fix: no GPS, Wi-Fi or network answer), unlike 1, a refused permission.
        const get = sinon
          .stub(navigator.geolocation, 'getCurrentPosition')
          .callsFake((_ok, fail) => fail!({ code: 2, message: 'Position unavailable' } as GeolocationPositionError));
        const el = await fixture<HartProviderFinder>(html`<hart-provider-finder lang=${lang}></hart-provider-finder>`);
        const before = ids(el);
        const locate = $<HTMLButtonElement>(el, '.locate');
        locate.click();
        await el.updateComplete;
        expect(get.callCount).to.equal(1);
        // Seen next to the button, tied to it for screen readers, and announced.
        const error = $(el, '.location .error');
        expect(error.textContent.trim()).to.equal(unavailable[lang]);
        expect(locate.getAttribute('aria-describedby')!.split(' ')).to.include(error.id);
        expect(status(el)).to.equal(unavailable[lang]);
        expect(shadowText(el)).not.to.contain(lang === 'en' ? 'Using your location' : 'Usando su ubicación');
        expect(locate.disabled, 'the button can be tried again').to.equal(false);
        expect(ids(el)).to.deep.equal(before);
        await expectAccessible(el);
      });
    }

    it('locating: the button says it is finding the position and waits, disabled, for the browser', async () => {
      let answer: PositionCallback | undefined;
      sinon.stub(navigator.geolocation, 'getCurrentPosition').callsFake((ok) => (answer = ok));
      setLiveCollections({ providers: placed });
      const el = await fixture<HartProviderFinder>(html`<hart-provider-finder lang="en"></hart-provider-finder>`);
      $<HTMLButtonElement>(el, '.locate').click();
      await el.updateComplete;
      await expectAccessibleInLangs(el, (lang) => {
        const locate = $<HTMLButtonElement>(el, '.locate');
        expect(locate.textContent.trim()).to.equal(lang === 'en' ? 'Finding your location…' : 'Buscando su ubicación…');
        expect(locate.disabled).to.equal(true);
      });
      answer!({ coords: { latitude: 41.31, longitude: -72.92 } } as GeolocationPosition);
      await el.updateComplete;
      expect(shadowText(el)).to.contain('Using your location. It is not saved.');
      expect(ids(el)[1]).to.equal('new-haven');
    });
  });

  it('Spanish labels with the data in Spanish, and English fallback marked lang="en"', async () => {
    setLiveCollections({
      providers: [
        org('x', [
          svc(
            'only-english',
            { scope: 'statewide' },
            { name: { en: 'English only name' }, description: { en: 'Only in English.', es: 'Solo en español.' } },
          ),
        ]),
      ],
    });
    const el = await fixture<HartProviderFinder>(html`<hart-provider-finder lang="es"></hart-provider-finder>`);
    const name = $(el, '.results [part~="name"]');
    expect(name.textContent).to.equal('English only name');
    expect(name.getAttribute('lang')).to.equal('en');
    const description = $(el, '.description');
    expect(description.textContent).to.equal('Solo en español.');
    expect(description.hasAttribute('lang')).to.equal(false);
    expect($(el, '[part~="base"]').getAttribute('lang')).to.equal('es');
  });

  it('the language filter keeps services offered in it and those that do not say, and explains which is which', async () => {
    setLiveCollections({
      providers: [
        org('l', [
          svc('spanish', { scope: 'statewide' }, { languages: ['en', 'es-MX'] }),
          svc('english', { scope: 'statewide' }, { languages: ['en'] }),
          svc('unstated', { scope: 'statewide' }),
        ]),
      ],
    });
    const el = await fixture<HartProviderFinder>(
      html`<hart-provider-finder lang="es" language="es"></hart-provider-finder>`,
    );
    expect(ids(el)).to.deep.equal(['spanish', 'unstated']);
    const text = shadowText(el);
    expect(text).to.contain('Se ofrece en español');
    expect(text).to.contain('No indica idiomas');
    expect(text).to.contain('Inglés, Español');
  });

  it('Enter in the place box applies a place it cannot find, and says so', async () => {
    const el = await fixture<HartProviderFinder>(html`<hart-provider-finder lang="en"></hart-provider-finder>`);
    await type(el, nearBox(el), 'Atlantis');
    expect(nearBox(el).getAttribute('aria-invalid')).to.equal('false', 'not while typing');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(nearBox(el).getAttribute('aria-invalid')).to.equal('true');
    expect(shadowText(el)).to.contain('We could not find “Atlantis” in Connecticut.');
    expectFocus(el, nearBox(el), 'the place box');
    expect(names(el)).to.have.length(bundled.providers.services().length, 'the list is still there');
  });

  it('every contact is a real link named with its service; a confidential location says "call for location"', async () => {
    setLiveCollections({
      providers: [
        org(
          'c',
          [
            svc(
              'shelter',
              { scope: 'statewide' },
              {
                contacts: [
                  { kind: 'voice', value: '+18605550100', display: '860-555-0100' },
                  { kind: 'text', value: '233733', keyword: 'HELP' },
                  { kind: 'email', value: 'help@example.org' },
                  { kind: 'web', value: 'javascript:alert(1)' },
                ],
                url: 'https://example.org/shelter',
                crisis247: true,
                locationIds: ['hidden'],
              },
            ),
          ],
          { locations: [{ id: 'hidden', town: 'Hartford', confidential: true }] },
        ),
      ],
    });
    const el = await fixture<HartProviderFinder>(html`<hart-provider-finder lang="en"></hart-provider-finder>`);
    const links = $$<HTMLAnchorElement>(el, '.results a');
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
      'tel:+18605550100',
      'sms:233733?&body=HELP',
      'mailto:help@example.org',
      'https://example.org/shelter',
    ]);
    expect(nameOf(links[0]).replace(/\s+/g, ' ')).to.equal('Call 860-555-0100, Service shelter');
    expect(shadowText(el)).to.contain('Confidential: call for location');
    expect(shadowText(el)).not.to.contain('Hartford');
    expect(shadowText(el)).to.contain('Answers crisis calls 24/7');
  });

  it('prints every result, not just the first page', async () => {
    const many = Array.from({ length: 25 }, (_, i) => svc(`p${String(i).padStart(2, '0')}`, { scope: 'statewide' }));
    setLiveCollections({ providers: [org('many', many)] });
    const el = await fixture<HartProviderFinder>(html`<hart-provider-finder></hart-provider-finder>`);
    let printed = 0;
    sinon.stub(window, 'print').callsFake(() => (printed = names(el).length));
    $<HTMLButtonElement>(el, '.actions button').click();
    await until(() => printed > 0, 'print');
    expect(printed).to.equal(25);
    await el.updateComplete;
    expect(names(el)).to.have.length(20);
  });

  it('print: every result, no form or buttons on paper, accessible in both languages', async () => {
    const many = Array.from({ length: 25 }, (_, i) => svc(`p${String(i).padStart(2, '0')}`, { scope: 'statewide' }));
    setLiveCollections({ providers: [org('many', many)] });
    const el = await fixture<HartProviderFinder>(html`<hart-provider-finder lang="en"></hart-provider-finder>`);
    // The browser's own print (Ctrl+P) fires beforeprint: the finder then lays out every result.
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    try {
      await withPrintMedia(el, async () => {
        expect(names(el)).to.have.length(25);
        expect(getComputedStyle($(el, 'form')).display).to.equal('none');
        expect(getComputedStyle($(el, '.actions')).display).to.equal('none');
        await expectAccessibleInLangs(el, (lang) => {
          expect($(el, '[part~="count"]').textContent).to.equal(lang === 'en' ? '25 services' : '25 servicios');
        });
      });
    } finally {
      window.dispatchEvent(new Event('afterprint'));
    }
    await el.updateComplete;
    expect(names(el)).to.have.length(20);
  });

  it('reflows at 320 px wide without horizontal scrolling, and takes theme colours', async () => {
    await setViewport({ width: 320, height: 800 });
    try {
      const el = await fixture<HartProviderFinder>(
        html`<hart-provider-finder near="06106" style="--hart-finder-accent: rgb(120, 0, 80)"></hart-provider-finder>`,
      );
      $(el, 'summary').click();
      await el.updateComplete;
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      expect(getComputedStyle($(el, '.locate')).color).to.equal('rgb(120, 0, 80)');
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
