/**
 * Building the provider search index: an inverted index from words to services, per-service facet masks in typed
 * arrays, and the places each service serves. Built once per provider list; {@link ProviderIndex} queries it.
 *
 * @module
 */
import { ctPlaces, placeKey } from './geo.js';
import { baseLanguage } from './language-tag.js';
import { populationIds, serviceCategoryIds } from './taxonomy.js';
import { foldText, WordTable } from './text-search.js';
import type { AnyProvider, Provider, ServiceEntry } from './types.js';

// Field weights: a word in the name counts most, then a category word, then a population word or the description.
export const W_NAME = 3;
export const W_CATEGORY = 2;
/**
 * A category word naming the service's main (first-listed) category counts one more: "lawyer" ranks the law firm
 * above a program that lists legal help among many others.
 */
export const W_MAIN_CATEGORY = 3;
export const W_POPULATION = 1;
export const W_DESCRIPTION = 1;

/** Where a service is offered, as stored per service. */
export const SCOPE_NATIONAL = 0;
export const SCOPE_STATEWIDE = 1;
export const SCOPE_TOWNS = 2;
export const SCOPE_DESCRIBED = 3;
export const SCOPE_UNSPECIFIED = 4;

/** A place a service lists: a post office from the table, or a town the table lacks (no coordinates: `NaN`). */
export interface IndexPlace {
  name: string;
  lat: number;
  lon: number;
}

/** The built index: flat typed arrays, one slot per service unless said otherwise. */
export interface ProviderIndexData<P extends AnyProvider = Provider> {
  /** Services with their organizations, in data order. */
  entries: ServiceEntry<P>[];
  /** How many services. */
  n: number;
  /** Inverted index: sorted words; per word (CSR from `postStart`) the services it occurs in and the best weight. */
  words: string[];
  postStart: Uint32Array;
  postDocs: Uint32Array;
  postWeight: Uint8Array;
  /** Services per category and per population (synonym matches go through these). */
  categoryDocs: Uint32Array[];
  /** Per category, the weight of each of its services (parallel to `categoryDocs`): main category or not. */
  categoryWeights: Uint8Array[];
  populationDocs: Uint32Array[];
  /** Facets. */
  categoryMask: Uint32Array;
  populationMask: Uint32Array;
  /** Age range; -1 where not stated. */
  ageMin: Int16Array;
  ageMax: Int16Array;
  /** 1 when the service states its languages. */
  languageStated: Uint8Array;
  /** Per base language (`es`), 1 for each service offered in it. */
  languageMembers: Map<string, Uint8Array>;
  /** Geography: each service's scope and the places it lists (CSR from `placeStart` into `places`). */
  scope: Uint8Array;
  placeStart: Uint32Array;
  placeIds: Uint32Array;
  places: IndexPlace[];
  placeByKey: Map<string, number>;
  /** Rank of each service in name order (ties: data order). */
  nameRank: Uint32Array;
}

/** Lowercase without accents; plain ASCII skips Unicode normalization. */
// eslint-disable-next-line no-control-regex -- the ASCII range, NUL included, is the point of the test
export const fold = (text: string): string => (/[^\x00-\x7f]/.test(text) ? foldText(text) : text.toLowerCase());

/**
 * Builds the index of a provider list.
 * @param providers - the providers collection (bundled or from a feed)
 */
export function buildProviderIndex<P extends AnyProvider = Provider>(providers: readonly P[]): ProviderIndexData<P> {
  const entries = providers.flatMap((provider) => provider.services.map((service) => ({ provider, service })));
  const n = entries.length;

  const catBit = new Map(serviceCategoryIds.map((c, i) => [c, i]));
  const popBit = new Map(populationIds.map((p, i) => [p, i]));
  const categoryMask = new Uint32Array(n);
  const populationMask = new Uint32Array(n);
  const ageMin = new Int16Array(n);
  const ageMax = new Int16Array(n);
  const languageStated = new Uint8Array(n);
  const scope = new Uint8Array(n);
  const catLists: number[][] = serviceCategoryIds.map(() => []);
  const catWeights: number[][] = serviceCategoryIds.map(() => []);
  const popLists: number[][] = populationIds.map(() => []);

  // Places: every post office in the table, then any listed town the table lacks (name match only, no distance).
  const places: IndexPlace[] = ctPlaces().map((p) => ({ name: p.name, lat: p.lat, lon: p.lon }));
  const placeByKey = new Map(places.map((p, i) => [placeKey(p.name), i]));
  const townIds = new Map<string, number>();
  const placeOf = (town: string): number => {
    let id = townIds.get(town);
    if (id !== undefined) return id;
    const key = placeKey(town);
    id = placeByKey.get(key);
    if (id === undefined) {
      id = places.push({ name: town, lat: NaN, lon: NaN }) - 1;
      placeByKey.set(key, id);
    }
    townIds.set(town, id);
    return id;
  };
  const languageMembers = new Map<string, Uint8Array>();
  const bases = new Map<string, string>();
  const placeStart = new Uint32Array(n + 1);
  const placeIds: number[] = [];

  // Word postings are collected as (word, service, weight) triples in service order, one per word and service
  // (the best weight kept), then laid out word by word in sorted-word order (CSR): few, flat typed arrays.
  const table = new WordTable();
  const lastDoc: number[] = [];
  const lastPair: number[] = [];
  let pairWord = new Uint32Array(1024);
  let pairDoc = new Uint32Array(1024);
  let pairWeight = new Uint8Array(1024);
  let pairs = 0;
  let doc = 0;
  let weight = 0;
  const addWord = (id: number) => {
    if (id === lastDoc.length) {
      lastDoc.push(-1);
      lastPair.push(0);
    }
    if (lastDoc[id] === doc) {
      const p = lastPair[id];
      if (pairWeight[p] < weight) pairWeight[p] = weight;
      return;
    }
    if (pairs === pairWord.length) {
      const grow = <T extends Uint32Array | Uint8Array>(a: T): T => {
        const b = new (a.constructor as new (n: number) => T)(a.length * 2);
        b.set(a);
        return b;
      };
      pairWord = grow(pairWord);
      pairDoc = grow(pairDoc);
      pairWeight = grow(pairWeight);
    }
    lastDoc[id] = doc;
    lastPair[id] = pairs;
    pairWord[pairs] = id;
    pairDoc[pairs] = doc;
    pairWeight[pairs++] = weight;
  };
  const addText = (text: string | undefined, w: number) => {
    if (!text) return;
    weight = w;
    table.eachId(text, addWord);
  };

  for (let d = 0; d < n; d++) {
    const { provider, service } = entries[d];
    doc = d;
    addText(service.name.en, W_NAME);
    addText(service.name.es, W_NAME);
    addText(provider.name, W_NAME);
    addText(provider.alternateName, W_NAME);
    addText(service.description.en, W_DESCRIPTION);
    addText(service.description.es, W_DESCRIPTION);
    addText(service.eligibility?.en, W_DESCRIPTION);
    addText(service.eligibility?.es, W_DESCRIPTION);

    let cm = 0;
    service.categories.forEach((c, i) => {
      const bit = catBit.get(c)!;
      if (!(cm & (1 << bit))) {
        catLists[bit].push(d);
        catWeights[bit].push(i ? W_CATEGORY : W_MAIN_CATEGORY);
      }
      cm |= 1 << bit;
    });
    categoryMask[d] = cm;
    let pm = 0;
    for (const p of service.populations) {
      const bit = popBit.get(p)!;
      if (!(pm & (1 << bit))) popLists[bit].push(d);
      pm |= 1 << bit;
    }
    populationMask[d] = pm;
    ageMin[d] = service.ages?.min ?? -1;
    ageMax[d] = service.ages?.max ?? -1;
    if (service.languages.length) {
      languageStated[d] = 1;
      for (const tag of service.languages) {
        let base = bases.get(tag);
        if (base === undefined) bases.set(tag, (base = baseLanguage(tag)));
        let members = languageMembers.get(base);
        if (!members) languageMembers.set(base, (members = new Uint8Array(n)));
        members[d] = 1;
      }
    }

    const area = service.serviceArea;
    placeStart[d] = placeIds.length;
    if (area.scope === 'national') scope[d] = SCOPE_NATIONAL;
    else if (area.scope === 'statewide') scope[d] = SCOPE_STATEWIDE;
    else if (area.scope === 'unspecified') scope[d] = SCOPE_UNSPECIFIED;
    else {
      const towns = area.towns ? [...area.towns] : [];
      // A confidential location's town is never used: a distance could give away where a shelter is.
      if (service.locationIds?.length) {
        for (const loc of provider.locations) {
          if (service.locationIds.includes(loc.id) && loc.town && !loc.confidential) towns.push(loc.town);
        }
      }
      const first = placeIds.length;
      for (const t of towns) {
        const id = placeOf(t);
        if (!placeIds.includes(id, first)) placeIds.push(id);
      }
      scope[d] = placeIds.length > first ? SCOPE_TOWNS : SCOPE_DESCRIBED;
    }
  }
  placeStart[n] = placeIds.length;

  // Sort the vocabulary so a prefix ("abog") is a contiguous range found by binary search.
  const order = table.words.map((_, id) => id).sort((a, b) => (table.words[a] < table.words[b] ? -1 : 1));
  const words = order.map((id) => table.words[id]);
  const slot = new Uint32Array(words.length);
  order.forEach((id, i) => (slot[id] = i));
  const postStart = new Uint32Array(words.length + 1);
  for (let k = 0; k < pairs; k++) postStart[slot[pairWord[k]] + 1]++;
  for (let i = 0; i < words.length; i++) postStart[i + 1] += postStart[i];
  const fill = postStart.slice(0, words.length);
  const postDocs = new Uint32Array(pairs);
  const postWeight = new Uint8Array(pairs);
  for (let k = 0; k < pairs; k++) {
    const at = fill[slot[pairWord[k]]]++;
    postDocs[at] = pairDoc[k];
    postWeight[at] = pairWeight[k];
  }

  // Name order for ties: folded service name, then data order. Keys end with the fixed-width data index, so the
  // default (native, comparator-free) sort orders equal names by data order and the index can be read back
  // (measured on 10,000 synthetic services: 5.9 ms, against 7.9 ms for an index sort with a comparator).
  const width = Math.max(1, n.toString(36).length);
  const keys = entries.map((e, i) => `${fold(e.service.name.en)}\u0001${i.toString(36).padStart(width, '0')}`);
  keys.sort();
  const nameRank = new Uint32Array(n);
  for (let rank = 0; rank < n; rank++) nameRank[parseInt(keys[rank].slice(-width), 36)] = rank;

  return {
    entries,
    n,
    words,
    postStart,
    postDocs,
    postWeight,
    categoryDocs: catLists.map((l) => Uint32Array.from(l)),
    categoryWeights: catWeights.map((l) => Uint8Array.from(l)),
    populationDocs: popLists.map((l) => Uint32Array.from(l)),
    categoryMask,
    populationMask,
    ageMin,
    ageMax,
    languageStated,
    languageMembers,
    scope,
    placeStart,
    placeIds: Uint32Array.from(placeIds),
    places,
    placeByKey,
    nameRank,
  };
}
