/**
 * Types of every record, inferred from the schemas so that data, validator and code share one definition.
 *
 * @module
 */
import type * as z from 'zod/mini';
import type * as s from './schemas.js';
import type { FeedSchema } from './feed-schema.js';

export type LocalizedText = z.output<typeof s.LocalizedTextSchema>;
export type BilingualText = z.output<typeof s.BilingualTextSchema>;
export type SourceRef = z.output<typeof s.SourceRefSchema>;
export type ContactKind = z.output<typeof s.ContactKindSchema>;
export type ContactPoint = z.output<typeof s.ContactPointSchema>;
export type HotlineUse = z.output<typeof s.HotlineUseSchema>;
export type Hotline = z.output<typeof s.HotlineSchema>;
export type ServiceCategory = z.output<typeof s.ServiceCategorySchema>;
export type Population = z.output<typeof s.PopulationSchema>;
export type ReferralRoute = z.output<typeof s.ReferralRouteSchema>;
export type ServiceArea = z.output<typeof s.ServiceAreaSchema>;
export type Location = z.output<typeof s.LocationSchema>;
export type Service = z.output<typeof s.ServiceSchema>;
export type Provider = z.output<typeof s.ProviderSchema>;
export type Audience = z.output<typeof s.AudienceSchema>;
export type HartEvent = z.output<typeof s.EventSchema>;
export type Legislation = z.output<typeof s.LegislationSchema>;
export type Resource = z.output<typeof s.ResourceSchema>;
export type Indicator = z.output<typeof s.IndicatorSchema>;
export type GuidanceStep = z.output<typeof s.GuidanceStepSchema>;
export type RedFlags = z.output<typeof s.RedFlagsSchema>;
export type NoticeText = z.output<typeof s.NoticeTextSchema>;
export type Notice = z.output<typeof s.NoticeSchema>;
export type Feed = z.output<typeof FeedSchema>;

/**
 * A record without its `sources`: how the elements bundle hotlines, providers, events and the notice, since none of
 * them shows where those facts come from (the feed and `hart-widgets/sdk`'s `bundled` keep every field).
 */
export type WithoutSources<T> = Omit<T, 'sources'>;

/** All collections of a dataset. */
export type Collections = Feed['collections'];

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
