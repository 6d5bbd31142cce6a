import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundled } from '../../src/sdk/bundled.js';
import { createDataset } from '../../src/sdk/dataset.js';
import type { ServiceEntry } from '../../src/sdk/types.js';
import { distanceKm, lookupPlace, placeKey, resolveNear } from '../../src/sdk/geo.js';
import { createProviderIndex, searchProviders, type ProviderQuery } from '../../src/sdk/search.js';
import {
  populationIds,
  populations,
  serviceCategories,
  serviceCategoryIds,
  shelterAsked,
  termWords,
  type TaxonomyTerm,
} from '../../src/sdk/taxonomy.js';
import { foldText, queryTerms, termMatch, tokenize } from '../../src/sdk/text-search.js';
import type { Provider, Service, ServiceArea } from '../../src/sdk/types.js';
import { prng, syntheticProviders } from '../support/synthetic.js';

const ids = (q: ProviderQuery, providers: readonly Provider[] = bundled.providers.all()) =>
  searchProviders(providers, q).results.map((h) => h.service.id);

// ---------------------------------------------------------------------------------------------------------------
// A plain reference: scan every service, apply the documented rules literally, sort with one comparator. The index
// must return exactly the same ranked ids.

/**
 * A service's name words (service and provider names) and body words (description, eligibility), tokenized once per
 * service: the reference still scans every word of every service for every query, without tokenizing the same text
 * 400 times (that was most of this file's time).
 */
const serviceWords = new WeakMap<Service, { nameWords: string[]; bodyWords: string[] }>();
function wordsOf({ provider, service }: ServiceEntry) {
  let words = serviceWords.get(service);
  if (!words) {
    words = {
      nameWords: tokenize(
        [service.name.en, service.name.es ?? '', provider.name, provider.alternateName ?? ''].join(' '),
      ),
      bodyWords: tokenize(
        [
          service.description.en,
          service.description.es ?? '',
          service.eligibility?.en ?? '',
          service.eligibility?.es ?? '',
        ].join(' '),
      ),
    };
    serviceWords.set(service, words);
  }
  return words;
}

/** The best match of `term` among `words`, times `weight` (0 when none matches). */
function best(term: string, words: readonly string[], weight: number) {
  let match = 0;
  for (const w of words) match = Math.max(match, termMatch(term, w));
  return match * weight;
}

/** termWords of a category or population, computed once per term. */
const termWordCache = new WeakMap<TaxonomyTerm, string[]>();
function vocabularyWords(term: TaxonomyTerm) {
  let words = termWordCache.get(term);
  if (!words) termWordCache.set(term, (words = termWords(term)));
  return words;
}

function reference(providers: readonly Provider[], q: ProviderQuery) {
  const entries: ServiceEntry[] = providers.flatMap((provider) =>
    provider.services.map((service) => ({ provider, service })),
  );
  // A search for a shelter is a search for related housing help without the shelter words (none is a shelter).
  const shelter = shelterAsked(q.text ?? '');
  if (shelter) q = { ...q, text: shelter.rest, services: q.services?.length ? q.services : 'housing' };
  const terms = queryTerms(q.text ?? '').slice(0, 32);
  const wantCats = q.services === undefined ? [] : typeof q.services === 'string' ? [q.services] : [...q.services];
  const wantPops =
    q.population === undefined ? [] : typeof q.population === 'string' ? [q.population] : [...q.population];
  const lang = q.language?.toLowerCase().split('-')[0];
  const origin = q.near === undefined || q.near === '' ? undefined : resolveNear(q.near);
  const radius = q.radiusKm ?? Infinity;

  type Row = { e: ServiceEntry; i: number; score: number; group: number; dist: number; sub: number };
  const rows: Row[] = [];
  entries.forEach((e, i) => {
    const { provider, service } = e;
    let score = 0;
    const { nameWords, bodyWords } = wordsOf(e);
    for (const term of terms) {
      const s = Math.max(
        best(term, nameWords, 3),
        best(term, bodyWords, 1),
        // A category word of the service's main (first) category weighs 3, of another category 2.
        ...service.categories.map((c, ci) => best(term, vocabularyWords(serviceCategories[c]), ci ? 2 : 3)),
        ...service.populations.map((p) => best(term, vocabularyWords(populations[p]), 1)),
      );
      if (!s) return;
      score += s;
    }
    if (wantCats.length && !service.categories.some((c) => wantCats.includes(c))) return;
    if (wantPops.length && !service.populations.some((p) => wantPops.includes(p))) return;
    if (
      q.age !== undefined &&
      ((service.ages?.min !== undefined && q.age < service.ages.min) ||
        (service.ages?.max !== undefined && q.age > service.ages.max))
    )
      return;
    if (lang && service.languages.length && !service.languages.some((l) => l.toLowerCase().split('-')[0] === lang))
      return;
    let group = 0;
    let dist = 0;
    let sub = 0;
    if (origin) {
      const area = service.serviceArea;
      const towns = new Set(area.towns ?? []);
      for (const loc of provider.locations)
        if (service.locationIds?.includes(loc.id) && loc.town && !loc.confidential) towns.add(loc.town);
      if (area.scope === 'statewide') sub = 1;
      else if (area.scope === 'national') sub = 2;
      else if (area.scope === 'unspecified') [group, sub] = [2, 1];
      else if (!towns.size) [group, sub] = [2, 0];
      else if (origin.place && [...towns].some((t) => placeKey(t) === placeKey(origin.place!))) dist = 0;
      else {
        const ds = [...towns]
          .map((t) => lookupPlace(t))
          .filter((p) => p)
          .map((p) => distanceKm(origin, p!));
        if (!ds.length) group = 2;
        else {
          dist = Math.min(...ds);
          if (dist > radius) return;
          group = 1;
        }
      }
    }
    rows.push({ e, i, score, group, dist, sub });
  });
  const byName = (a: Row, b: Row) => {
    const [ka, kb] = [foldText(a.e.service.name.en), foldText(b.e.service.name.en)];
    return ka < kb ? -1 : ka > kb ? 1 : a.i - b.i;
  };
  const byDistance = origin && q.sort !== 'relevance';
  rows.sort((a, b) =>
    byDistance
      ? a.group - b.group || a.dist - b.dist || a.sub - b.sub || b.score - a.score || byName(a, b)
      : origin
        ? b.score - a.score || a.group - b.group || a.dist - b.dist || a.sub - b.sub || byName(a, b)
        : b.score - a.score || byName(a, b),
  );
  const offset = q.offset ?? 0;
  const page = rows.slice(offset, q.limit === undefined ? undefined : offset + q.limit);
  return {
    ids: page.map((r) => r.e.service.id),
    total: rows.length,
    distances: page.map((r) => (origin && r.group < 2 ? r.dist : undefined)),
    reasons: page.map((r) => textReasons(r.e, terms)),
  };
}

/** Where each term matched, every field weighed: description, then name (ties to the name), category, group. */
function textReasons(entry: ServiceEntry, terms: string[]) {
  const { service } = entry;
  const { nameWords, bodyWords } = wordsOf(entry);
  return terms.map((term) => {
    let score = best(term, bodyWords, 1);
    let reason: Record<string, string> = { kind: 'text', term, field: 'description' };
    const name = best(term, nameWords, 3);
    if (name > 0 && name >= score) [score, reason] = [name, { kind: 'text', term, field: 'name' }];
    for (const c of serviceCategoryIds.filter((x) => service.categories.includes(x))) {
      const s = best(term, vocabularyWords(serviceCategories[c]), service.categories[0] === c ? 3 : 2);
      if (s > score) [score, reason] = [s, { kind: 'text', term, field: 'category', category: c }];
    }
    for (const p of populationIds.filter((x) => service.populations.includes(x))) {
      const s = best(term, vocabularyWords(populations[p]), 1);
      if (s > score) [score, reason] = [s, { kind: 'text', term, field: 'population', population: p }];
    }
    return reason;
  });
}

const queryWords = [
  'housing',
  'hous',
  'legal',
  'abogado',
  'abog',
  'care',
  'terapia',
  'therapy',
  'youth',
  'jóvenes',
  'ni',
  'program',
  'safe',
  'shelter',
  'clínica',
  'ALBERGUE',
  'health care',
  'family center',
  '12',
  'provider 7',
  'help',
  'zzz',
];
const nears: ProviderQuery['near'][] = [
  undefined,
  { zip: '06106' },
  { zip: '06355' },
  { town: 'New Haven' },
  'Waterbury',
  '06902',
  { lat: 41.56, lon: -72.65 },
  'Nowhere',
  { town: 'Griswold' },
];

// 300 synthetic providers hold every category, population, kind of service area and language of the synthetic set
// (asserted first; 1,500 took most of the Node suite's time and covered nothing more), and the counters at the end
// prove the queries reach every path. The reference tokenizes each service once (wordsOf), not once per query.
test('search returns exactly the ranked ids of a plain reference filter (300 synthetic providers, 400 queries)', () => {
  const providers = syntheticProviders(300, 7);
  const services = providers.flatMap((p) => p.services);
  assert.equal(services.length, 300);
  const has = <T>(values: Iterable<T>) => new Set(values);
  assert.deepEqual(
    serviceCategoryIds.filter((c) => !has(services.flatMap((s) => s.categories)).has(c)),
    [],
    'categories no synthetic service has',
  );
  assert.deepEqual(
    populationIds.filter((p) => !has(services.flatMap((s) => s.populations)).has(p)),
    [],
    'populations no synthetic service has',
  );
  assert.deepEqual([...has(services.map((s) => s.serviceArea.scope))].sort(), [
    'national',
    'region',
    'statewide',
    'towns',
    'unspecified',
  ]);
  assert.deepEqual([...has(services.flatMap((s) => s.languages))].sort(), ['en', 'es', 'pt-BR']);
  const r = prng(99);
  const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)];
  let nonEmpty = 0;
  const reached = { paged: 0, distances: 0, textReasons: 0, tiesBroken: 0 };
  for (let k = 0; k < 400; k++) {
    const q: ProviderQuery = {};
    if (r() < 0.7) q.text = r() < 0.3 ? `${pick(queryWords)} ${pick(queryWords)}` : pick(queryWords);
    if (r() < 0.4)
      q.services = r() < 0.5 ? pick(serviceCategoryIds) : [pick(serviceCategoryIds), pick(serviceCategoryIds)];
    if (r() < 0.3) q.age = Math.floor(r() * 30);
    if (r() < 0.3) q.population = pick(populationIds);
    if (r() < 0.3) q.language = pick(['en', 'es', 'pt', 'fr', 'ES-mx']);
    if (r() < 0.6) q.near = pick(nears);
    if (r() < 0.4) q.radiusKm = pick([5, 20, 50]);
    if (r() < 0.2) q.sort = 'relevance';
    if (r() < 0.5) q.limit = pick([1, 5, 20]);
    if (r() < 0.2) q.offset = pick([0, 3, 20]);
    const got = searchProviders(providers, q);
    const want = reference(providers, q);
    assert.equal(got.total, want.total, `total for ${JSON.stringify(q)}`);
    assert.deepEqual(
      got.results.map((h) => h.service.id),
      want.ids,
      `ranking for ${JSON.stringify(q)}`,
    );
    assert.deepEqual(
      got.results.map((h) => h.distanceKm),
      want.distances,
      `distances for ${JSON.stringify(q)}`,
    );
    assert.deepEqual(
      got.results.map((h) => h.why.filter((w) => w.kind === 'text')),
      want.reasons,
      `reasons for ${JSON.stringify(q)}`,
    );
    if (want.total) nonEmpty++;
    if (got.total > got.results.length) reached.paged++;
    if (got.results.some((h) => h.distanceKm !== undefined)) reached.distances++;
    if (got.results.some((h) => h.why.some((w) => w.kind === 'text'))) reached.textReasons++;
    if (got.results.some((h, i) => i > 0 && h.score === got.results[i - 1].score)) reached.tiesBroken++;
  }
  assert.ok(nonEmpty > 150, `most queries find something (${nonEmpty})`);
  for (const [path, n] of Object.entries(reached)) assert.ok(n >= 20, `${path}: ${n} queries`);
});

test('the index is built once per provider list and reused by the dataset', () => {
  const providers = syntheticProviders(50, 3);
  assert.equal(createProviderIndex(providers), createProviderIndex(providers));
  const d = createDataset({ ...bundled.collections, providers });
  assert.deepEqual(
    d.providers.search({ text: 'care' }).results.map((h) => h.service.id),
    ids({ text: 'care' }, providers),
  );
  assert.equal(bundled.providers.search().total, bundled.providers.services().length);
});

// ---------------------------------------------------------------------------------------------------------------
// The bundled data: what people will type.

test('synonyms find categories in English and Spanish, accent- and case-insensitively', () => {
  for (const text of ['lawyer', 'abogado', 'Abogada', 'ABOGADOS', 'attorney']) {
    const r = bundled.providers.search({ text });
    assert.ok(r.total > 0, text);
    for (const h of r.results) assert.ok(h.service.categories.includes('legal'), `${text} -> ${h.service.id}`);
    assert.ok(
      r.results.some((h) => h.service.id === 'cls-trafficking-survivor-legal-help'),
      text,
    );
  }
  for (const text of ['therapy', 'terapia', 'TERAPÍA', 'counseling', 'consejeria']) {
    assert.ok(ids({ text }).includes('village-clinical-services'), text);
  }
  for (const text of ['shelter', 'albergue', 'vivienda', 'housing']) {
    assert.ok(ids({ text }).includes('ciri-project-rescue'), text);
  }
  assert.ok(ids({ text: 'mentor' }).includes('klingberg-we-matter'));
  assert.ok(ids({ text: 'mentoría' }).includes('klingberg-we-matter'));
  assert.ok(ids({ text: 'iglesia' }).includes('underground-church-network'));
  assert.ok(ids({ text: 'compensación' }).includes('ovs-victim-compensation'));
});

test('help words are ignored, the remaining words must all match, and a prefix finds words as they are typed', () => {
  assert.deepEqual(ids({ text: 'necesito ayuda legal' }), ids({ text: 'legal' }));
  assert.deepEqual(ids({ text: 'help' }), ids({}));
  assert.deepEqual(ids({ text: 'abog' }), ids({ text: 'abogado' }));
  assert.deepEqual(ids({ text: 'legal foster' }), [], 'no service is both');
  assert.deepEqual(ids({ text: 'qqqq' }), []);
  const r = bundled.providers.search({ text: 'abogado' });
  assert.deepEqual(r.results[0].why[0], { kind: 'text', term: 'abogado', field: 'category', category: 'legal' });
  assert.deepEqual(bundled.providers.search({ text: 'Klingberg' }).results[0].why, [
    { kind: 'text', term: 'klingberg', field: 'name' },
  ]);
});

test('name matches rank above description matches', () => {
  const r = bundled.providers.search({ text: 'mentoring' });
  assert.equal(r.results[0].service.id, 'klingberg-we-matter');
  const scores = r.results.map((h) => h.score);
  assert.deepEqual(
    scores,
    [...scores].sort((a, b) => b - a),
  );
});

test('facets: category, age, population and language, each explained', () => {
  assert.deepEqual(ids({ services: 'mentoring' }), ['klingberg-we-matter']);
  assert.ok(!ids({ age: 10 }).includes('klingberg-we-matter'), '14-21 only');
  assert.ok(ids({ age: 10 }).includes('klingberg-therapeutic-foster-care'), '8-21');
  assert.ok(!ids({ age: 15 }).includes('salvation-army-bloom'), '16 and up');
  assert.ok(ids({ age: 40 }).includes('salvation-army-bloom'));
  assert.deepEqual(ids({ population: 'refugees' }), ['ciri-project-rescue']);
  assert.equal(
    bundled.providers.search({ language: 'es' }).total,
    11,
    'no service states its languages: none is dropped',
  );
  const hit = bundled.providers.search({
    services: ['legal', 'housing'],
    age: 30,
    population: 'survivors',
    language: 'es',
  }).results[0];
  assert.deepEqual(hit.why, [
    {
      kind: 'service',
      categories: ['legal', 'housing'].filter((c) => hit.service.categories.includes(c as never)) as never,
    },
    { kind: 'age', age: 30, stated: hit.service.ages !== undefined },
    { kind: 'population', populations: ['survivors'] },
    { kind: 'language', language: 'es', stated: false },
  ]);
  assert.deepEqual(ids({ services: ['no-such' as never] }), [], 'an unknown category matches nothing');
});

test('near a ZIP or town: services listing that town first, then statewide, then unstated areas', () => {
  const r = bundled.providers.search({ near: { zip: '06051' } }); // New Britain
  assert.equal(r.origin?.place, 'New Britain');
  const areas = r.results.map((h) => h.area!.kind);
  assert.deepEqual(
    areas,
    [...areas].sort((a, b) => order.indexOf(a) - order.indexOf(b)),
  );
  // We Matter! serves the New Britain DCF area office, not the town: described, never "town" or "nearby".
  const weMatter = r.results.find((h) => h.service.id === 'klingberg-we-matter')!;
  assert.deepEqual(weMatter.area, { kind: 'described' });
  assert.equal(weMatter.distanceKm, undefined);
  assert.deepEqual(r.results[0].area, { kind: 'statewide' });
  const statewide = r.results
    .filter((h) => h.area!.kind === 'statewide')
    .map((h) => h.service.id)
    .sort();
  assert.deepEqual(statewide, [
    'ciri-project-rescue',
    'ciri-project-rescue-training',
    'cls-trafficking-survivor-legal-help',
    'ovs-victim-compensation',
    'underground-church-network',
  ]);
  const unstated = r.results
    .filter((h) => h.area!.kind === 'unspecified')
    .map((h) => h.service.id)
    .sort();
  assert.deepEqual(unstated, [
    'klingberg-therapeutic-foster-care',
    'love146-not-a-number',
    'love146-survivor-care',
    'village-clinical-services',
  ]);
  assert.equal(r.results.find((h) => h.service.id === 'love146-not-a-number')!.distanceKm, undefined);
});
const order = ['town', 'statewide', 'national', 'nearby', 'described', 'unspecified'];

test('statewide services match every Connecticut town, however far, and a radius never drops them', () => {
  for (const near of ['06902', 'Norwich', 'Salisbury', { lat: 41.3, lon: -72.9 }] as const) {
    const r = bundled.providers.search({ near, radiusKm: 1 });
    const statewide = r.results.filter((h) => h.service.serviceArea.scope === 'statewide');
    assert.equal(statewide.length, 5, JSON.stringify(near));
    for (const h of statewide) assert.deepEqual(h.area, { kind: 'statewide' });
    // No service lists towns: a radius drops none (We Matter!'s DCF area offices are not towns to measure from).
    assert.ok(r.results.some((h) => h.service.id === 'klingberg-we-matter'));
    assert.equal(r.total, 11, 'every service');
  }
});

test('ZIP distance ordering: nearest listed town first, with the distance and the town', () => {
  const svc = (id: string, towns: string[] | ServiceArea): Service => ({
    id,
    name: { en: id },
    description: { en: 'help' },
    categories: ['housing'],
    populations: [],
    languages: [],
    contacts: [],
    serviceArea: Array.isArray(towns) ? { scope: 'towns', towns } : towns,
    referral: { routes: ['self'] },
  });
  const providers: Provider[] = [
    {
      id: 'p',
      name: 'P',
      description: { en: 'x' },
      locations: [],
      sources: [{ title: 't' }],
      reviewed: '2026-01-01',
      services: [
        svc('stamford', ['Stamford']),
        svc('new-haven', ['New Haven']),
        svc('west-hartford', ['West Hartford']),
        svc('hartford-and-norwich', ['Norwich', 'Hartford']),
        svc('state', { scope: 'statewide' }),
        svc('unknown', { scope: 'unspecified' }),
        svc('greater', { scope: 'region', description: { en: 'Greater somewhere' } }),
      ],
    },
  ];
  const r = searchProviders(providers, { near: { zip: '06106' } }); // Hartford
  assert.deepEqual(
    r.results.map((h) => h.service.id),
    ['hartford-and-norwich', 'state', 'west-hartford', 'new-haven', 'stamford', 'greater', 'unknown'],
  );
  const km = r.results.map((h) => h.distanceKm);
  assert.equal(km[0], 0);
  assert.ok(km[2]! > 0 && km[2]! < 10, `West Hartford is close (${km[2]})`);
  assert.ok(km[3]! > 45 && km[3]! < 60, `New Haven is about 50 km (${km[3]})`);
  assert.ok(km[4]! > 100 && km[4]! < 125, `Stamford is about 110 km (${km[4]})`);
  assert.deepEqual(r.results[3].area, { kind: 'nearby', town: 'New Haven', distanceKm: km[3] });
  assert.deepEqual(
    r.results.slice(5).map((h) => h.area),
    [{ kind: 'described' }, { kind: 'unspecified' }],
  );
  assert.deepEqual(
    searchProviders(providers, { near: { zip: '06106' }, radiusKm: 60 }).results.map((h) => h.service.id),
    ['hartford-and-norwich', 'state', 'west-hartford', 'new-haven', 'greater', 'unknown'],
  );
  // From Norwich the same two-town service is "here"; the others follow by their distance from Norwich.
  const fromNorwich = searchProviders(providers, { near: 'norwich' }).results;
  assert.deepEqual(
    fromNorwich.slice(0, 2).map((h) => h.service.id),
    ['hartford-and-norwich', 'state'],
  );
  const nearby = fromNorwich.filter((h) => h.area?.kind === 'nearby');
  assert.deepEqual(
    nearby.map((h) => h.service.id),
    ['west-hartford', 'new-haven', 'stamford'],
  );
  assert.ok(nearby[0].distanceKm! < nearby[1].distanceKm! && nearby[1].distanceKm! < nearby[2].distanceKm!);
});

test("a place that is not in Connecticut's table is reported, and the search still answers", () => {
  const r = bundled.providers.search({ near: 'Springfield', text: 'legal' });
  assert.equal(r.nearNotFound, true);
  assert.equal(r.origin, undefined);
  assert.ok(r.total > 0);
  assert.equal(bundled.providers.search({ near: { zip: '10001' } }).nearNotFound, true, 'a New York ZIP');
  assert.equal(bundled.providers.search({ near: { lat: NaN, lon: 0 } }).nearNotFound, true);
  assert.equal(bundled.providers.search({ near: '' }).nearNotFound, false, 'an empty box is no place, not an error');
});

test('paging: limit and offset slice the same ranking, total counts all', () => {
  const all = ids({});
  const page = bundled.providers.search({ limit: 4, offset: 4 });
  assert.equal(page.total, all.length);
  assert.deepEqual(
    page.results.map((h) => h.service.id),
    all.slice(4, 8),
  );
  assert.deepEqual(ids({ limit: 0 }), []);
});

test('a confidential location is never used to place a service', () => {
  const providers: Provider[] = [
    {
      id: 'p',
      name: 'P',
      description: { en: 'x' },
      sources: [{ title: 't' }],
      reviewed: '2026-01-01',
      locations: [{ id: 'safe', town: 'Hartford', confidential: true }],
      services: [
        {
          id: 's',
          name: { en: 'Safe house' },
          description: { en: 'x' },
          categories: ['housing'],
          populations: [],
          languages: [],
          contacts: [],
          serviceArea: { scope: 'region', description: { en: 'Call for details' } },
          referral: { routes: ['self'] },
          locationIds: ['safe'],
        },
      ],
    },
  ];
  const [hit] = searchProviders(providers, { near: { zip: '06106' } }).results;
  assert.deepEqual(hit.area, { kind: 'described' });
  assert.equal(hit.distanceKm, undefined);
});

test('word matching: the same word scores 2, a term of three or more letters that begins a word scores 1', () => {
  const table: [string, string, number][] = [
    ['legal', 'legal', 2],
    ['leg', 'legal', 1],
    ['le', 'legal', 0],
    ['le', 'le', 2],
    ['legals', 'legal', 0],
    ['egal', 'legal', 0],
    ['abogad', 'abogado', 1],
  ];
  for (const [term, word, score] of table) assert.equal(termMatch(term, word), score, `${term} in ${word}`);
});
