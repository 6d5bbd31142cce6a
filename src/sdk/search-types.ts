/**
 * The public types of provider search: the query, the results and the reasons each result matched.
 *
 * @module
 */
import type { NearInput, Origin } from './geo.js';
import type { AnyProvider, Population, Provider, ServiceCategory, ServiceEntry } from './types.js';

/** What to search for. Every given part must match. */
export interface ProviderQuery {
  /** Words in English or Spanish: names, descriptions, and category words ("abogado", "therapy", "albergue"). */
  text?: string;
  /** Any of these service categories. */
  services?: ServiceCategory | readonly ServiceCategory[];
  /** Serves a person of this age (services that state no ages are kept, with "ages not stated"). */
  age?: number;
  /** Serves any of these groups. */
  population?: Population | readonly Population[];
  /** Offered in this language (BCP 47; `es-MX` means `es`). Services that state no language are kept. */
  language?: string;
  /** Where to measure distance from; a bare string is read as a ZIP code when it looks like one, else a town. */
  near?: NearInput | string;
  /** Drop services in other towns farther than this from `near` (statewide and unstated areas are never dropped). */
  radiusKm?: number;
  /** `distance` (the default when `near` resolves) or `relevance`. */
  sort?: 'distance' | 'relevance';
  /** At most this many results (after `offset`); all when absent. */
  limit?: number;
  /** Skip this many ranked results (paging). */
  offset?: number;
}

/** How a service's area relates to the place searched from. */
export type AreaMatch =
  | { kind: 'town'; town: string }
  | { kind: 'statewide' }
  | { kind: 'national' }
  | { kind: 'nearby'; town: string; distanceKm: number }
  /** The area is described only in words (a region with no town list, or towns not in the table). */
  | { kind: 'described' }
  /** The source does not say where the service is offered. */
  | { kind: 'unspecified' };

/** One reason a service is in the results. */
export type MatchReason =
  | {
      kind: 'text';
      /** The query word (index form). */
      term: string;
      /** Where it matched, the best place first: the name, a category word, a population word, or the description. */
      field: 'name' | 'category' | 'population' | 'description';
      category?: ServiceCategory;
      population?: Population;
    }
  | { kind: 'service'; categories: ServiceCategory[] }
  | { kind: 'age'; age: number; stated: boolean }
  | { kind: 'population'; populations: Population[] }
  | { kind: 'language'; language: string; stated: boolean }
  | { kind: 'area'; area: AreaMatch }
  /** Listed as related to what was asked, not as it: housing help for a search for a shelter. */
  | { kind: 'related'; to: 'shelter' };

/** One ranked result. */
export interface ProviderHit<P extends AnyProvider = Provider> extends ServiceEntry<P> {
  /** Text relevance (0 without text). */
  score: number;
  /** Kilometres to the nearest town the service lists; 0 when it serves the place searched from. */
  distanceKm?: number;
  /** How the service's area relates to the place searched from (only when `near` resolved). */
  area?: AreaMatch;
  /** Why it matched, one reason per part of the query. */
  why: MatchReason[];
}

/** What a search returns. */
export interface ProviderSearchResult<P extends AnyProvider = Provider> {
  /** How many services match in all (before `offset`/`limit`). */
  total: number;
  /** The ranked results (after `offset`/`limit`). */
  results: ProviderHit<P>[];
  /** The resolved place, when `near` was given and found. */
  origin?: Origin;
  /** True when `near` was given but is not a Connecticut ZIP code or post-office name, or not a valid point. */
  nearNotFound: boolean;
  /** The query words searched for (stop words such as "help" or "ayuda" removed). */
  terms: string[];
  /**
   * What the query asked for that no listed service is: `shelter` for "shelter", "albergue", "safe house"... The
   * results are then related services only (housing help, each with a `related` reason), and a page should say that
   * no listed service is a shelter and give the hotline, which can help arrange emergency shelter.
   */
  unmet?: 'shelter';
}
