/**
 * The dataset API: typed queries over the collections. Pure functions over plain data; no DOM, no network.
 *
 * @module
 */
import { createEventQueries, type EventQueries } from './events.js';
import { pickHotlines } from './pick-hotlines.js';
import {
  redFlags,
  redFlagsAudiences,
  whatToDo,
  type RedFlagsCard,
  type RedFlagsQuery,
  type ResolvedStep,
} from './red-flags.js';
import { createProviderIndex } from './search.js';
import type { ProviderQuery, ProviderSearchResult } from './search-types.js';
import type {
  Audience,
  Collections,
  Hotline,
  HotlineUse,
  Legislation,
  Notice,
  Provider,
  RedFlags,
  Resource,
  ServiceEntry,
} from './types.js';

/** Queries over the hotlines (`dataset.hotlines`). */
export interface HotlineQueries {
  /** Every hotline, in data order. */
  all(): Hotline[];
  /** One hotline by id. */
  byId(id: string): Hotline | undefined;
  /** Hotlines for a use (`emergency`, `help`, `child`, `report`, `tip`). */
  byUse(use: HotlineUse): Hotline[];
  /** The hotlines with these ids, in the order given; unknown ids are skipped. */
  pick(ids: readonly string[]): Hotline[];
}

/**
 * Queries over the providers (`dataset.providers`). One query type, {@link ProviderQuery}, serves both `search`
 * (ranked) and `filter` (data order): they find the same services.
 */
export interface ProviderQueries {
  /** Every organization. */
  all(): Provider[];
  /** One organization by id. */
  byId(id: string): Provider | undefined;
  /** Every service with its organization, in data order. */
  services(): ServiceEntry[];
  /**
   * Ranked search: text (English/Spanish, synonyms), facets and distance, with why each matched. The index is built
   * on the first call and reused (see docs/providers.md).
   */
  search(query?: ProviderQuery): ProviderSearchResult;
  /** The services {@link ProviderQueries.search} finds for the same query, in data order, without ranking or paging. */
  filter(query?: ProviderQuery): ServiceEntry[];
}

/** Queries over the public acts (`dataset.legislation`). */
export interface LegislationQueries {
  /** Every public act, newest first. */
  all(): Legislation[];
  /** Acts of one year. */
  byYear(year: number): Legislation[];
}

/** Queries over the resources (`dataset.resources`). */
export interface ResourceQueries {
  /** Every resource. */
  all(): Resource[];
  /** Resources for an audience (resources with no audience are for everyone). */
  forAudience(audience: Audience): Resource[];
}

/** Queries over the red flags (`dataset.redFlags`), with the dataset's hotlines for the guidance. */
export interface RedFlagQueries {
  /** Every record as stored: one per audience, plus shared lists (such as child sex trafficking). */
  all(): RedFlags[];
  /** The audiences that have a card, in data order. */
  audiences(): Audience[];
  /** One audience's card with shared lists resolved; `undefined` when no record is for that audience. */
  card(query: RedFlagsQuery): RedFlagsCard | undefined;
  /** What to do, for one audience, with the hotlines each step names. */
  whatToDo(audience: Audience | (string & {})): ResolvedStep[];
}

/** The posting notice (`dataset.notice`). */
export interface NoticeQueries {
  /** The posting notice, if present. */
  get(): Notice | undefined;
}

/** The query API over one set of collections: what {@link createDataset} returns and `bundled` is. */
export interface Dataset {
  /** The raw collections. */
  readonly collections: Collections;
  /** Hotlines: all, by id, by use, a pick of ids. */
  readonly hotlines: HotlineQueries;
  /** Organizations and their services: ranked search and filter with one query type. */
  readonly providers: ProviderQueries;
  /** Events: upcoming, past, on request, and calendar exports. */
  readonly events: EventQueries;
  /** Public acts. */
  readonly legislation: LegislationQueries;
  /** Resources per audience. */
  readonly resources: ResourceQueries;
  /** Red flags per audience and what to do. */
  readonly redFlags: RedFlagQueries;
  /** The posting notice. */
  readonly notice: NoticeQueries;
}

/**
 * Creates the query API over a set of collections.
 * @param collections - validated collections (the bundled snapshot, or a loaded feed)
 */
export function createDataset(collections: Collections): Dataset {
  const hotlineById = new Map(collections.hotlines.map((h) => [h.id, h]));
  const entries: ServiceEntry[] = collections.providers.flatMap((provider) =>
    provider.services.map((service) => ({ provider, service })),
  );
  const index = () => createProviderIndex(collections.providers);

  return {
    collections,
    hotlines: {
      all: () => collections.hotlines,
      byId: (id) => hotlineById.get(id),
      byUse: (use) => collections.hotlines.filter((h) => h.uses.includes(use)),
      pick: (ids) => pickHotlines(collections.hotlines, ids),
    },
    providers: {
      all: () => collections.providers,
      byId: (id) => collections.providers.find((p) => p.id === id),
      services: () => entries,
      search: (query = {}) => index().search(query),
      filter: (query = {}) => index().filter(query),
    },
    events: createEventQueries(collections.events),
    legislation: {
      all: () => [...collections.legislation].sort((a, b) => b.year - a.year || b.number.localeCompare(a.number)),
      byYear: (year) => collections.legislation.filter((l) => l.year === year),
    },
    resources: {
      all: () => collections.resources,
      forAudience: (audience) =>
        collections.resources.filter((r) => !r.audience?.length || r.audience.includes(audience)),
    },
    redFlags: {
      all: () => collections.redFlags,
      audiences: () => redFlagsAudiences(collections),
      card: (query) => redFlags(collections, query),
      whatToDo: (audience) => whatToDo(collections, audience),
    },
    notice: {
      get: () => collections.notice[0],
    },
  };
}
