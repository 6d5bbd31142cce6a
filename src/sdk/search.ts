/**
 * Provider search: free text (English and Spanish, synonyms, accent-insensitive), facets (service category, age,
 * population, language) and distance from a ZIP code, town or point, ranked, with the reasons each service matched.
 *
 * The index is built once per provider list (on first search, see search-index.ts) and reused. A search then touches
 * only the postings of its words and one pass over the candidates, so 10,000 services answer in well under a
 * millisecond.
 *
 * Ranking (see docs/providers.md): with a place, services that serve it come first (those listing its town, then
 * statewide, then national), then services in other towns by distance, then services whose area is not stated or is
 * described only in words; within each, better text matches first, then by name. Without a place: text relevance,
 * then name.
 *
 * @module
 */
import { distanceKm, placeKey, resolveNear } from './geo.js';
import { baseLanguage } from './language-tag.js';
import {
  buildProviderIndex,
  SCOPE_DESCRIBED,
  SCOPE_NATIONAL,
  SCOPE_STATEWIDE,
  SCOPE_TOWNS,
  SCOPE_UNSPECIFIED,
  W_CATEGORY,
  W_DESCRIPTION,
  W_MAIN_CATEGORY,
  W_NAME,
  W_POPULATION,
  type ProviderIndexData,
} from './search-index.js';
import type { AreaMatch, MatchReason, ProviderHit, ProviderQuery, ProviderSearchResult } from './search-types.js';
import {
  categoryWords,
  lookupTerm,
  lowerBound,
  populationWords,
  serviceCategoryIds,
  populationIds,
  shelterAsked,
} from './taxonomy.js';
import { queryTerms, termMatch, tokenize, MIN_PREFIX } from './text-search.js';
import { topK } from './top-k.js';
import type { AnyProvider, Population, Provider, ServiceCategory, ServiceEntry } from './types.js';

export type { AreaMatch, MatchReason, ProviderHit, ProviderQuery, ProviderSearchResult } from './search-types.js';

const MAX_TERMS = 32;
/** A facet mask no service carries (the taxonomies use fewer than 31 bits). */
const NO_MATCH = 0x40000000;

/** The search index over one list of providers. Build it with {@link createProviderIndex}. */
export class ProviderIndex<P extends AnyProvider = Provider> {
  /** Services with their organizations, in data order. */
  readonly entries: ServiceEntry<P>[];
  private readonly ix: ProviderIndexData<P>;
  // Scratch space reused by every search (JavaScript runs one search at a time).
  private readonly level: Uint32Array;
  private readonly best: Uint8Array;
  private readonly score: Uint16Array;
  private readonly placeDist: Float64Array;
  private readonly touched: Uint32Array;
  private readonly matchDoc: Uint32Array;
  private readonly matchGroup: Uint8Array;
  private readonly matchDist: Float64Array;
  private readonly matchSub: Uint8Array;
  private readonly matchPlace: Int32Array;
  private generation = 0;

  /** @param providers - the providers collection (bundled or from a feed) */
  constructor(providers: readonly P[]) {
    const ix = buildProviderIndex(providers);
    const n = ix.n;
    this.ix = ix;
    this.entries = ix.entries;
    this.level = new Uint32Array(n);
    this.best = new Uint8Array(n);
    this.score = new Uint16Array(n);
    this.placeDist = new Float64Array(ix.places.length);
    this.touched = new Uint32Array(n);
    this.matchDoc = new Uint32Array(n);
    this.matchGroup = new Uint8Array(n);
    this.matchDist = new Float64Array(n);
    this.matchSub = new Uint8Array(n);
    this.matchPlace = new Int32Array(n);
  }

  /**
   * Searches the index: ranked, with why each service matched. Parts of the query that are absent do not filter.
   * @param query - text, facets, place, paging
   */
  search(query: ProviderQuery = {}): ProviderSearchResult<P> {
    // No listed service is a shelter (no category says so): a search for one gets housing help, labelled related.
    const shelter = query.text ? shelterAsked(query.text) : undefined;
    if (shelter) {
      const services = query.services?.length ? query.services : 'housing';
      const related = this.run({ ...query, text: shelter.rest, services }, false);
      for (const hit of related.results) hit.why.push({ kind: 'related', to: 'shelter' });
      return { ...related, unmet: 'shelter' };
    }
    return this.run(query, false);
  }

  /**
   * The services {@link ProviderIndex.search} finds for the same query, in data order, without ranking, reasons or
   * paging (`sort`, `limit` and `offset` are ignored).
   * @param query - text, facets, place
   */
  filter(query: ProviderQuery = {}): ServiceEntry<P>[] {
    return this.run(query, true);
  }

  private run(query: ProviderQuery, unranked: true): ServiceEntry<P>[];
  private run(query: ProviderQuery, unranked: false): ProviderSearchResult<P>;
  private run(query: ProviderQuery, unranked: boolean): ProviderSearchResult<P> | ServiceEntry<P>[] {
    const ix = this.ix;
    const n = ix.n;
    const terms = queryTerms(query.text ?? '').slice(0, MAX_TERMS);
    // Which categories and groups each term names (looked up once: the index and the reasons both use them).
    const catHits = terms.map((t) => lookupTerm(categoryWords(), t));
    const popHits = terms.map((t) => lookupTerm(populationWords(), t));

    // 1. Text: intersect the services matching each term, keeping each term's best weight.
    let candidates: Uint32Array | undefined;
    let candidateCount = n;
    if (terms.length) {
      if (++this.generation >= 1 << 24) {
        this.generation = 1;
        this.level.fill(0);
      }
      const gen = this.generation << 8;
      const touched = this.touched;
      let count = 0;
      for (let j = 0; j < terms.length; j++) {
        count = 0;
        const enter = gen | j;
        const done = gen | (j + 1);
        const visit = (docs: Uint32Array, from: number, to: number, weights: Uint8Array | number, mult: number) => {
          for (let k = from; k < to; k++) {
            const d = docs[k];
            const w = (typeof weights === 'number' ? weights : weights[k]) * mult;
            const lv = this.level[d];
            if (j === 0 ? lv >>> 8 !== this.generation : lv === enter) {
              this.level[d] = done;
              this.best[d] = w;
              touched[count++] = d; // at most one entry per service and term: n slots suffice
            } else if (lv === done && this.best[d] < w) {
              this.best[d] = w;
            }
          }
        };
        const term = terms[j];
        for (let i = lowerBound(ix.words, term); i < ix.words.length; i++) {
          const how = termMatch(term, ix.words[i]);
          if (!how) break;
          visit(ix.postDocs, ix.postStart[i], ix.postStart[i + 1], ix.postWeight, how);
          if (term.length < MIN_PREFIX) break;
        }
        for (const [c, how] of catHits[j]) {
          const ci = serviceCategoryIds.indexOf(c);
          const docs = ix.categoryDocs[ci];
          visit(docs, 0, docs.length, ix.categoryWeights[ci], how);
        }
        for (const [p, how] of popHits[j]) {
          const docs = ix.populationDocs[populationIds.indexOf(p)];
          visit(docs, 0, docs.length, W_POPULATION, how);
        }
        for (let k = 0; k < count; k++) {
          const d = touched[k];
          this.score[d] = (j === 0 ? 0 : this.score[d]) + this.best[d];
        }
        if (!count) break;
      }
      candidates = touched;
      candidateCount = count;
    }

    // 2. Facets.
    const wantCategories = maskOf(query.services, serviceCategoryIds);
    const wantPopulations = maskOf(query.population, populationIds);
    const age = typeof query.age === 'number' && Number.isFinite(query.age) ? query.age : undefined;
    const language = query.language ? baseLanguage(query.language) : undefined;
    const members = language ? ix.languageMembers.get(language) : undefined;

    // 3. Place: distance from the origin to every place once, then per service the nearest place it lists.
    const origin = query.near === undefined || query.near === '' ? undefined : resolveNear(query.near);
    const nearNotFound = query.near !== undefined && query.near !== '' && !origin;
    const originPlace = origin?.place !== undefined ? (ix.placeByKey.get(placeKey(origin.place)) ?? -1) : -1;
    if (origin) {
      for (let i = 0; i < ix.places.length; i++) {
        const p = ix.places[i];
        this.placeDist[i] = Number.isNaN(p.lat) ? NaN : distanceKm(origin, p);
      }
    }
    const radius = typeof query.radiusKm === 'number' && query.radiusKm >= 0 ? query.radiusKm : Infinity;
    const byDistance = !!origin && query.sort !== 'relevance';

    // 4. One pass over the candidates.
    // Matches go into per-index scratch arrays (no allocation per search, so no garbage for the collector).
    const { matchDoc: docs, matchGroup: group, matchDist: dist, matchSub: sub, matchPlace: nearestPlace } = this;
    let total = 0;
    for (let k = 0; k < candidateCount; k++) {
      const d = candidates ? candidates[k] : k;
      if (wantCategories && !(ix.categoryMask[d] & wantCategories)) continue;
      if (wantPopulations && !(ix.populationMask[d] & wantPopulations)) continue;
      if (age !== undefined) {
        const lo = ix.ageMin[d];
        const hi = ix.ageMax[d];
        if ((lo >= 0 && age < lo) || (hi >= 0 && age > hi)) continue;
      }
      if (language && ix.languageStated[d] && !(members && members[d])) continue;
      let g = 0;
      let dk = 0;
      let s = 0;
      let np = -1;
      if (origin) {
        const sc = ix.scope[d];
        if (sc === SCOPE_NATIONAL || sc === SCOPE_STATEWIDE) {
          s = sc === SCOPE_STATEWIDE ? 1 : 2;
        } else if (sc === SCOPE_TOWNS) {
          let min = Infinity;
          let here = false;
          for (let i = ix.placeStart[d]; i < ix.placeStart[d + 1]; i++) {
            const p = ix.placeIds[i];
            if (p === originPlace) {
              here = true;
              np = p;
              break;
            }
            const pd = this.placeDist[p];
            if (pd < min) {
              min = pd;
              np = p;
            }
          }
          if (here) {
            min = 0;
          } else if (min === Infinity) {
            g = 2; // listed towns not in the table: shown with the located ones' leftovers
            np = -1;
          } else {
            if (min > radius) continue;
            g = 1;
          }
          dk = g === 2 ? 0 : min;
        } else {
          g = 2;
          s = sc === SCOPE_DESCRIBED ? 0 : 1;
        }
      }
      docs[total] = d;
      group[total] = g;
      dist[total] = dk;
      sub[total] = s;
      nearestPlace[total++] = np;
    }
    // A typed array sorts numerically: data order.
    if (unranked) return Array.from(docs.slice(0, total).sort(), (d) => this.entries[d]);

    // 5. Rank: only the first offset+limit need ordering, but the total counts them all.
    const offset = Math.max(0, Math.floor(query.offset ?? 0));
    const limit = query.limit === undefined ? total : Math.max(0, Math.floor(query.limit));
    const score = terms.length ? this.score : undefined;
    const rank = ix.nameRank;
    const before = (a: number, b: number): number => {
      const da = docs[a];
      const db = docs[b];
      const sa = score ? score[da] : 0;
      const sb = score ? score[db] : 0;
      if (byDistance) {
        return group[a] - group[b] || dist[a] - dist[b] || sub[a] - sub[b] || sb - sa || rank[da] - rank[db];
      }
      if (origin) {
        return sb - sa || group[a] - group[b] || dist[a] - dist[b] || sub[a] - sub[b] || rank[da] - rank[db];
      }
      return sb - sa || rank[da] - rank[db];
    };
    const wanted = Math.min(total, offset + limit);
    const top = topK(total, wanted, before).slice(offset);

    const results = top.map((i): ProviderHit<P> => {
      const d = docs[i];
      const entry = this.entries[d];
      const hit: ProviderHit<P> = {
        ...entry,
        score: score ? score[d] : 0,
        why: this.textReasons(entry, terms, catHits, popHits),
      };
      if (wantCategories) {
        hit.why.push({
          kind: 'service',
          categories: entry.service.categories.filter((c) => wantCategories & (1 << serviceCategoryIds.indexOf(c))),
        });
      }
      if (age !== undefined)
        hit.why.push({
          kind: 'age',
          age,
          stated:
            !!entry.service.ages && (entry.service.ages.min !== undefined || entry.service.ages.max !== undefined),
        });
      if (wantPopulations) {
        hit.why.push({
          kind: 'population',
          populations: entry.service.populations.filter((p) => wantPopulations & (1 << populationIds.indexOf(p))),
        });
      }
      if (language) hit.why.push({ kind: 'language', language, stated: entry.service.languages.length > 0 });
      if (origin) {
        const area = this.areaOf(d, group[i], sub[i], dist[i], nearestPlace[i]);
        hit.area = area;
        if (group[i] < 2) hit.distanceKm = dist[i];
        hit.why.push({ kind: 'area', area });
      }
      return hit;
    });

    return { total, results, origin, nearNotFound, terms };
  }

  private areaOf(d: number, g: number, s: number, km: number, place: number): AreaMatch {
    const ix = this.ix;
    if (g === 0) {
      if (s === 1) return { kind: 'statewide' };
      if (s === 2) return { kind: 'national' };
      return { kind: 'town', town: ix.places[place].name };
    }
    if (g === 1) return { kind: 'nearby', town: this.townName(d, place), distanceKm: km };
    return ix.scope[d] === SCOPE_UNSPECIFIED ? { kind: 'unspecified' } : { kind: 'described' };
  }

  /** The town as the data spells it (the place table may spell it differently, e.g. with other capitals). */
  private townName(d: number, place: number): string {
    const ix = this.ix;
    const key = placeKey(ix.places[place].name);
    const listed = this.entries[d].service.serviceArea.towns?.find((t) => placeKey(t) === key);
    return listed ?? ix.places[place].name;
  }

  /**
   * For each query term, the best field it matched in this service (same weights and tie rules as the index and the
   * documented ranking). The description is read only when it could still win: a name match (3+) or a whole category
   * word (4) always beats it (at most 2), so most results never tokenize their long texts.
   */
  private textReasons(
    entry: ServiceEntry<P>,
    terms: string[],
    catHits: Map<ServiceCategory, 1 | 2>[],
    popHits: Map<Population, 1 | 2>[],
  ): MatchReason[] {
    if (!terms.length) return [];
    const { provider, service } = entry;
    const nameWords = tokenize(
      [service.name.en, service.name.es ?? '', provider.name, provider.alternateName ?? ''].join(' '),
    );
    let bodyWords: string[] | undefined;
    const bestIn = (term: string, words: string[]) => words.reduce((m, w) => Math.max(m, termMatch(term, w)), 0);
    return terms.map((term, j): MatchReason => {
      const name = bestIn(term, nameWords) * W_NAME;
      let category: ServiceCategory | undefined;
      let cat = 0;
      for (const [c, how] of catHits[j]) {
        const at = service.categories.indexOf(c);
        const w = how * (at ? W_CATEGORY : W_MAIN_CATEGORY);
        if (at >= 0 && w > cat) [cat, category] = [w, c];
      }
      let description = 0;
      if (name === 0 && cat <= 2 * W_DESCRIPTION) {
        bodyWords ??= tokenize(
          [
            service.description.en,
            service.description.es ?? '',
            service.eligibility?.en ?? '',
            service.eligibility?.es ?? '',
          ].join(' '),
        );
        description = bestIn(term, bodyWords) * W_DESCRIPTION;
      }
      let reason: MatchReason = { kind: 'text', term, field: 'description' };
      let best = description;
      if (name > 0 && name >= best) {
        best = name;
        reason = { kind: 'text', term, field: 'name' };
      }
      if (category && cat > best) {
        best = cat;
        reason = { kind: 'text', term, field: 'category', category };
      }
      for (const [p, how] of popHits[j]) {
        if (service.populations.includes(p) && how * W_POPULATION > best) {
          best = how * W_POPULATION;
          reason = { kind: 'text', term, field: 'population', population: p };
        }
      }
      return reason;
    });
  }
}

function maskOf<K extends string>(value: K | readonly K[] | undefined, ids: readonly K[]): number {
  const list = value === undefined ? [] : typeof value === 'string' ? [value] : value;
  let mask = 0;
  for (const v of list) {
    const bit = ids.indexOf(v);
    if (bit >= 0) mask |= 1 << bit;
  }
  // Asked for only unknown values: match nothing rather than everything (no service has the top bit).
  return list.length && !mask ? NO_MATCH : mask;
}

const indexes = new WeakMap<readonly AnyProvider[], ProviderIndex<AnyProvider>>();

/**
 * The search index of a provider list, built on first use and kept as long as the list is (one per dataset).
 * @param providers - the providers collection (bundled or from a feed)
 */
export function createProviderIndex<P extends AnyProvider = Provider>(providers: readonly P[]): ProviderIndex<P> {
  let index = indexes.get(providers) as ProviderIndex<P> | undefined;
  if (!index) indexes.set(providers, (index = new ProviderIndex(providers)));
  return index;
}

/**
 * Searches a provider list (building its index on first use).
 * @example
 * ```ts
 * searchProviders(bundled.collections.providers, { text: 'abogado', near: { zip: '06106' } }).results[0].service.id;
 * ```
 */
export function searchProviders<P extends AnyProvider = Provider>(
  providers: readonly P[],
  query: ProviderQuery = {},
): ProviderSearchResult<P> {
  return createProviderIndex(providers).search(query);
}
