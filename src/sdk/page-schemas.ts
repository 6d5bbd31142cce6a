/**
 * Schemas of the HART page's other content: news titles, awards, About HART facts, the INFORMATION menu and the Blue
 * Campaign block. A module of their own so that the lazy feed validator in the page (schemas.ts) does not carry
 * them: no element shows these collections. The build validates `data/*.json` with them and the feed publishes them.
 *
 * Every record holds only what its source says: where the page gives only a title, the record is the title and
 * what is known about where the content is (see {@link InformationItemSchema}).
 *
 * @module
 */
import * as z from 'zod/mini';
import {
  EmailSchema,
  HttpsUrlSchema,
  IsoDateSchema,
  LocalizedTextSchema,
  recordBase,
  WholeNumberSchema,
} from './schemas.js';
import type { PageCollectionName } from './collection-names.js';

const optLocalized = z.optional(LocalizedTextSchema);
const lines = z.array(z.string().check(z.minLength(1)));

/** A news title from the page's "News / Media" list, or a featured article. */
export const NewsItemSchema = z.object({
  ...recordBase,
  /** The title as the page writes it (English only: these are the articles' own titles). */
  title: LocalizedTextSchema,
  kind: z.enum(['article', 'newsletter']),
  /** The year group the page lists it under ("2019 Articles", "Archived 2018 Articles"). */
  year: z.optional(WholeNumberSchema),
  /** Listed under an "Archived ... Articles" heading. */
  archived: z.optional(z.boolean()),
  /** The page shows it as the current featured article. */
  featured: z.optional(z.boolean()),
  /** The date the page writes next to "Current Featured Article", when it gives one. */
  featuredOn: z.optional(IsoDateSchema),
  /** Only where a source gives the article's address. */
  url: z.optional(HttpsUrlSchema),
});

/** An award or a recognition the page reports. */
export const AwardSchema = z.object({
  ...recordBase,
  name: LocalizedTextSchema,
  /** Who gave it, as the source names them. */
  awardedBy: z.optional(z.string()),
  /** Who received it (one person or team). */
  recipient: z.optional(z.string()),
  /** Honorees one line per award, each line exactly as the page writes it (names are not split or corrected). */
  honorees: z.optional(lines),
  /** The date the source gives. */
  date: z.optional(IsoDateSchema),
  /** What the source says about it. */
  text: optLocalized,
});

/** A fact from the page's "About HART" section. */
export const AboutFactSchema = z.object({
  ...recordBase,
  title: LocalizedTextSchema,
  text: LocalizedTextSchema,
  points: z.optional(z.array(LocalizedTextSchema)),
  /** The year the source stated the fact (figures such as "over 800 children" are as of then). */
  asOf: z.optional(WholeNumberSchema),
});

/**
 * An item the page lists by title: the INFORMATION menu, the HART liaison list, the MDT directory. Where this dataset
 * holds the content, `heldAs` names the collection; where it does not, `availability` says what is known about where
 * the content is, and `request` how to ask for it.
 */
export const InformationItemSchema = z.object({
  ...recordBase,
  /** The title as the page writes it. */
  title: LocalizedTextSchema,
  /** Where on the page: the INFORMATION menu, or the About HART block. */
  section: z.enum(['information-menu', 'about-hart']),
  /** The date the page writes after the title, as written ("6/19", "5/14/19"). */
  pageDate: z.optional(z.string()),
  /** The collection of this dataset that holds the item's content. */
  heldAs: z.optional(
    z.enum(['redFlags', 'legislation', 'resources', 'news', 'awards', 'about', 'information', 'blueCampaign']),
  ),
  /** What is known about the content when this dataset does not hold it. */
  availability: optLocalized,
  /** How to ask for it. */
  request: z.optional(z.object({ email: EmailSchema })),
});

/** The page's Blue Campaign block (the U.S. Department of Homeland Security's campaign against human trafficking). */
export const BlueCampaignSchema = z.object({
  ...recordBase,
  name: LocalizedTextSchema,
  description: LocalizedTextSchema,
  hashtag: z.optional(z.string()),
  /** Years of the "Wear Blue Photo Challenge" the page lists. */
  photoChallengeYears: z.optional(z.array(WholeNumberSchema)),
  /** The block's other items, by title as the page writes them (the page text gives no addresses). */
  items: z.optional(z.array(LocalizedTextSchema)),
});

/** Every page-content collection's record schema, by name. */
export const pageCollectionSchemas = {
  news: NewsItemSchema,
  awards: AwardSchema,
  about: AboutFactSchema,
  information: InformationItemSchema,
  blueCampaign: BlueCampaignSchema,
} as const satisfies Record<PageCollectionName, z.ZodMiniType>;
