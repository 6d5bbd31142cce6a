import { test } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { bundled } from '../../src/sdk/bundled.js';
import { createDataset } from '../../src/sdk/dataset.js';
import {
  calendarLinks,
  eventDetails,
  eventJsonLd,
  eventsJsonLd,
  filterEvents,
  groupBySeries,
  formatEventTime,
  formatLocalEventTime,
  relativeTime,
  toIcs,
} from '../../src/sdk/core.js';
import { formatSpan, zoneOffset } from '../../src/sdk/event-time.js';
import { escapeIcsText, foldIcsLine } from '../../src/sdk/ics.js';
import type { DatasetCollections, HartEvent } from '../../src/sdk/types.js';

const ET = 'America/New_York';

const ev = (
  id: string,
  start: string | undefined,
  end: string | undefined,
  more: Partial<HartEvent> = {},
): HartEvent => ({
  id,
  start,
  end,
  status: 'scheduled',
  type: 'webinar',
  timeZone: ET,
  title: { en: `Title ${id}`, es: `Título ${id}` },
  description: { en: `About ${id}`, es: `Sobre ${id}` },
  audience: ['legal'],
  where: { mode: 'online' },
  organizers: ['DCF'],
  sources: [{ title: 't' }],
  reviewed: '2026-01-01',
  ...more,
});

/** Parses an .ics with ical.js and returns its VCALENDAR and events. */
function parse(ics: string) {
  const cal = new ICAL.Component(ICAL.parse(ics));
  return { cal, events: cal.getAllSubcomponents('vevent').map((c) => ({ c, e: new ICAL.Event(c) })) };
}

/** Physical lines of an .ics (it must end with CRLF and contain no bare LF or CR). */
function physicalLines(ics: string): string[] {
  assert.ok(ics.endsWith('\r\n'), 'ends with CRLF');
  assert.doesNotMatch(ics.replace(/\r\n/g, ''), /[\r\n]/, 'only CRLF line ends');
  return ics.slice(0, -2).split('\r\n');
}

/** RFC 5545 §3.1 unfolding. */
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');

const STAMP = '2019-08-01T12:00:00Z';

test('every bundled dated event round-trips through ical.js with the same fields, in both languages', () => {
  const dated = bundled.events.all().filter((e) => e.start);
  assert.ok(dated.length >= 4);
  for (const lang of ['en', 'es'] as const) {
    const ics = toIcs(dated, { lang, now: STAMP });
    const { cal, events } = parse(ics);
    assert.equal(cal.getFirstPropertyValue('version'), '2.0');
    assert.equal(cal.getFirstPropertyValue('method'), 'PUBLISH');
    assert.match(String(cal.getFirstPropertyValue('prodid')), /^-\/\/hart-widgets\/\//);
    assert.equal(events.length, dated.length);
    for (const [i, source] of dated.entries()) {
      const { c, e } = events[i];
      const d = eventDetails(source, { lang });
      assert.equal(e.uid, `${source.id}@hart-widgets`);
      assert.equal(e.summary, d.title);
      assert.equal(e.description, d.description);
      assert.equal(e.location ?? '', d.location, 'no LOCATION line when the place is not known');
      assert.equal(e.startDate.toJSDate().getTime(), Date.parse(source.start!));
      assert.equal(e.endDate.toJSDate().getTime(), Date.parse(source.end!));
      assert.equal(e.startDate.zone?.tzid, 'UTC', 'times are written in UTC');
      assert.equal(c.getFirstPropertyValue('status'), 'CONFIRMED');
      assert.equal(String(c.getFirstPropertyValue('dtstamp')), '2019-08-01T12:00:00Z');
      assert.equal(c.getFirstProperty('summary')!.getParameter('language'), lang);
    }
    for (const line of physicalLines(ics)) assert.ok(Buffer.byteLength(line) <= 75, line);
  }
});

test('the UID is stable: the same event gets the same UID in every file, whatever else is in it', () => {
  const one = parse(bundled.events.toIcs('dcst-2019-101', { now: STAMP })).events[0].e.uid;
  const many = parse(
    bundled.events.toIcs(['dcst-2019-judicial-responses', 'dcst-2019-101'], { now: '2020-01-01T00:00:00Z' }),
  );
  assert.equal(one, 'dcst-2019-101@hart-widgets');
  assert.ok(many.events.some(({ e }) => e.uid === one));
  assert.equal(new Set(many.events.map(({ e }) => e.uid)).size, 2);
});

test('the dial-in is in the location and the description, with its access code', () => {
  const { events } = parse(bundled.events.toIcs(['dcst-2019-101'], { now: STAMP }));
  assert.equal(events[0].e.location, 'By phone: (866) 646-6488, access code 9793137700#');
  assert.match(events[0].e.description, /Join by phone: \(866\) 646-6488, access code 9793137700#/);
  const es = parse(bundled.events.toIcs(['dcst-2019-101'], { now: STAMP, lang: 'es' })).events[0].e;
  assert.equal(es.location, 'Por teléfono: (866) 646-6488, código de acceso 9793137700#');
});

test('dataset toIcs skips unknown ids and undated events, and refuses a file with no event', () => {
  const ics = bundled.events.toIcs(['nope', 'tot-medical-providers', 'dcst-2019-101'], { now: STAMP });
  assert.deepEqual(
    parse(ics).events.map(({ e }) => e.uid),
    ['dcst-2019-101@hart-widgets'],
  );
  assert.throws(() => bundled.events.toIcs(['tot-medical-providers']), RangeError);
  assert.throws(() => bundled.events.toIcs([]), RangeError);
});

test('DTSTAMP defaults to the time the file is made', () => {
  const before = Math.floor(Date.now() / 1000) * 1000;
  const stamp = parse(
    toIcs(ev('a', '2026-05-01T10:00:00-04:00', '2026-05-01T11:00:00-04:00')),
  ).events[0].c.getFirstPropertyValue('dtstamp') as ICAL.Time;
  const t = stamp.toJSDate().getTime();
  assert.ok(t >= before && t <= Date.now(), 'stamp is now');
});

test('events on the days daylight saving starts and ends keep their real instants', () => {
  const events = [
    // 2026-03-08: clocks go from 2:00 EST to 3:00 EDT. 1:30 EST to 3:30 EDT is one hour.
    ev('spring-night', '2026-03-08T01:30:00-05:00', '2026-03-08T03:30:00-04:00'),
    ev('spring-afternoon', '2026-03-08T13:00:00-04:00', '2026-03-08T14:00:00-04:00'),
    // 2026-11-01: clocks go from 2:00 EDT back to 1:00 EST; 1:30 happens twice.
    ev('fall-night', '2026-11-01T01:30:00-04:00', '2026-11-01T01:30:00-05:00'),
    ev('fall-afternoon', '2026-11-01T13:00:00-05:00', '2026-11-01T14:00:00-05:00'),
  ];
  const ics = toIcs(events, { now: STAMP });
  const text = unfold(ics);
  assert.match(text, /DTSTART:20260308T063000Z\r\nDTEND:20260308T073000Z/);
  assert.match(text, /DTSTART:20260308T170000Z\r\nDTEND:20260308T180000Z/);
  assert.match(text, /DTSTART:20261101T053000Z\r\nDTEND:20261101T063000Z/);
  assert.match(text, /DTSTART:20261101T180000Z\r\nDTEND:20261101T190000Z/);
  const parsed = parse(ics).events;
  for (const [i, source] of events.entries()) {
    assert.equal(parsed[i].e.startDate.toJSDate().getTime(), Date.parse(source.start!));
    assert.equal(parsed[i].e.endDate.toJSDate().getTime(), Date.parse(source.end!));
    assert.equal(parsed[i].e.duration.toSeconds(), 3600, `${source.id} lasts one hour`);
  }
  // Shown in Eastern Time, each end names its own zone when the offset changes in between.
  const norm = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ');
  assert.equal(norm(formatEventTime(events[0])), 'Sunday, March 8, 2026 at 1:30 AM EST – 3:30 AM EDT');
  assert.equal(norm(formatEventTime(events[1])), 'Sunday, March 8, 2026, 1:00 – 2:00 PM EDT');
  assert.equal(norm(formatEventTime(events[2])), 'Sunday, November 1, 2026 at 1:30 AM EDT – 1:30 AM EST');
  assert.equal(norm(formatEventTime(events[3])), 'Sunday, November 1, 2026, 1:00 – 2:00 PM EST');
  assert.equal(
    norm(formatEventTime(events[2], { lang: 'es' })),
    'domingo, 1 de noviembre de 2026, 1:30 a.m. EDT – 1:30 a.m. EST',
  );
  assert.equal(zoneOffset(Date.parse('2026-03-08T06:59:00Z'), ET), -300);
  assert.equal(zoneOffset(Date.parse('2026-03-08T07:00:00Z'), ET), -240);
  // Zones off the whole hour, east of UTC, and UTC itself (which Intl writes as a bare "GMT").
  assert.equal(zoneOffset(Date.parse('2026-01-15T12:00:00Z'), 'America/St_Johns'), -210);
  assert.equal(zoneOffset(Date.parse('2026-07-15T12:00:00Z'), 'America/St_Johns'), -150);
  assert.equal(zoneOffset(Date.parse('2026-07-15T12:00:00Z'), 'Asia/Kolkata'), 330);
  assert.equal(zoneOffset(Date.parse('2026-07-15T12:00:00Z'), 'UTC'), 0);
  // Relative days count calendar days in the viewer's zone, also over the 23- and 25-hour days.
  assert.equal(
    relativeTime(Date.parse(events[1].start!), { now: '2026-03-07T12:00:00-05:00', timeZone: ET }),
    'tomorrow',
  );
  assert.equal(
    relativeTime(Date.parse(events[3].start!), { now: '2026-10-31T23:30:00-04:00', timeZone: ET }),
    'tomorrow',
  );
  assert.equal(
    relativeTime(Date.parse(events[3].start!), { now: '2026-10-31T23:30:00-04:00', timeZone: ET, lang: 'es' }),
    'mañana',
  );
});

test('a long description folds at 75 octets without splitting a character, and unfolds to the same text', () => {
  const long =
    ('Ñandú café — naïve 😀 résumé, trata; “comillas” \\ barra. ' + 'x'.repeat(7) + '日本語テキスト ').repeat(30) +
    '\nNueva línea';
  const ics = toIcs(
    ev('long', '2026-05-01T10:00:00-04:00', '2026-05-01T11:00:00-04:00', { description: { en: long } }),
    { now: STAMP },
  );
  const lines = physicalLines(ics);
  const folded = lines.filter((l) => l.startsWith(' '));
  assert.ok(folded.length > 20, 'the description is folded');
  for (const line of lines) {
    assert.ok(Buffer.byteLength(line, 'utf8') <= 75, `${Buffer.byteLength(line)} octets: ${line}`);
    assert.doesNotMatch(
      line,
      /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
      'no half of a surrogate pair',
    );
    assert.equal(Buffer.from(line, 'utf8').toString('utf8'), line, 'each line is whole UTF-8');
  }
  // Lines are filled: a fold happens only when the next character would not fit.
  for (const [i, line] of lines.entries()) {
    const next = lines[i + 1];
    if (next?.startsWith(' '))
      assert.ok(Buffer.byteLength(line) + Buffer.byteLength([...next.slice(1)][0]) > 75, `line ${i} could hold more`);
  }
  const unfolded = unfold(ics);
  const expected = `DESCRIPTION;LANGUAGE=en:${escapeIcsText(`${long}\n\nOrganized by: DCF`)}`;
  assert.ok(unfolded.split('\r\n').includes(expected), 'unfolding restores the escaped line');
  assert.equal(parse(ics).events[0].e.description, `${long}\n\nOrganized by: DCF`);
});

test('foldIcsLine: exact boundaries for 1-, 2-, 3- and 4-octet characters', () => {
  assert.equal(foldIcsLine('a'.repeat(75)), 'a'.repeat(75));
  assert.equal(foldIcsLine('a'.repeat(76)), `${'a'.repeat(75)}\r\n a`);
  assert.equal(foldIcsLine('a'.repeat(74) + 'é'), `${'a'.repeat(74)}\r\n é`);
  assert.equal(foldIcsLine('a'.repeat(73) + 'é'), `${'a'.repeat(73)}é`);
  assert.equal(foldIcsLine('a'.repeat(73) + '€'), `${'a'.repeat(73)}\r\n €`);
  assert.equal(foldIcsLine('a'.repeat(72) + '😀'), `${'a'.repeat(72)}\r\n 😀`);
  assert.equal(foldIcsLine('a'.repeat(71) + '😀'), `${'a'.repeat(71)}😀`);
  // Continuation lines hold 74 octets after their space.
  assert.equal(foldIcsLine('a'.repeat(75 + 74 + 1)), `${'a'.repeat(75)}\r\n ${'a'.repeat(74)}\r\n a`);
});

test('text values escape backslash, semicolon, comma and line breaks, and parse back unchanged', () => {
  assert.equal(escapeIcsText('a\\b;c,d\ne\r\nf\rg'), 'a\\\\b\\;c\\,d\\ne\\nf\\ng');
  assert.equal(escapeIcsText('tab\there\u0007bell'), 'tab\there' + 'bell');
  const tricky = 'Room 5, Floor 2; bring ID \\ badge\nSecond line: "quotes"';
  const ics = toIcs(
    ev('esc', '2026-05-01T10:00:00-04:00', '2026-05-01T11:00:00-04:00', {
      title: { en: 'Q&A; part 1, 2' },
      description: { en: tricky },
      where: { mode: 'in-person', place: { name: 'Hall; East, Wing', town: 'Hartford' } },
    }),
    { now: STAMP },
  );
  const text = unfold(ics);
  assert.match(text, /\r\nSUMMARY;LANGUAGE=en:Q&A\\; part 1\\, 2\r\n/);
  assert.match(text, /\r\nLOCATION;LANGUAGE=en:Hall\\; East\\, Wing\\, Hartford\\, CT\r\n/);
  const { e } = parse(ics).events[0];
  assert.equal(e.summary, 'Q&A; part 1, 2');
  assert.equal(e.description, `${tricky}\n\nOrganized by: DCF`);
  assert.equal(e.location, 'Hall; East, Wing, Hartford, CT');
});

test('cancelled events are exported with STATUS:CANCELLED and a later SEQUENCE; postponed as tentative', () => {
  const ics = toIcs(
    [
      ev('off', '2026-05-01T10:00:00-04:00', '2026-05-01T11:00:00-04:00', { status: 'cancelled' }),
      ev('later', '2026-05-02T10:00:00-04:00', '2026-05-02T11:00:00-04:00', { status: 'postponed' }),
      ev('on', '2026-05-03T10:00:00-04:00', '2026-05-03T11:00:00-04:00'),
    ],
    { now: STAMP, lang: 'es' },
  );
  const [off, later, on] = parse(ics).events;
  assert.equal(off.c.getFirstPropertyValue('status'), 'CANCELLED');
  assert.equal(off.e.sequence, 1);
  assert.equal(off.e.summary, 'Cancelado: Título off');
  assert.equal(later.c.getFirstPropertyValue('status'), 'TENTATIVE');
  assert.equal(later.e.summary, 'Pospuesto: Título later');
  assert.equal(on.c.getFirstPropertyValue('status'), 'CONFIRMED');
  assert.equal(on.e.sequence, 0);
});

test('an event with no end is exported with its start only', () => {
  const { c, e } = parse(toIcs(ev('open', '2026-05-01T10:00:00-04:00', undefined), { now: STAMP })).events[0];
  assert.equal(c.getFirstPropertyValue('dtend'), null);
  assert.equal(e.startDate.toJSDate().toISOString(), '2026-05-01T14:00:00.000Z');
});

test('calendar links are https, built locally, and carry the same words and times', () => {
  const event = bundled.events.byId('dcst-2019-101')!;
  const links = bundled.events.calendarLinks('dcst-2019-101')!;
  assert.deepEqual(Object.keys(links), ['google', 'outlook', 'office365']);
  const d = eventDetails(event);
  const google = new URL(links.google);
  assert.equal(google.protocol, 'https:');
  assert.equal(google.host, 'calendar.google.com');
  assert.equal(google.searchParams.get('action'), 'TEMPLATE');
  assert.equal(google.searchParams.get('text'), 'Domestic Child Sex Trafficking 101');
  assert.equal(google.searchParams.get('dates'), '20190814T170000Z/20190814T180000Z');
  assert.equal(google.searchParams.get('details'), d.description);
  assert.equal(google.searchParams.get('location'), 'By phone: (866) 646-6488, access code 9793137700#');
  for (const [key, host] of [
    ['outlook', 'outlook.live.com'],
    ['office365', 'outlook.office.com'],
  ] as const) {
    const url = new URL(links[key]);
    assert.equal(url.protocol, 'https:');
    assert.equal(url.host, host);
    assert.equal(url.searchParams.get('subject'), 'Domestic Child Sex Trafficking 101');
    assert.equal(url.searchParams.get('startdt'), '2019-08-14T17:00:00Z');
    assert.equal(url.searchParams.get('enddt'), '2019-08-14T18:00:00Z');
    assert.equal(url.searchParams.get('body'), d.description);
    assert.doesNotMatch(links[key], /\+/, 'spaces are %20, never +, which Outlook keeps literally');
  }
  const es = new URL(calendarLinks(event, { lang: 'es' })!.google);
  assert.equal(es.searchParams.get('text'), event.title.es);
  assert.equal(bundled.events.calendarLinks('tot-medical-providers'), undefined, 'undated: nothing to add');
  assert.equal(bundled.events.calendarLinks('nope'), undefined);
});

test('Eastern Time is shown with the zone named, and the viewer zone only when it differs', () => {
  const event = bundled.events.byId('dcst-2019-101')!;
  const norm = (s: string | undefined) => s?.replace(/\s+/g, ' ');
  assert.equal(norm(formatEventTime(event)), 'Wednesday, August 14, 2019, 1:00 – 2:00 PM EDT');
  assert.equal(norm(formatEventTime(event, { lang: 'es' })), 'miércoles, 14 de agosto de 2019, 1:00–2:00 p.m. EDT');
  assert.equal(
    norm(formatLocalEventTime(event, { timeZone: 'America/Los_Angeles' })),
    'Wednesday, August 14, 2019, 10:00 – 11:00 AM PDT',
  );
  assert.equal(
    norm(formatLocalEventTime(event, { timeZone: 'UTC', lang: 'es' })),
    'miércoles, 14 de agosto de 2019, 5:00–6:00 p.m. UTC',
  );
  assert.equal(formatLocalEventTime(event, { timeZone: ET }), undefined);
  assert.equal(formatLocalEventTime(event, { timeZone: 'America/Detroit' }), undefined, 'same clock as Eastern');
  assert.equal(formatEventTime(bundled.events.byId('tot-medical-providers')!), undefined);
  // A zone that matches Eastern only part of the year: Phoenix has no DST.
  const winter = ev('w', '2026-01-15T13:00:00-05:00', '2026-01-15T14:00:00-05:00');
  assert.equal(
    norm(formatLocalEventTime(winter, { timeZone: 'America/Phoenix' })),
    'Thursday, January 15, 2026, 11:00 AM – 12:00 PM MST',
  );
  // Across midnight in the viewer's zone both dates are written.
  assert.match(
    norm(formatSpan({ start: Date.parse('2026-05-01T23:00:00-04:00'), end: Date.parse('2026-05-02T01:00:00-04:00') }))!,
    /May 1.*May 2/,
  );
});

test('relative words in English and Spanish', () => {
  const t = Date.parse('2019-08-14T13:00:00-04:00');
  const rel = (now: string, lang: 'en' | 'es' = 'en') => relativeTime(t, { now, lang, timeZone: ET });
  assert.equal(rel('2019-08-14T12:15:00-04:00'), 'in 45 minutes');
  assert.equal(rel('2019-08-14T09:00:00-04:00'), 'in 4 hours');
  assert.equal(rel('2019-08-14T09:00:00-04:00', 'es'), 'dentro de 4 horas');
  assert.equal(rel('2019-08-13T22:00:00-04:00'), 'tomorrow');
  assert.equal(rel('2019-08-11T22:00:00-04:00'), 'in 3 days');
  assert.equal(rel('2019-08-11T22:00:00-04:00', 'es'), 'dentro de 3 días');
  assert.equal(rel('2019-08-01T09:00:00-04:00'), 'next week');
  assert.equal(rel('2019-08-15T09:00:00-04:00'), 'yesterday');
  assert.equal(rel('2019-08-15T09:00:00-04:00', 'es'), 'ayer');
  assert.equal(rel('2026-11-28T09:00:00-05:00'), '7 years ago');
  assert.equal(rel('2026-11-28T09:00:00-05:00', 'es'), 'hace 7 años');
  // Calendar days are the viewer's: 10 p.m. on the 13th in Los Angeles is 1 a.m. on the 14th in Connecticut.
  assert.equal(relativeTime(t, { now: '2019-08-13T22:00:00-07:00', timeZone: 'America/Los_Angeles' }), 'tomorrow');
  assert.equal(relativeTime(t, { now: '2019-08-13T22:00:00-07:00', timeZone: ET }), 'in 12 hours');
});

test('upcoming and past reuse the dataset queries around the 2019 series', () => {
  const now = '2019-08-01T09:00:00-04:00';
  assert.deepEqual(
    bundled.events.upcoming({ now }).map((e) => e.id),
    [
      'dcst-2019-101',
      'dcst-2019-trauma-informed-legal-advocacy',
      'dcst-2019-judicial-responses',
      'dcst-2019-juvenile-defenders',
    ],
  );
  assert.deepEqual(
    bundled.events.past({ now: '2019-09-01T00:00:00-04:00' }).map((e) => e.id),
    ['dcst-2019-trauma-informed-legal-advocacy', 'dcst-2019-101'],
  );
  const empty: DatasetCollections = {
    hotlines: [],
    providers: [],
    events: [ev('x', '2026-03-08T13:00:00-04:00', '2026-03-08T14:00:00-04:00')],
    redFlags: [],
    legislation: [],
    resources: [],
    notice: [],
  };
  assert.match(createDataset(empty).events.toIcs(['x'], { now: STAMP }), /UID:x@hart-widgets/);
});

test('filters by type and audience, and keeps each series together where its first session is', () => {
  const all = bundled.events.all();
  assert.deepEqual(
    filterEvents(all, { types: ['training-of-trainers'] }).map((e) => e.id),
    ['tot-medical-providers', 'tot-law-enforcement'],
  );
  assert.deepEqual(
    filterEvents(all, { audiences: ['judiciary'] }).map((e) => e.id),
    ['dcst-2019-101', 'dcst-2019-judicial-responses'],
  );
  assert.deepEqual(filterEvents(all, { types: ['webinar'], audiences: ['healthcare'] }), []);
  assert.equal(filterEvents(all, {}).length, all.length);
  const mixed = [
    ev('a', '2026-01-01T10:00:00-05:00', undefined, { series: 's' }),
    ev('single', '2026-01-02T10:00:00-05:00', undefined),
    ev('b', '2026-01-03T10:00:00-05:00', undefined, { series: 's' }),
  ];
  assert.deepEqual(
    groupBySeries(mixed).map((g) => [g.series, g.events.map((e) => e.id)]),
    [
      ['s', ['a', 'b']],
      [undefined, ['single']],
    ],
  );
});

test('schema.org JSON-LD: dated events only, with status, place and series, and no way to close a script', () => {
  const e = bundled.events.byId('dcst-2019-101')!;
  const before = Date.parse('2019-08-01T00:00:00-04:00');
  assert.deepEqual(JSON.parse(JSON.stringify(eventJsonLd(e, { now: before }))), {
    '@type': 'Event',
    name: 'Domestic Child Sex Trafficking 101',
    description: e.description.en,
    startDate: '2019-08-14T13:00:00-04:00',
    endDate: '2019-08-14T14:00:00-04:00',
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
    location: { '@type': 'VirtualLocation', name: 'By phone: (866) 646-6488, access code 9793137700#' },
    organizer: e.organizers.map((name) => ({ '@type': 'Organization', name })),
    superEvent: { '@type': 'EventSeries', name: 'Domestic Child Sex Trafficking webinar series' },
    inLanguage: 'en',
  });
  assert.equal(eventJsonLd(bundled.events.byId('tot-medical-providers')!, { now: before }), undefined);
  assert.equal(eventJsonLd(e, { now: Date.parse('2019-08-15T00:00:00-04:00') }), undefined, 'past: no structured data');
  const hall = ev('hall', '2026-05-01T10:00:00-04:00', undefined, {
    status: 'cancelled',
    title: { en: '</script><script>alert(1)</script>' },
    description: { en: 'About' },
    where: { mode: 'in-person', place: { name: 'Hall', town: 'Hartford' } },
  });
  const json = eventsJsonLd([hall, bundled.events.byId('tot-medical-providers')!], { lang: 'es', now: before });
  assert.doesNotMatch(json, /</);
  const doc = JSON.parse(json);
  assert.equal(doc['@context'], 'https://schema.org');
  assert.equal(doc['@graph'].length, 1);
  assert.equal(doc['@graph'][0].name, '</script><script>alert(1)</script>');
  assert.equal(doc['@graph'][0].eventStatus, 'https://schema.org/EventCancelled');
  assert.equal(doc['@graph'][0].eventAttendanceMode, 'https://schema.org/OfflineEventAttendanceMode');
  assert.deepEqual(doc['@graph'][0].location, {
    '@type': 'Place',
    name: 'Hall',
    address: { '@type': 'PostalAddress', addressLocality: 'Hartford', addressRegion: 'CT', addressCountry: 'US' },
  });
  assert.equal(doc['@graph'][0].inLanguage, 'en', 'English text when no Spanish exists');
});
