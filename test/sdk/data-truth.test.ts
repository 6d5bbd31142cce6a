// Data truth (issue 15): what the data says goes no further than its sources; searches and structured data promise
// nothing the data does not hold; the rest of the HART page is in the SDK and the feed, typed and with sources.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { bundled, snapshot } from '../../src/sdk/bundled.js';
import { eventJsonLd, eventsJsonLd } from '../../src/sdk/event-jsonld.js';
import { confirmedLongAgo } from '../../src/sdk/i18n.js';
import { shelterAsked } from '../../src/sdk/taxonomy.js';
import { messages as eventMessages } from '../../src/components/event-list/event-list.messages.js';
import { pageCollectionNames } from '../../src/sdk/collection-names.js';

const PAGE = 'https://portal.ct.gov/DCF/HART/Home';
const search = bundled.providers.search;
const ids = (r: ReturnType<typeof search>) => r.results.map((h) => h.service.id);

test('events: no community training for the public; the two TOT courses sit under "Community Training"', () => {
  const events = bundled.events.all();
  assert.equal(bundled.events.byId('ct-community-training'), undefined);
  const tot = events.filter((e) => e.type === 'training-of-trainers');
  assert.deepEqual(
    tot.map((e) => e.id),
    ['tot-medical-providers', 'tot-law-enforcement'],
  );
  for (const e of tot) {
    assert.equal(e.series, 'community-training');
    assert.deepEqual(e.seriesTitle, { en: 'Community Training', es: 'Capacitación comunitaria' });
  }
  // "CT Trainings on Human Trafficking" is a link on the page: a resource, with no invented address.
  const link = bundled.resources.all().find((r) => r.title.en === 'CT Trainings on Human Trafficking')!;
  assert.equal(link.kind, 'website');
  assert.equal(link.url, undefined);
  assert.match(link.description!.en, /DCFHART@ct\.gov/);
});

test('events: the three 2019 webinars with no joining details are not called online', () => {
  const mode = (id: string) => bundled.events.byId(id)!.where.mode;
  assert.equal(mode('dcst-2019-101'), 'phone');
  for (const id of [
    'dcst-2019-trauma-informed-legal-advocacy',
    'dcst-2019-judicial-responses',
    'dcst-2019-juvenile-defenders',
  ])
    assert.equal(mode(id), 'not-stated', id);
  const ld = eventJsonLd(bundled.events.byId('dcst-2019-judicial-responses')!, { now: Date.parse('2019-08-01') })!;
  assert.equal(ld.eventAttendanceMode, undefined, 'no attendance mode the source does not give');
  assert.equal(ld.location, undefined);
});

test('structured data: only events that have not ended, never a past event as EventScheduled', () => {
  const events = bundled.events.all();
  const graph = (now: string) => JSON.parse(eventsJsonLd(events, { now: Date.parse(now) }))['@graph'];
  assert.deepEqual(graph('2026-12-03T00:00:00Z'), [], 'every dated event is past today');
  const before = graph('2019-08-01T00:00:00-04:00');
  assert.equal(before.length, 4);
  assert.ok(before.every((e: { eventStatus: string }) => e.eventStatus === 'https://schema.org/EventScheduled'));
  const between = graph('2019-09-01T00:00:00-04:00');
  assert.deepEqual(
    between.map((e: { name: string }) => e.name),
    [
      'Judicial Responses to DCST: Runaway Youth and Youth Missing from Care',
      'Juvenile Defenders: Representing Victims of Sex Trafficking',
    ],
  );
  // The default "now" is the real time: past events are left out with no option given.
  assert.deepEqual(JSON.parse(eventsJsonLd(events))['@graph'], []);
});

test('providers: We Matter! is eligible by DCF area office, never "nearby"; referrals through the HART liaison', () => {
  const service = bundled.providers.services().find((e) => e.service.id === 'klingberg-we-matter')!.service;
  assert.equal(service.serviceArea.towns, undefined, 'area offices are not towns');
  assert.deepEqual(service.serviceArea.dcfOffices, ['New Britain', 'Waterbury', 'Bridgeport']);
  assert.deepEqual(service.referral.routes, ['dcf-hart-liaison']);
  assert.match(service.eligibility!.en, /New Britain, Waterbury or Bridgeport area office/);
  for (const near of ['Hartford', 'New Britain', '06051']) {
    const hit = search({ near }).results.find((h) => h.service.id === 'klingberg-we-matter')!;
    assert.equal(hit.area!.kind, 'described', near);
    assert.equal(hit.distanceKm, undefined, near);
  }
  const hartford = ids(search({ near: 'Hartford' }));
  assert.ok(hartford.indexOf('salvation-army-bloom') < hartford.indexOf('klingberg-we-matter'));
});

test('providers: "lawyer" near New Haven finds the law firm first; Love146 program named as the page names it', () => {
  for (const near of ['New Haven', undefined]) {
    assert.equal(ids(search({ text: 'lawyer', near }))[0], 'cls-trafficking-survivor-legal-help', String(near));
    assert.equal(ids(search({ text: 'abogado', near }))[0], 'cls-trafficking-survivor-legal-help', String(near));
  }
  const cls = bundled.providers.byId('connecticut-legal-services')!.services[0];
  assert.equal(cls.serviceArea.scope, 'statewide');
  assert.equal(cls.serviceArea.towns, undefined);
  const care = bundled.providers.byId('love146')!.services.find((s) => s.id === 'love146-survivor-care')!;
  assert.equal(care.name.en, 'Survivor Care Program');
  assert.doesNotMatch(JSON.stringify(care.name), /U\.S\./);
});

test('search: shelter words promise no shelter; the result says so and lists housing help as related', () => {
  for (const text of ['shelter', 'Shelters', 'albergue', 'ALBERGUE', 'refugio', 'safe house', 'casa segura']) {
    const r = search({ text });
    assert.equal(r.unmet, 'shelter', text);
    assert.deepEqual(ids(r), ['ciri-project-rescue'], text);
    assert.deepEqual(r.results[0].why.at(-1), { kind: 'related', to: 'shelter' }, text);
  }
  // Other words still narrow the related services; a place still ranks them.
  const near = search({ text: 'albergue', near: '06106' });
  assert.equal(near.unmet, 'shelter');
  assert.equal(near.results[0].area!.kind, 'statewide');
  assert.deepEqual(ids(search({ text: 'shelter for lawyers' })), ['ciri-project-rescue']);
  const none = search({ text: 'shelter therapy' });
  assert.equal(none.total, 0, 'no housing help is therapy');
  assert.equal(none.unmet, 'shelter', 'still said: no shelter is listed');
  // Housing words are not shelter words.
  for (const text of ['housing', 'vivienda', 'house', 'home']) assert.equal(search({ text }).unmet, undefined, text);
  assert.equal(shelterAsked('housing'), undefined);
  assert.deepEqual(shelterAsked('Albergue para jóvenes'), { rest: 'para jovenes' });
  assert.doesNotMatch(JSON.stringify(search({ text: 'vivienda' }).results[0].why), /shelter/);
  // An empty list of types of help (as a form sends it) is no choice: still housing help only.
  assert.deepEqual(ids(search({ text: 'shelter', services: [] })), ['ciri-project-rescue']);
});

test('legislation: PA 16-71 holds only what its sources support; the other two points keep no act or year', () => {
  const pa = bundled.collections.legislation.find((l) => l.id === 'pa-16-71')!;
  assert.equal(pa.points.length, 3);
  assert.ok(pa.points.every((p) => /lodging|post the anti-trafficking/.test(p.en)));
  assert.doesNotMatch(JSON.stringify(pa.points), /prostitution|state's attorneys/i);
  const other = bundled.collections.legislation.find((l) => l.id === 'hart-helps-newsletter-points')!;
  assert.equal(other.number, undefined);
  assert.equal(other.year, undefined);
  assert.equal(other.effective, undefined);
  assert.deepEqual(
    other.points.map((p) => p.en.slice(0, 30)),
    ['A person must be eighteen year', "State's attorneys and local la"],
  );
  assert.equal(bundled.legislation.all().at(-1)!.id, 'hart-helps-newsletter-points', 'undated points come last');
});

test('reviewed means reviewed: records from the 2019 page alone carry 2019-08-01; notes claim no review dates', () => {
  const recs = Object.values(snapshot).flat() as {
    id: string;
    reviewed: string;
    sources: { title: string; note?: string }[];
  }[];
  for (const r of recs) {
    const onlyPage = r.sources.every((s) => s.title === 'Connecticut DCF, HART page (captured 2019)');
    if (onlyPage) assert.equal(r.reviewed, '2019-08-01', r.id);
    else assert.ok(r.reviewed > '2019-08-01', `${r.id} draws on later sources: dated when checked against them`);
  }
});

test('Spanish: neglect is "negligencia", one gender for the Careline, "200 otros idiomas", no usted command on TTY', () => {
  const all = JSON.stringify(snapshot);
  assert.doesNotMatch(all, /abandono/);
  assert.doesNotMatch(all, /\bla Careline\b/);
  const careline = bundled.hotlines.byId('careline')!;
  assert.match(careline.whenToUse.es, /abuso, negligencia o trata\. Los informantes obligatorios llaman aquí\./);
  assert.match(careline.actionName!.es, /^el Careline/);
  const nhth = bundled.hotlines.byId('nhth')!;
  assert.match(nhth.languagesNote!.es, /más de 200 otros idiomas/);
  const tty = nhth.contacts.find((c) => c.kind === 'textphone')!;
  assert.doesNotMatch(tty.label!.es!, /marque|marca/i, 'read on the tú card as well as usted pages: no command');
  const notice = bundled.notice.get()!.text.es;
  assert.match(JSON.stringify(notice), /negligencia/);
  assert.match(JSON.stringify(notice), /más de 200 otros idiomas/);
  assert.doesNotMatch(eventMessages.es.dialLabel('x'), /\bLlama\b/);
});

test('staleness: a contact is "confirmed long ago" 24 months after its review date', () => {
  assert.equal(confirmedLongAgo('2019-08-01', Date.parse('2021-07-31')), false);
  assert.equal(confirmedLongAgo('2019-08-01', Date.parse('2021-08-02')), true);
  assert.equal(confirmedLongAgo('2026-11-28', Date.parse('2026-12-03')), false);
  // The event list carries the hotline number in its words (no hotline data in its bundle): it must be the record's.
  const voice = bundled.hotlines.byId('nhth')!.contacts.find((c) => c.kind === 'voice')!;
  const list = readFileSync(
    new URL('../../src/components/event-list/event-list.component.ts', import.meta.url),
    'utf8',
  );
  assert.ok(list.includes(`<a href="tel:${voice.value}">${voice.display}</a>`), 'the number the event list writes');
});

test('the rest of the page: 33 news titles in year groups with the featured ones, awards, About HART, menu, Blue Campaign', () => {
  assert.equal(bundled.news.all().length, 33);
  assert.deepEqual(
    bundled.news.groups().map((g) => [g.year, g.archived, g.items.length]),
    [
      [2019, false, 3],
      [2018, true, 5],
      [2017, true, 12],
      [2016, true, 11],
    ],
  );
  assert.deepEqual(
    bundled.news.featured().map((n) => [n.title.en, n.featuredOn]),
    [
      ['HART Helps - Spring 2019', '2019-05-14'],
      ['Investigator Courtney Desilet from the East Hartford Police Department Speaks Out', undefined],
    ],
  );
  const stars = bundled.awards.all().find((a) => a.id === 'shining-star-awards')!;
  assert.equal(stars.honorees!.length, 6);
  assert.equal(stars.honorees![1], 'Latoya Lowery and Sargent Jason Amato', 'kept as the page writes it');
  const acf = bundled.awards.all().find((a) => a.id === 'acf-recognition-2019')!;
  assert.equal(acf.date, '2019-04-24');
  assert.match(acf.text!.en, /Administration for Children and Families \(ACF\)/);
  const about = bundled.about.all();
  assert.match(about.find((a) => a.id === 'hart-six-teams')!.text.en, /six Human Anti-trafficking Response Teams/);
  assert.match(about.find((a) => a.id === 'hart-liaison-role')!.text.en, /Multi Disciplinary Team \(MDT\)/);
  assert.equal(about.find((a) => a.id === 'hart-referrals-since-2008')!.asOf, 2019);
  // Where the page gives only a title, the record says DCF holds the list and how to ask for it.
  for (const id of ['hart-liaison-list-2019', 'mdt-coordinators-cca-directory']) {
    const item = bundled.information.all().find((i) => i.id === id)!;
    assert.equal(item.request!.email, 'DCFHART@ct.gov', id);
    assert.match(item.availability!.en, /held by DCF.*DCFHART@ct\.gov/, id);
    assert.match(item.availability!.es!, /la tiene el DCF.*DCFHART@ct\.gov/, id);
  }
  assert.equal(bundled.information.all().filter((i) => i.section === 'information-menu').length, 9);
  const blue = bundled.blueCampaign.get()!;
  assert.deepEqual(blue.photoChallengeYears, [2019, 2018, 2017]);
  assert.equal(blue.hashtag, '#WearBlueDay');
  // Every new record cites the public page (with its capture year), never a file of ours.
  for (const name of pageCollectionNames) {
    for (const r of snapshot[name]) {
      assert.ok(r.sources.length, `${name}/${r.id}`);
      for (const s of r.sources) {
        assert.equal(s.url, PAGE, `${name}/${r.id}`);
        assert.match(s.title, /HART page \(captured 2019\)/);
        assert.doesNotMatch(JSON.stringify(s), /shared\/|\.md\b|\.txt\b/);
      }
    }
  }
});

test('the new collections are in the feed and its JSON Schema, and not in any element bundle snapshot', () => {
  const feed = JSON.parse(readFileSync(new URL('../../dist/hart-data.json', import.meta.url), 'utf8'));
  const schema = JSON.parse(readFileSync(new URL('../../dist/hart-data.schema.json', import.meta.url), 'utf8'));
  for (const name of pageCollectionNames) {
    assert.deepEqual(feed.collections[name], snapshot[name], name);
    assert.ok(schema.properties.collections.required.includes(name), name);
  }
  const display = new URL('../../src/sdk/generated/display/', import.meta.url);
  assert.ok(existsSync(display));
  for (const file of readdirSync(display)) {
    const text = readFileSync(new URL(file, display), 'utf8');
    assert.doesNotMatch(text, /Shining Star|Wear Blue Photo|HART Liaison List/, file);
  }
});
