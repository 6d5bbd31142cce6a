/**
 * Types of every record, inferred from the schemas so that data, validator and code share one definition.
 *
 * @module
 */
import type * as z from 'zod/mini';
import type * as s from './schemas.js';
import type * as p from './page-schemas.js';
import type { FeedSchema } from './feed-schema.js';
import type { PageCollectionName } from './collection-names.js';

/** Text in English, with Spanish when there is a translation (`{ en, es? }`). */
export type LocalizedText = z.output<typeof s.LocalizedTextSchema>;
/** Text in both English and Spanish (`{ en, es }`). */
export type BilingualText = z.output<typeof s.BilingualTextSchema>;
/** Where a fact comes from: a title, and a URL or a note. */
export type SourceRef = z.output<typeof s.SourceRefSchema>;
/** How a contact point is reached: `voice`, `text`, `textphone`, `chat`, `email` or `web`. */
export type ContactKind = z.output<typeof s.ContactKindSchema>;
/** One way to reach a hotline or service: its kind, value, display form and hours. */
export type ContactPoint = z.output<typeof s.ContactPointSchema>;
/** What a hotline is for: `emergency`, `help`, `child`, `report` or `tip`. */
export type HotlineUse = z.output<typeof s.HotlineUseSchema>;
/** A hotline record: name, uses, contact points (numbers are exact), hours and languages. */
export type Hotline = z.output<typeof s.HotlineSchema>;
/** A service category id (the taxonomy in `serviceCategories`). */
export type ServiceCategory = z.output<typeof s.ServiceCategorySchema>;
/** A population id (the groups in `populations`). */
export type Population = z.output<typeof s.PopulationSchema>;
/** How someone gets into a service: `self`, `family`, `professional`, `dcf`, `school`, ... (see `referralRoutes`). */
export type ReferralRoute = z.output<typeof s.ReferralRouteSchema>;
/** Where a service is offered: national, statewide, a region or towns, or unspecified. */
export type ServiceArea = z.output<typeof s.ServiceAreaSchema>;
/** A place, only as precise as the source (a town is enough); `confidential` means "call for location". */
export type Location = z.output<typeof s.LocationSchema>;
/** One service of a provider: categories, populations, ages, languages, area, contacts and referral. */
export type Service = z.output<typeof s.ServiceSchema>;
/** A provider organization with its services and locations (mappable to Open Referral HSDS 3.0). */
export type Provider = z.output<typeof s.ProviderSchema>;
/** Who a resource, event or red-flags card is for (`general`, `hospitality`, `education`, ...). */
export type Audience = z.output<typeof s.AudienceSchema>;
/** An event: a webinar, training or community event, dated or offered on request. */
export type HartEvent = z.output<typeof s.EventSchema>;
/** A Connecticut public act on human trafficking. */
export type Legislation = z.output<typeof s.LegislationSchema>;
/** A resource (guide, toolkit, website) with the audiences it is for. */
export type Resource = z.output<typeof s.ResourceSchema>;
/** One red flag (indicator of human trafficking), in English and Spanish. */
export type Indicator = z.output<typeof s.IndicatorSchema>;
/** A "what to do" step, naming the hotlines to call by id. */
export type GuidanceStep = z.output<typeof s.GuidanceStepSchema>;
/** One audience's red flags (or a shared list): categories of indicators and what to do. */
export type RedFlags = z.output<typeof s.RedFlagsSchema>;
/** The posting notice in one language. */
export type NoticeText = z.output<typeof s.NoticeTextSchema>;
/** The posting notice required by Connecticut law, in every language it has. */
export type Notice = z.output<typeof s.NoticeSchema>;
/** A news item of the HART page: its title, year group and link. */
export type NewsItem = z.output<typeof p.NewsItemSchema>;
/** An award or a recognition the HART page reports. */
export type Award = z.output<typeof p.AwardSchema>;
/** A fact of the page's About HART section. */
export type AboutFact = z.output<typeof p.AboutFactSchema>;
/** An item of the page's INFORMATION menu. */
export type InformationItem = z.output<typeof p.InformationItemSchema>;
/** The Blue Campaign section of the page. */
export type BlueCampaign = z.output<typeof p.BlueCampaignSchema>;
/** A whole data feed (`hart-data.json`): format version, generation time and every collection. */
export type Feed = z.output<typeof FeedSchema>;

/**
 * A record without its `sources`: how the elements bundle hotlines, providers, events and the notice, since none of
 * them shows where those facts come from (the feed and `hart-widgets/sdk`'s `bundled` keep every field).
 */
export type WithoutSources<T> = Omit<T, 'sources'>;

/** All collections of a dataset. */
export type Collections = Feed['collections'];

/**
 * What a dataset is made from: every collection the elements show, and the page-content ones (news, awards, about,
 * information, blueCampaign) when present.
 */
export type DatasetCollections = Omit<Collections, PageCollectionName> & Partial<Pick<Collections, PageCollectionName>>;

/** Languages the elements speak. */
export type Lang = 'en' | 'es';

/**
 * How every SDK function takes a language: a trailing options object `{ lang }` (English when absent), e.g.
 * `localize(text, { lang: 'es' })`, `toIcs(events, { lang: 'es' })`.
 */
export interface LangOptions {
  /** The reader's language (default `en`). */
  lang?: Lang;
}

/** Any provider record the queries can read: with or without `sources` (they never read them). */
export type AnyProvider = WithoutSources<Provider>;

/**
 * A service together with the organization that runs it (what provider queries return). `P` is the provider record
 * type: the full one, or one without `sources` as the provider finder bundles it.
 */
export interface ServiceEntry<P extends AnyProvider = Provider> {
  /** The organization. */
  provider: P;
  /** One of its services. */
  service: Service;
}

/** Anything that takes a "now" (ISO string, Date or epoch ms); defaults to the current time. */
export type NowInput = string | number | Date | undefined;
