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
  AboutFact,
  Audience,
  Award,
  BlueCampaign,
  DatasetCollections,
  InformationItem,
  NewsItem,
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

/** The HART page's news titles (`dataset.news`). */
export interface NewsQueries {
  /** Every news title, in page order. */
  all(): NewsItem[];
  /** The featured articles (the page shows one in "Current Events" and one atop "News / Media"). */
  featured(): NewsItem[];
  /** The page's year groups, newest first: `{ year, archived, items }` ("Archived 2018 Articles"). */
  groups(): NewsGroup[];
}

/** The awards and recognitions the HART page reports (`dataset.awards`). */
export interface AwardQueries {
  /** Every award, in page order. */
  all(): Award[];
}

/** The HART page's About HART facts (`dataset.about`). */
export interface AboutQueries {
  /** The facts, in page order. */
  all(): AboutFact[];
}

/** The items the HART page lists by title (`dataset.information`). */
export interface InformationQueries {
  /** The INFORMATION menu items, the liaison list and the MDT directory, in page order. */
  all(): InformationItem[];
  /** Items this dataset does not hold, with how to ask for them. */
  onRequest(): InformationItem[];
}

/** The HART page's Blue Campaign block (`dataset.blueCampaign`). */
export interface BlueCampaignQueries {
  /** The block, if present. */
  get(): BlueCampaign | undefined;
}

/** The query API over one set of collections: what {@link createDataset} returns and `bundled` is. */
export interface Dataset {
  /** The raw collections (the page-content ones only when given). */
  readonly collections: DatasetCollections;
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
  /** News titles by year group and the featured articles (empty when the collections have none). */
  readonly news: NewsQueries;
  /** Awards and recognitions. */
  readonly awards: AwardQueries;
  /** About HART facts. */
  readonly about: AboutQueries;
  /** INFORMATION menu items and what is held elsewhere. */
  readonly information: InformationQueries;
  /** The Blue Campaign block. */
  readonly blueCampaign: BlueCampaignQueries;
}

/**
 * Creates the query API over a set of collections.
 * @param collections - validated collections (the bundled snapshot, or a loaded feed)
 */
export function createDataset(collections: DatasetCollections): Dataset {
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
      all: () =>
        [...collections.legislation].sort(
          (a, b) => (b.year ?? 0) - (a.year ?? 0) || (b.number ?? '').localeCompare(a.number ?? ''),
        ),
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

    news: {
      all: (): NewsItem[] => collections.news ?? [],
      featured: (): NewsItem[] => (collections.news ?? []).filter((n) => n.featured),
      groups: (): NewsGroup[] => {
        const groups: NewsGroup[] = [];
        for (const item of collections.news ?? []) {
          if (item.year === undefined) continue;
          let group = groups.find((g) => g.year === item.year);
          if (!group) groups.push((group = { year: item.year, archived: !!item.archived, items: [] }));
          group.items.push(item);
        }
        return groups.sort((a, b) => b.year - a.year);
      },
    },

    awards: {
      all: () => collections.awards ?? [],
    },

    about: {
      all: () => collections.about ?? [],
    },

    information: {
      all: () => collections.information ?? [],
      onRequest: () => (collections.information ?? []).filter((i) => i.request),
    },

    blueCampaign: {
      get: () => collections.blueCampaign?.[0],
    },
  };
}

/** A year group of the page's news list. */
export interface NewsGroup {
  /** The year the page groups the titles under. */
  year: number;
  /** Listed as "Archived <year> Articles". */
  archived: boolean;
  /** The titles of that year, in page order. */
  items: NewsItem[];
}
