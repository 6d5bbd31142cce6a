import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDataset } from '../../src/sdk/dataset.js';
import { bundled } from '../../src/sdk/bundled.js';
import type { DatasetCollections, HartEvent, Service } from '../../src/sdk/types.js';

test('hotlines by use and by id, in the order asked', () => {
  assert.deepEqual(
    bundled.hotlines.byUse('emergency').map((h) => h.id),
    ['emergency'],
  );
  assert.deepEqual(
    bundled.hotlines.byUse('child').map((h) => h.id),
    ['careline'],
  );
  assert.deepEqual(
    bundled.hotlines.pick(['careline', 'nope', 'emergency']).map((h) => h.id),
    ['careline', 'emergency'],
  );
  assert.equal(bundled.hotlines.byId('nhth')?.contacts[0].display, '1-888-373-7888');
});

const ev = (
  id: string,
  start: string | undefined,
  end?: string,
  status: HartEvent['status'] = 'scheduled',
): HartEvent => ({
  id,
  start,
  end,
  status,
  type: 'webinar',
  timeZone: 'America/New_York',
  title: { en: id },
  description: { en: id },
  audience: [],
  where: { mode: 'phone' },
  organizers: [],
  sources: [{ title: 't' }],
  reviewed: '2026-01-01',
});

const empty: DatasetCollections = {
  hotlines: [],
  providers: [],
  events: [],
  redFlags: [],
  legislation: [],
  resources: [],
  notice: [],
};

test('events are upcoming or past relative to the given now', () => {
  const d = createDataset({
    ...empty,
    events: [
      ev('b', '2019-08-28T13:00:00-04:00', '2019-08-28T14:00:00-04:00'),
      ev('a', '2019-08-14T13:00:00-04:00', '2019-08-14T14:00:00-04:00'),
      ev('c', '2019-09-11T13:00:00-04:00', '2019-09-11T14:00:00-04:00', 'cancelled'),
      ev('offered', undefined, undefined, 'on-request'),
    ],
  });
  const now = '2019-08-28T13:30:00-04:00'; // during "b": still upcoming until it ends
  assert.deepEqual(
    d.events.upcoming({ now }).map((e) => e.id),
    ['b', 'c'],
  );
  assert.deepEqual(
    d.events.past({ now }).map((e) => e.id),
    ['a'],
  );
  assert.deepEqual(
    d.events.past({ now: new Date('2020-01-01') }).map((e) => e.id),
    ['c', 'b', 'a'],
  );
  assert.deepEqual(
    d.events.onRequest().map((e) => e.id),
    ['offered'],
  );
  assert.throws(() => d.events.upcoming({ now: 'not a date' }), RangeError);
});

const svc = (id: string, extra: Partial<Service>): Service => ({
  id,
  name: { en: id },
  description: { en: id },
  categories: ['legal'],
  populations: [],
  languages: [],
  contacts: [],
  serviceArea: { scope: 'statewide' },
  referral: { routes: ['self'] },
  ...extra,
});

test('providers filter takes the search query: category, age, population, language and place; statewide matches every town', () => {
  const d = createDataset({
    ...empty,
    providers: [
      {
        id: 'org',
        name: 'Org',
        description: { en: 'x' },
        locations: [],
        sources: [{ title: 't' }],
        reviewed: '2026-01-01',
        services: [
          svc('state', { categories: ['legal'], ages: { min: 18 }, languages: ['en', 'es'] }),
          svc('hartford', {
            categories: ['housing'],
            serviceArea: { scope: 'region', towns: ['Hartford'] },
            ages: { min: 16 },
            populations: ['survivors'],
          }),
          svc('youth', {
            categories: ['mentoring'],
            serviceArea: { scope: 'towns', towns: ['Waterbury'] },
            ages: { min: 14, max: 21 },
          }),
        ],
      },
    ],
  });
  const ids = (f: Parameters<typeof d.providers.filter>[0]) => d.providers.filter(f).map((e) => e.service.id);
  // `radiusKm: 0` keeps only what serves the place itself (statewide and national always do).
  assert.deepEqual(ids({ near: 'hartford', radiusKm: 0 }), ['state', 'hartford']);
  assert.deepEqual(ids({ near: 'Waterbury', radiusKm: 0, age: 15 }), ['youth']);
  assert.deepEqual(ids({ services: ['housing', 'legal'] }), ['state', 'hartford']);
  assert.deepEqual(ids({ population: 'survivors' }), ['hartford']);
  assert.deepEqual(ids({ language: 'es' }), ['state', 'hartford', 'youth']); // unstated languages are not excluded
  assert.deepEqual(ids({ age: 30, near: 'Bridgeport', radiusKm: 0 }), ['state']);
  // Without a radius, a place ranks search results but drops nothing: filter keeps them too, in data order.
  assert.deepEqual(ids({ near: 'hartford' }), ['state', 'hartford', 'youth']);
});

test('filter finds what search finds for the same query, whatever the language tag looks like', () => {
  const d = createDataset({
    ...empty,
    providers: [
      {
        id: 'org',
        name: 'Org',
        description: { en: 'x' },
        locations: [],
        sources: [{ title: 't' }],
        reviewed: '2026-01-01',
        services: [
          svc('spanish', { categories: ['legal'], languages: ['es-MX'] }),
          svc('english', { categories: ['legal'], languages: ['en'] }),
          svc('unstated', { categories: ['housing'] }),
          svc('latam', { categories: ['housing'], languages: ['ES_419', 'pt'] }),
        ],
      },
    ],
  });
  const sorted = (ids: string[]) => [...ids].sort();
  for (const language of ['es', 'ES', 'es-MX', 'es_419', ' Es-us ']) {
    const filtered = d.providers.filter({ language }).map((e) => e.service.id);
    const searched = d.providers.search({ language }).results.map((h) => h.service.id);
    assert.deepEqual(filtered, ['spanish', 'unstated', 'latam'], language);
    assert.deepEqual(sorted(filtered), sorted(searched), language);
  }
  const both = { language: 'EN', services: ['legal' as const], text: 'english' };
  assert.deepEqual(
    d.providers.filter(both).map((e) => e.service.id),
    d.providers.search(both).results.map((h) => h.service.id),
  );
  assert.deepEqual(
    d.providers.filter({ language: 'fr' }).map((e) => e.service.id),
    ['unstated'],
  );
});
