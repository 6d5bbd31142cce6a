/**
 * The dataset API: typed queries over the collections. Pure functions over plain data; no DOM, no network.
 *
 * @module
 */
import { createProviderIndex, type ProviderQuery, type ProviderSearchResult } from './search.js';
import type {
  Audience,
  Collections,
  Hotline,
  HotlineUse,
  Population,
  Provider,
  RedFlags,
  Service,
  ServiceCategory,
  WithoutSources,
} from './types.js';
import { createEventQueries } from './events.js';

/**
 * A service together with the organization that runs it (what provider queries return). `P` is the provider record
 * type: the full one, or one without `sources` as the provider finder bundles it.
 */
export interface ServiceEntry<P extends WithoutSources<Provider> = Provider> {
  provider: P;
  service: Service;
}

/** Filters for {@link Dataset.providers}.filter. Every given filter must match. */
export interface ProviderFilter {
  /** Any of these service categories. */
  categories?: ServiceCategory[];
  /** Serves a person of this age (services without an age range serve all ages). */
  age?: number;
  /** Serves this population. */
  population?: Population;
  /** Offered in this language (services that state no language are not excluded). */
  language?: string;
  /** Offered in this Connecticut town (statewide and national services match every town). */
  town?: string;
}

/** Anything that takes a "now" (ISO string, Date or epoch ms); defaults to the current time. */
export type NowInput = string | number | Date | undefined;

/** Whether a service is offered in a town (case-insensitive; statewide and national always are). */
export function servesTown(service: Service, town: string): boolean {
  const area = service.serviceArea;
  if (area.scope === 'statewide' || area.scope === 'national') return true;
  const wanted = town.trim().toLowerCase();
  return (area.towns ?? []).some((t) => t.toLowerCase() === wanted);
}

/** Whether a service serves a person of `age` years. */
export function servesAge(service: Service, age: number): boolean {
  const { min, max } = service.ages ?? {};
  return (min === undefined || age >= min) && (max === undefined || age <= max);
}

function matches(service: Service, f: ProviderFilter): boolean {
  if (f.categories?.length && !service.categories.some((c) => f.categories!.includes(c))) return false;
  if (f.age !== undefined && !servesAge(service, f.age)) return false;
  if (f.population && !service.populations.includes(f.population)) return false;
  if (f.language && service.languages.length && !service.languages.some((l) => l.split('-')[0] === f.language))
    return false;
  if (f.town && !servesTown(service, f.town)) return false;
  return true;
}

/**
 * The hotlines with these ids, in the order given; unknown ids are skipped.
 * @param hotlines - the hotline collection
 * @param ids - hotline ids
 */
export function pickHotlines<H extends { id: string } = Hotline>(hotlines: readonly H[], ids: readonly string[]): H[] {
  return ids.map((id) => hotlines.find((h) => h.id === id)).filter((h): h is H => h !== undefined);
}

/**
 * Creates the query API over a set of collections.
 * @param collections - validated collections (the bundled snapshot, or a loaded feed)
 */
export function createDataset(collections: Collections) {
  const hotlineById = new Map(collections.hotlines.map((h) => [h.id, h]));
  const entries: ServiceEntry[] = collections.providers.flatMap((provider) =>
    provider.services.map((service) => ({ provider, service })),
  );

  return {
    /** The raw collections. */
    collections,

    hotlines: {
      /** Every hotline, in data order. */
      all: (): Hotline[] => collections.hotlines,
      /** One hotline by id. */
      byId: (id: string): Hotline | undefined => hotlineById.get(id),
      /** Hotlines for a use (`emergency`, `help`, `child`, `report`, `tip`). */
      byUse: (use: HotlineUse): Hotline[] => collections.hotlines.filter((h) => h.uses.includes(use)),
      /** The hotlines with these ids, in the order given; unknown ids are skipped. */
      pick: (ids: readonly string[]): Hotline[] => pickHotlines(collections.hotlines, ids),
    },

    providers: {
      /** Every organization. */
      all: (): Provider[] => collections.providers,
      /** One organization by id. */
      byId: (id: string): Provider | undefined => collections.providers.find((p) => p.id === id),
      /** Every service with its organization. */
      services: (): ServiceEntry[] => entries,
      /** Services matching every given filter, in data order. */
      filter: (filter: ProviderFilter = {}): ServiceEntry[] => entries.filter((e) => matches(e.service, filter)),
      /**
       * Ranked search: text (English/Spanish, synonyms), facets and distance, with why each matched. The index is
       * built on the first call and reused (see docs/providers.md).
       */
      search: (query: ProviderQuery = {}): ProviderSearchResult =>
        createProviderIndex(collections.providers).search(query),
    },

    /** Events: upcoming, past, on request, and calendar exports (see {@link createEventQueries}). */
    events: createEventQueries(collections.events),

    legislation: {
      /** Every public act, newest first. */
      all: () => [...collections.legislation].sort((a, b) => b.year - a.year || b.number.localeCompare(a.number)),
      /** Acts of one year. */
      byYear: (year: number) => collections.legislation.filter((l) => l.year === year),
    },

    resources: {
      /** Every resource. */
      all: () => collections.resources,
      /** Resources for an audience (resources with no audience are for everyone). */
      forAudience: (audience: Audience) =>
        collections.resources.filter((r) => !r.audience?.length || r.audience.includes(audience)),
    },

    redFlags: {
      /** Every audience's indicators. */
      all: (): RedFlags[] => collections.redFlags,
      /** Indicators for one audience. */
      forAudience: (audience: Audience): RedFlags | undefined =>
        collections.redFlags.find((r) => r.audience === audience),
    },

    notice: {
      /** The posting notice, if present. */
      get: () => collections.notice[0],
    },
  };
}

/** The query API returned by {@link createDataset}. */
export type Dataset = ReturnType<typeof createDataset>;
