import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import sinon from 'sinon';
import { resetLiveCollections, setLiveCollections } from '../../src/internal/data-store.js';
import '../../src/components/event-list/event-list.js';
import type { HartEventList } from '../../src/components/event-list/event-list.js';
import { bundled } from '../../src/sdk/bundled.js';
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

/** Before the 2019 webinar series: all four sessions are upcoming. */
const BEFORE_SERIES = '2019-08-01T09:00:00-04:00';
/** Half way through the series: two sessions past, two upcoming. */
const MID_SERIES = '2019-09-01T09:00:00-04:00';
/** The fact sheets' review date: every dated event is past. */
const TODAY = '2026-11-28T12:00:00-05:00';

const SERIES_IDS = [
  'dcst-2019-101',
  'dcst-2019-trauma-informed-legal-advocacy',
  'dcst-2019-judicial-responses',
  'dcst-2019-juvenile-defenders',
];
const ON_REQUEST_IDS = ['tot-medical-providers', 'tot-law-enforcement'];

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const idsIn = (el: Element, section: string) => $$(el, `[part~="${section}"] [data-event]`).map((n) => n.dataset.event);
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const eventNode = (el: Element, id: string) => $(el, `[data-event="${id}"]`)!;
const sectionHeading = (el: Element, section: string) => text($(el, `[part~="${section}"] > [part="section-heading"]`));

/** A list with `now` fixed and the viewer in Eastern Time unless told otherwise. */
const list = (
  attrs: {
    now?: string;
    lang?: string;
    showPast?: boolean;
    zone?: string;
    type?: string;
    audience?: string;
    limit?: number;
  } = {},
) =>
  fixture<HartEventList>(html`<hart-event-list
    now=${attrs.now ?? TODAY}
    lang=${attrs.lang ?? 'en'}
    time-zone=${attrs.zone ?? 'America/New_York'}
    type=${attrs.type ?? ''}
    audience=${attrs.audience ?? ''}
    limit=${ifDefined(attrs.limit)}
    ?show-past=${attrs.showPast}
  ></hart-event-list>`);

/** Opens every "Add to calendar" disclosure so axe sees its links too. */
async function openCalendars(el: HartEventList) {
  for (const d of $$<HTMLDetailsElement>(el, 'details')) d.open = true;
  await nextFrame();
}

describe('hart-event-list', () => {
  afterEach(() => sinon.restore());

  describe('states, in both languages, with axe', () => {
    const t = {
      en: {
        upcoming: 'Upcoming events',
        onRequest: 'Trainings offered on request',
        past: 'Past events',
        none: 'No scheduled events.',
        ask: 'To ask about trainings, email DCFHART@ct.gov.',
      },
      es: {
        upcoming: 'Próximos eventos',
        onRequest: 'Capacitaciones a solicitud',
        past: 'Eventos anteriores',
        none: 'No hay eventos programados.',
        ask: 'Para preguntar por las capacitaciones, escriba a DCFHART@ct.gov.',
      },
    };
    for (const lang of langs) {
      it(`empty: the source page's "No scheduled events", where to ask, and the trainings offered on request (${lang})`, async () => {
        const el = await list({ lang });
        expect(sectionHeading(el, 'upcoming')).to.equal(t[lang].upcoming);
        const empty = $(el, '[part="empty"]')!;
        expect(text(empty)).to.equal(`${t[lang].none} ${t[lang].ask}`);
        expect(empty.querySelector('a')!.getAttribute('href')).to.equal('mailto:DCFHART@ct.gov');
        expect(idsIn(el, 'upcoming')).to.deep.equal([]);
        expect(sectionHeading(el, 'on-request')).to.equal(t[lang].onRequest);
        expect(idsIn(el, 'on-request')).to.deep.equal(ON_REQUEST_IDS);
        // Past events stay out of sight without show-past.
        expect($(el, '[part~="past"]')).to.equal(null);
        expect(shadowText(el)).not.to.contain(bundled.events.byId('dcst-2019-101')!.title[lang]);
        await expectAccessible(el);
      });

      it(`on request, confirmed over 24 months ago: the date and the always-current hotline, with axe (${lang})`, async () => {
        const el = await list({ lang });
        const notes = $$(el, '[part~="on-request"] [part="stale"]');
        expect(notes).to.have.length(ON_REQUEST_IDS.length);
        expect(text(notes[0])).to.equal(
          lang === 'en'
            ? 'Last confirmed August 1, 2019. If this fails, call the National Human Trafficking Hotline: 1-888-373-7888'
            : 'Confirmado por última vez el 1 de agosto de 2019. Si no funciona, llame a la Línea Nacional Contra la Trata de Personas: 1-888-373-7888',
        );
        expect(notes[0].querySelector('a')!.getAttribute('href')).to.equal('tel:+18883737888');
        expect(notes[0].previousElementSibling!.querySelector('[part="ask"]'), 'after the email to ask').to.exist;
        // The two TOT courses are listed as the page lists them: under "Community Training".
        const series = $(el, '[part~="on-request"] [part="series"]')!;
        expect(text(series.querySelector('[part="series-title"]'))).to.equal(
          lang === 'en' ? 'Community Training' : 'Capacitación comunitaria',
        );
        await expectAccessible(el);
        el.now = '2020-01-01T00:00:00-05:00';
        await el.updateComplete;
        expect($$(el, '[part="stale"]')).to.have.length(0, 'within 24 months: no note');
      });

      it(`a webinar with no joining details says so, not "online" (${lang})`, async () => {
        const el = await list({ lang, now: BEFORE_SERIES });
        const judicial = eventNode(el, 'dcst-2019-judicial-responses');
        expect(text(judicial)).to.contain(
          lang === 'en' ? 'How to join was not published.' : 'No se publicó cómo unirse.',
        );
        expect(text(judicial)).not.to.contain(lang === 'en' ? 'Online' : 'En línea');
        await expectAccessible(el);
      });

      it(`upcoming: the 2019 series together, in date order, each with calendar actions (${lang})`, async () => {
        const el = await list({ lang, now: BEFORE_SERIES });
        expect($(el, '[part="empty"]')).to.equal(null);
        expect(idsIn(el, 'upcoming')).to.deep.equal(SERIES_IDS);
        const series = $$(el, '[part~="upcoming"] [part="series"]');
        expect(series).to.have.length(1);
        expect(text(series[0].querySelector('[part="series-title"]'))).to.equal(
          bundled.events.byId('dcst-2019-101')!.seriesTitle![lang],
        );
        expect(text(series[0])).to.contain(lang === 'en' ? '4 sessions' : '4 sesiones');
        expect($$(el, '[part~="upcoming"] details[part="calendar"]')).to.have.length(4);
        await openCalendars(el);
        await expectAccessible(el);
      });

      it(`past: with show-past, past events in their own labelled section, most recent first (${lang})`, async () => {
        const el = await list({ lang, now: MID_SERIES, showPast: true });
        expect(idsIn(el, 'upcoming')).to.deep.equal(SERIES_IDS.slice(2));
        const past = $(el, '[part~="past"]')!;
        expect(past.tagName).to.equal('SECTION');
        expect(past.getAttribute('aria-labelledby')).to.equal($(el, '[part~="past"] > [part="section-heading"]')!.id);
        expect(sectionHeading(el, 'past')).to.equal(t[lang].past);
        expect(idsIn(el, 'past')).to.deep.equal([SERIES_IDS[1], SERIES_IDS[0]]);
        // Past events offer no dial-in and nothing to add to a calendar.
        expect(past.querySelectorAll('a[href^="tel:"], details').length).to.equal(0);
        await expectAccessible(el);
      });

      it(`past, with nothing upcoming: empty upcoming state and the whole series as past (${lang})`, async () => {
        const el = await list({ lang, showPast: true });
        expect($(el, '[part="empty"]')).to.exist;
        expect(idsIn(el, 'past')).to.deep.equal([...SERIES_IDS].reverse());
        await expectAccessible(el);
      });
    }
  });

  it('names the section headings by level under heading-level', async () => {
    const el = await fixture<HartEventList>(
      html`<hart-event-list now=${BEFORE_SERIES} heading-level="3" lang="en"></hart-event-list>`,
    );
    const level = (sel: string) => $(el, sel)!.getAttribute('aria-level');
    expect(level('[part="heading"]')).to.equal('3');
    expect(level('[part~="upcoming"] > [part="section-heading"]')).to.equal('4');
    expect(level('[part="series-title"]')).to.equal('5');
    expect(level('[data-event="dcst-2019-101"] [part="title"]')).to.equal('6');
  });

  it('keeps upcoming events in date order, whatever the data order', async () => {
    const el = await list({ now: BEFORE_SERIES });
    const times = $$<HTMLTimeElement>(el, '[part~="upcoming"] time').map((t) => Date.parse(t.dateTime));
    expect(times).to.have.length(4);
    expect([...times].sort((a, b) => a - b)).to.deep.equal(times);
  });

  it('shows times in Eastern Time with the zone named, and the viewer zone only when it differs', async () => {
    const el = await list({ now: BEFORE_SERIES, zone: 'America/Los_Angeles' });
    const first = eventNode(el, 'dcst-2019-101');
    expect(text(first.querySelector('[part="when"]'))).to.equal(
      'Eastern Time: Wednesday, August 14, 2019, 1:00 – 2:00 PM EDT (next week)',
    );
    expect(first.querySelector('time')!.getAttribute('datetime')).to.equal('2019-08-14T13:00:00-04:00');
    expect(text(first.querySelector('[part="local-time"]'))).to.equal(
      'Your time: Wednesday, August 14, 2019, 10:00 – 11:00 AM PDT',
    );
    // The list with the viewer's own time line, in both languages.
    await expectAccessibleInLangs(el, (lang) => {
      const local = text(eventNode(el, 'dcst-2019-101').querySelector('[part="local-time"]'));
      expect(local).to.match(lang === 'en' ? /^Your time: .*PDT$/ : /^Su hora local: .*PDT$/);
    });

    const es = await list({ now: BEFORE_SERIES, zone: 'Europe/Madrid', lang: 'es' });
    const firstEs = eventNode(es, 'dcst-2019-101');
    expect(text(firstEs.querySelector('[part="when"]'))).to.equal(
      'Hora del Este: miércoles, 14 de agosto de 2019, 1:00–2:00 p.m. EDT (la próxima semana)',
    );
    expect(text(firstEs.querySelector('[part="local-time"]'))).to.match(
      /^Su hora local: miércoles, 14 de agosto de 2019, 7:00–8:00 p\.m\. \S+/,
    );

    const eastern = await list({ now: BEFORE_SERIES, zone: 'America/New_York' });
    expect($$(eastern, '[part="local-time"]')).to.have.length(0);
  });

  it('uses the browser zone for the second line when time-zone is absent or not a zone', async () => {
    const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const el = await list({ now: BEFORE_SERIES, zone: 'Not/AZone' });
    const local = $$(el, '[part="local-time"]');
    const differs =
      new Date('2019-08-14T17:00:00Z').toLocaleString('en-US', { timeZone: browserZone }) !==
      new Date('2019-08-14T17:00:00Z').toLocaleString('en-US', { timeZone: 'America/New_York' });
    expect(local.length).to.equal(differs ? 4 : 0);
  });

  it('dials in with one tap: tel: with pauses and the access code, named to say so', async () => {
    for (const lang of langs) {
      const el = await list({ now: BEFORE_SERIES, lang });
      const dial = $$<HTMLAnchorElement>(el, 'a[part="dial-in"]');
      expect(dial).to.have.length(1, 'only the first session has joining details');
      expect(dial[0].getAttribute('href')).to.equal('tel:+18666466488,,9793137700%23');
      expect(dial[0].closest('[data-event]')!.getAttribute('data-event')).to.equal('dcst-2019-101');
      const visible = text(dial[0]);
      const name = nameOf(dial[0]);
      expect(name.startsWith(visible), 'label in name').to.be.true;
      if (lang === 'en') {
        expect(visible).to.equal('Join by phone: (866) 646-6488, access code 9793137700#');
        expect(name).to.contain('dials the access code for you');
      } else {
        expect(visible).to.equal('Unirse por teléfono: (866) 646-6488, código de acceso 9793137700#');
        expect(name).to.contain('Se llama al número y el código de acceso se marca automáticamente');
        expect(name).not.to.match(/\bLlama\b/, 'no tú command where the list speaks usted');
      }
    }
  });

  it('offers on-request trainings with the email to ask, subject prefilled', async () => {
    const el = await list();
    const ask = $$<HTMLAnchorElement>(el, '[part~="on-request"] a[part="ask"]');
    expect(ask).to.have.length(2);
    const first = ask[0];
    const title = 'Training of Trainers (TOT): Introduction to Human Trafficking for Medical Providers';
    expect(first.getAttribute('href')).to.equal(`mailto:DCFHART@ct.gov?subject=${encodeURIComponent(title)}`);
    expect(text(first)).to.equal('Email DCFHART@ct.gov to ask');
    expect(nameOf(first)).to.equal(`Email DCFHART@ct.gov to ask: ${title}`);
    expect(text(eventNode(el, 'tot-medical-providers'))).to.contain('Offered on request, no date set.');
    expect($$(el, '[part~="on-request"] details, [part~="on-request"] time')).to.have.length(0);
  });

  it('downloads an .ics made only on click, with the download attribute, and announces it', async () => {
    const el = await list({ now: BEFORE_SERIES });
    const blobs: Blob[] = [];
    const create = sinon.stub(URL, 'createObjectURL').callsFake((b: Blob | MediaSource) => {
      blobs.push(b as Blob);
      return 'blob:hart-test';
    });
    sinon.stub(URL, 'revokeObjectURL');
    const clicked: { href: string; download: string; connected: boolean }[] = [];
    sinon.stub(HTMLAnchorElement.prototype, 'click').callsFake(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download, connected: this.isConnected });
    });
    const added: unknown[] = [];
    el.addEventListener('hart-add-to-calendar', (e) => added.push(e.detail));
    expect(create.called, 'nothing is made before a click').to.be.false;

    const details = eventNode(el, 'dcst-2019-101').querySelector<HTMLDetailsElement>('details')!;
    details.open = true;
    const button = details.querySelector<HTMLButtonElement>('button[part="calendar-button"]')!;
    expect(text(button)).to.equal('Download calendar file (.ics)');
    expect(nameOf(button)).to.equal('Download calendar file (.ics): Domestic Child Sex Trafficking 101');
    button.click();
    await el.updateComplete;

    expect(create.calledOnce).to.be.true;
    expect(clicked).to.deep.equal([{ href: 'blob:hart-test', download: 'dcst-2019-101.ics', connected: true }]);
    expect(blobs[0].type).to.equal('text/calendar;charset=utf-8');
    const ics = await blobs[0].text();
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).to.be.true;
    expect(ics).to.contain('\r\nMETHOD:PUBLISH\r\n');
    expect(ics).to.contain('\r\nUID:dcst-2019-101@hart-widgets\r\n');
    expect(ics).to.contain('\r\nDTSTART:20190814T170000Z\r\nDTEND:20190814T180000Z\r\n');
    expect(ics).to.contain('\r\nSUMMARY;LANGUAGE=en:Domestic Child Sex Trafficking 101\r\n');
    expect(ics.match(/BEGIN:VEVENT/g)).to.have.length(1);
    for (const line of ics.slice(0, -2).split('\r\n')) expect(new TextEncoder().encode(line).length).to.be.at.most(75);
    expect(text($(el, '[role="status"]'))).to.equal('Downloading calendar file dcst-2019-101.ics.');
    expect(added).to.deep.equal([{ eventIds: ['dcst-2019-101'], service: 'ics' }]);
    expect($$(el, 'a[download]')).to.have.length(0, 'the temporary link is gone');

    // The whole series in one file.
    const seriesButton = $<HTMLButtonElement>(el, '.series-actions button')!;
    expect(text(seriesButton)).to.equal('Download all 4 sessions (.ics)');
    seriesButton.click();
    const seriesIcs = await blobs[1].text();
    expect(seriesIcs.match(/BEGIN:VEVENT/g)).to.have.length(4);
    expect(clicked[1].download).to.equal('hart-events.ics');
    expect(added[1]).to.deep.equal({ eventIds: SERIES_IDS, service: 'ics' });
  });

  it('writes the .ics in the element language', async () => {
    const el = await list({ now: BEFORE_SERIES, lang: 'es' });
    let blob: Blob | undefined;
    sinon.stub(URL, 'createObjectURL').callsFake((b) => ((blob = b as Blob), 'blob:x'));
    sinon.stub(URL, 'revokeObjectURL');
    sinon.stub(HTMLAnchorElement.prototype, 'click');
    eventNode(el, 'dcst-2019-101').querySelector<HTMLButtonElement>('button')!.click();
    const ics = (await blob!.text()).replace(/\r\n /g, '');
    expect(ics).to.contain(`SUMMARY;LANGUAGE=es:${bundled.events.byId('dcst-2019-101')!.title.es}`);
    expect(ics).to.contain('LOCATION;LANGUAGE=es:Por teléfono: (866) 646-6488\\, código de acceso 9793137700#');
    await el.updateComplete;
    expect(text($(el, '[role="status"]'))).to.equal('Descargando el archivo de calendario dcst-2019-101.ics.');
  });

  it('calendar links are https only, open in a new tab, and nothing is requested before a click', async () => {
    const fetchSpy = sinon.spy(window, 'fetch');
    const xhrSpy = sinon.spy(XMLHttpRequest.prototype, 'open');
    const beaconSpy = sinon.spy(navigator, 'sendBeacon');
    const el = await list({ now: BEFORE_SERIES });
    await openCalendars(el);
    const links = $$<HTMLAnchorElement>(el, 'a[part="calendar-link"]');
    expect(links).to.have.length(12, 'Google, Outlook.com and Microsoft 365 for each of four sessions');
    for (const a of links) {
      const url = new URL(a.href);
      expect(url.protocol).to.equal('https:');
      expect(['calendar.google.com', 'outlook.live.com', 'outlook.office.com']).to.include(url.host);
      expect(a.target).to.equal('_blank');
      expect(a.rel).to.equal('noopener noreferrer');
      expect(nameOf(a).startsWith(text(a)), 'label in name').to.be.true;
    }
    // Every link in the element uses an allowed scheme.
    for (const a of $$<HTMLAnchorElement>(el, 'a[href]'))
      expect(a.getAttribute('href')).to.match(/^(https:|tel:|mailto:)/);
    // No request of any kind to a calendar service, and nothing in the element loads a resource.
    const calendarHosts = /google|outlook|office|live\.com/;
    expect(performance.getEntriesByType('resource').filter((r) => calendarHosts.test(r.name))).to.deep.equal([]);
    expect($$(el, 'img, iframe, script, link, object, embed, video, audio')).to.have.length(0);
    expect(fetchSpy.called).to.be.false;
    expect(xhrSpy.called).to.be.false;
    expect(beaconSpy.called).to.be.false;

    const google = eventNode(el, 'dcst-2019-101').querySelector<HTMLAnchorElement>('a[data-service="google"]')!;
    const params = new URL(google.href).searchParams;
    expect(params.get('text')).to.equal('Domestic Child Sex Trafficking 101');
    expect(params.get('dates')).to.equal('20190814T170000Z/20190814T180000Z');
    // A click reports which service; the host may count it. (The navigation itself is stopped in the test.)
    const added: unknown[] = [];
    el.addEventListener('hart-add-to-calendar', (e) => {
      added.push(e.detail);
    });
    google.addEventListener('click', (e) => e.preventDefault(), { once: true });
    google.click();
    expect(added).to.deep.equal([{ eventIds: ['dcst-2019-101'], service: 'google' }]);
  });

  it('works from the keyboard: the dial-in link, then "Add to calendar" opens with Enter and its actions follow', async () => {
    const el = await list({ now: BEFORE_SERIES });
    const first = eventNode(el, 'dcst-2019-101');
    first.querySelector<HTMLAnchorElement>('a[part="dial-in"]')!.focus();
    await sendKeys({ press: 'Tab' });
    const summary = first.querySelector('summary')!;
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    await sendKeys({ press: 'Enter' });
    expect(first.querySelector('details')!.open).to.be.true;
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(first.querySelector('button[part="calendar-button"]'));
    expect(getComputedStyle(el.shadowRoot!.activeElement!).outlineStyle).to.equal('solid');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement!.getAttribute('data-service')).to.equal('google');
  });

  it('treats the `now` attribute as now, and follows it when it changes', async () => {
    const el = await list({ now: BEFORE_SERIES });
    expect(idsIn(el, 'upcoming')).to.deep.equal(SERIES_IDS);
    el.now = '2019-09-12T00:00:00-04:00';
    await el.updateComplete;
    expect(idsIn(el, 'upcoming')).to.deep.equal(['dcst-2019-juvenile-defenders']);
    // A lone session still says which series it belongs to.
    expect(text(eventNode(el, 'dcst-2019-juvenile-defenders'))).to.contain(
      'Part of the series: Domestic Child Sex Trafficking webinar series',
    );
    // During the session: still listed, marked as happening now.
    el.now = '2019-09-25T13:30:00-04:00';
    await el.updateComplete;
    expect(idsIn(el, 'upcoming')).to.deep.equal(['dcst-2019-juvenile-defenders']);
    expect(text(eventNode(el, 'dcst-2019-juvenile-defenders').querySelector('[part="badge"].live'))).to.equal(
      'Happening now',
    );
    await expectAccessibleInLangs(el, (lang) => {
      const badge = eventNode(el, 'dcst-2019-juvenile-defenders').querySelector('[part="badge"].live');
      expect(text(badge)).to.equal(lang === 'en' ? 'Happening now' : 'En curso');
    });
    // An invalid value falls back to the real time (all 2019 events are past by then).
    el.now = 'not a date';
    await el.updateComplete;
    expect(idsIn(el, 'upcoming')).to.deep.equal([]);
    expect($(el, '[part="empty"]')).to.exist;
  });

  it('filters by type and audience, and limits the count', async () => {
    const webinars = await list({ now: BEFORE_SERIES, type: 'webinar' });
    expect(idsIn(webinars, 'upcoming')).to.deep.equal(SERIES_IDS);
    expect($(webinars, '[part~="on-request"]')).to.equal(null);

    const tot = await list({ now: BEFORE_SERIES, type: 'training-of-trainers' });
    expect(idsIn(tot, 'upcoming')).to.deep.equal([]);
    expect($(tot, '[part="empty"]'), 'nothing scheduled of this type').to.exist;
    expect(idsIn(tot, 'on-request')).to.deep.equal(['tot-medical-providers', 'tot-law-enforcement']);

    const judges = await list({ now: BEFORE_SERIES, audience: 'judiciary' });
    expect(idsIn(judges, 'upcoming')).to.deep.equal(['dcst-2019-101', 'dcst-2019-judicial-responses']);
    expect(idsIn(judges, 'on-request')).to.deep.equal([]);

    const several = await list({
      now: BEFORE_SERIES,
      audience: 'healthcare law-enforcement',
      type: 'training-of-trainers webinar',
    });
    expect(idsIn(several, 'on-request')).to.deep.equal(['tot-medical-providers', 'tot-law-enforcement']);
    expect(idsIn(several, 'upcoming')).to.deep.equal([]);

    const two = await list({ now: BEFORE_SERIES, limit: 2 });
    expect(idsIn(two, 'upcoming')).to.deep.equal(SERIES_IDS.slice(0, 2));
    const onePast = await list({ now: MID_SERIES, limit: 1, showPast: true });
    expect(idsIn(onePast, 'past')).to.deep.equal([SERIES_IDS[1]]);
  });

  it('says when in relative words in the element language', async () => {
    const el = await list({ now: '2019-08-13T09:00:00-04:00', lang: 'es' });
    const rel = (id: string) => text(eventNode(el, id).querySelector('[part="relative"]'));
    expect(rel('dcst-2019-101')).to.equal('(mañana)');
    expect(rel('dcst-2019-trauma-informed-legal-advocacy')).to.equal('(dentro de 2 semanas)');
    el.lang = 'en';
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(rel('dcst-2019-101')).to.equal('(tomorrow)');
    el.now = '2019-08-14T12:30:00-04:00';
    await el.updateComplete;
    expect(rel('dcst-2019-101')).to.equal('(in 30 minutes)');
  });

  it('follows the page language when it has no lang of its own', async () => {
    const wrapper = await fixture(html`<div lang="es"><hart-event-list now=${BEFORE_SERIES}></hart-event-list></div>`);
    const el = wrapper.querySelector('hart-event-list')!;
    await el.updateComplete;
    expect(text($(el, '[part="heading"]'))).to.equal('Capacitaciones y eventos');
    expect($(el, '[part="base"]')!.getAttribute('lang')).to.equal('es');
  });

  it('structured-data: schema.org Event JSON-LD in the light DOM, as text, kept in step', async () => {
    const el = await fixture<HartEventList>(
      html`<hart-event-list structured-data now=${BEFORE_SERIES} lang="en"></hart-event-list>`,
    );
    const scripts = () => [...el.querySelectorAll<HTMLScriptElement>(':scope > script[type="application/ld+json"]')];
    expect(scripts()).to.have.length(1);
    expect(el.shadowRoot!.querySelector('script')).to.equal(
      null,
      'not in the shadow root, where search engines do not look',
    );
    const data = JSON.parse(scripts()[0].textContent);
    expect(data['@context']).to.equal('https://schema.org');
    expect(data['@graph'].map((e: { name: string }) => e.name)).to.deep.equal(
      SERIES_IDS.map((id) => bundled.events.byId(id)!.title.en),
    );
    const first = data['@graph'][0];
    expect(first).to.include({
      '@type': 'Event',
      startDate: '2019-08-14T13:00:00-04:00',
      endDate: '2019-08-14T14:00:00-04:00',
      eventStatus: 'https://schema.org/EventScheduled',
    });
    expect(first.location).to.deep.equal({
      '@type': 'VirtualLocation',
      name: 'By phone: (866) 646-6488, access code 9793137700#',
    });
    expect(first.superEvent).to.deep.equal({
      '@type': 'EventSeries',
      name: 'Domestic Child Sex Trafficking webinar series',
    });
    expect(scripts()[0].children).to.have.length(0);

    // Follows filters and language; one script only.
    el.audience = 'judiciary';
    el.setAttribute('lang', 'es');
    await el.updateComplete;
    expect(scripts()).to.have.length(1);
    const es = JSON.parse(scripts()[0].textContent);
    expect(es['@graph'].map((e: { name: string }) => e.name)).to.deep.equal(
      ['dcst-2019-101', 'dcst-2019-judicial-responses'].map((id) => bundled.events.byId(id)!.title.es),
    );

    el.structuredData = false;
    await el.updateComplete;
    expect(scripts()).to.have.length(0);
  });

  /** Loads the element into an iframe whose CSP enforces Trusted Types with the given allowed policy names. */
  async function underTrustedTypes(
    policies: string,
    check: (el: HartEventList, violations: string[]) => Promise<void>,
  ) {
    // The .ts source: the test server maps `.js` imports to `.ts` only inside TypeScript modules.
    const moduleUrl = new URL('../../src/components/event-list/event-list.ts', import.meta.url).href;
    const iframe = document.createElement('iframe');
    iframe.srcdoc = `<!doctype html><html lang="en"><head>
      <meta http-equiv="Content-Security-Policy" content="require-trusted-types-for 'script'; trusted-types ${policies}">
      <script type="module">
        window.violations = [];
        document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.violatedDirective + ' ' + e.sample));
        import(${JSON.stringify(moduleUrl)}).then(() => (window.ready = true), (e) => (window.failed = String(e)));
      </script></head>
      <body><hart-event-list structured-data now="${BEFORE_SERIES}"></hart-event-list></body></html>`;
    document.body.append(iframe);
    try {
      const win = iframe.contentWindow as Window & {
        ready?: boolean;
        failed?: string;
        violations: string[];
        trustedTypes?: unknown;
      };
      for (let i = 0; i < 200 && !win.ready && !win.failed; i++) await new Promise((r) => setTimeout(r, 25));
      expect(win.failed).to.equal(undefined);
      expect(win.trustedTypes, 'the browser enforces Trusted Types').to.exist;
      const el = iframe.contentDocument!.querySelector('hart-event-list') as HartEventList;
      await el.updateComplete;
      expect([...el.shadowRoot!.querySelectorAll('[part~="upcoming"] [data-event]')]).to.have.length(4);
      await check(el, win.violations);
    } finally {
      iframe.remove();
    }
  }

  it('under Trusted Types: renders, and writes structured data through the `hart-widgets` policy with no violation', async () => {
    await underTrustedTypes('lit-html hart-widgets', async (el, violations) => {
      const script = el.querySelector('script[type="application/ld+json"]')!;
      expect(JSON.parse(script.textContent)['@graph']).to.have.length(4);
      expect(violations).to.deep.equal([]);
    });
  });

  it('under Trusted Types without the `hart-widgets` policy: the list renders and the JSON-LD is still in the page', async () => {
    await underTrustedTypes('lit-html', async (el, violations) => {
      const script = el.querySelector('script[type="application/ld+json"]')!;
      expect(JSON.parse(script.textContent)['@graph']).to.have.length(4);
      // The browser reports the refused policy (and, in Chromium, the script text); nothing else is refused.
      for (const v of violations) expect(v).to.match(/^(trusted-types|require-trusted-types-for) /);
    });
  });

  it('structured-data with show-past: only the upcoming events, never a past one as scheduled', async () => {
    const el = await fixture<HartEventList>(
      html`<hart-event-list structured-data show-past now=${MID_SERIES} lang="en"></hart-event-list>`,
    );
    expect(idsIn(el, 'past')).to.deep.equal([SERIES_IDS[1], SERIES_IDS[0]], 'past events are listed');
    const data = JSON.parse(el.querySelector(':scope > script[type="application/ld+json"]')!.textContent!);
    expect(data['@graph'].map((e: { name: string }) => e.name)).to.deep.equal(
      SERIES_IDS.slice(2).map((id) => bundled.events.byId(id)!.title.en),
    );
    el.now = TODAY;
    await el.updateComplete;
    const today = JSON.parse(el.querySelector(':scope > script[type="application/ld+json"]')!.textContent!);
    expect(today['@graph']).to.deep.equal([], 'every dated event is past today');
  });

  it('adds no structured data unless asked', async () => {
    const el = await list({ now: BEFORE_SERIES });
    expect(el.querySelector('script')).to.equal(null);
  });

  it('fits 320 px without horizontal scrolling, with 44 px calendar actions', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await list({ now: BEFORE_SERIES, lang: 'es', zone: 'America/Los_Angeles', showPast: true });
      await openCalendars(el);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      for (const node of $$(el, '[data-event], a, button, summary')) {
        expect(node.getBoundingClientRect().right, text(node).slice(0, 40)).to.be.at.most(320);
      }
      for (const target of $$(el, 'summary, button[part="calendar-button"], a[part="calendar-link"]')) {
        const r = target.getBoundingClientRect();
        expect(r.height, text(target)).to.be.at.least(44);
        expect(r.width, text(target)).to.be.at.least(44);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('print: calendar actions and the viewer-zone line are left out; times, dial-in and email stay', async () => {
    const el = await list({ now: BEFORE_SERIES, zone: 'America/Los_Angeles' });
    await withPrintMedia(el, () => {
      expect(getComputedStyle($(el, 'details[part="calendar"]')!).display).to.equal('none');
      expect(getComputedStyle($(el, '.series-actions')!).display).to.equal('none');
      expect(getComputedStyle($(el, '[part="local-time"]')!).display).to.equal('none');
      expect($(el, '[part="when"]')!.getBoundingClientRect().height).to.be.greaterThan(0);
      const dial = $(el, 'a[part="dial-in"]')!;
      expect(dial.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(getComputedStyle(dial).color).to.equal('rgb(0, 0, 0)');
    });
  });

  it('stays readable in forced-colors mode: buttons and links keep a visible border', async () => {
    const el = await list({ now: BEFORE_SERIES });
    await openCalendars(el);
    const ran = await withForcedColors(async () => {
      expect(matchMedia('(forced-colors: active)').matches).to.be.true;
      for (const target of $$(el, 'summary, button, a[part="calendar-link"]')) {
        expect(getComputedStyle(target).borderTopStyle, text(target)).to.equal('solid');
        expect(target.getBoundingClientRect().height).to.be.at.least(44);
      }
      await expectAccessible(el);
    });
    // Firefox over WebDriver BiDi and WebKit over WebDriver cannot emulate forced colors; the Chromium run covers it.
    if (!ran) expect(emulatesMedia, 'only Chromium must emulate forced colors').to.be.false;
  });

  it('takes theming from --hart-* properties and ::part()', async () => {
    const style = document.createElement('style');
    style.textContent = 'hart-event-list.themed::part(title) { text-transform: uppercase; }';
    document.head.append(style);
    try {
      const el = await fixture<HartEventList>(html`<hart-event-list class="themed" now=${BEFORE_SERIES}
        style="--hart-events-card-bg: rgb(1, 2, 3); --hart-events-accent: rgb(4, 5, 6)"></hart-event-list>`);
      expect(getComputedStyle($(el, '[part="series"]')!).backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle($(el, 'button[part="calendar-button"]')!).backgroundColor).to.equal('rgb(4, 5, 6)');
      expect(getComputedStyle($(el, '[part="title"]')!).textTransform).to.equal('uppercase');
    } finally {
      style.remove();
    }
  });

  it("shows a live feed's cancelled session as cancelled, with no way to join or add it", async () => {
    const el = await list({ now: BEFORE_SERIES });
    const source = bundled.events
      .all()
      .map((e) => (e.id === 'dcst-2019-101' ? { ...e, status: 'cancelled' as const } : e));
    try {
      setLiveCollections({ events: source });
      await el.updateComplete;
      const node = eventNode(el, 'dcst-2019-101');
      expect(text(node.querySelector('[part="badge"].alert'))).to.equal('Cancelled');
      expect(getComputedStyle(node.querySelector('time')!).textDecorationLine).to.equal('line-through');
      expect(node.querySelector('a[part="dial-in"], details')).to.equal(null);
      expect(text($(el, '.series-actions button'))).to.equal('Download all 3 sessions (.ics)');
      await expectAccessible(el);
      await expectAccessibleInLangs(el, (lang) => {
        expect(text(eventNode(el, 'dcst-2019-101').querySelector('[part="badge"].alert'))).to.equal(
          lang === 'en' ? 'Cancelled' : 'Cancelado',
        );
        expect(text($(el, '.series-actions button'))).to.equal(
          lang === 'en' ? 'Download all 3 sessions (.ics)' : 'Descargar las 3 sesiones (.ics)',
        );
      });
    } finally {
      resetLiveCollections();
    }
    await el.updateComplete;
    expect(eventNode(el, 'dcst-2019-101').querySelector('[part="badge"].alert')).to.equal(null);
  });
});
