/**
 * The collection names, apart from the schemas so that code which only needs the names does not load zod.
 *
 * @module
 */
/** The names of the collections, in feed order. */
export const collectionNames = [
  'hotlines',
  'providers',
  'events',
  'redFlags',
  'legislation',
  'resources',
  'notice',
] as const;

/** Names of the collections the elements show (and a hosted feed can update in the page). */
export type CollectionName = (typeof collectionNames)[number];

/**
 * The rest of the HART page's content: news titles, awards, About HART facts, the INFORMATION menu and the Blue
 * Campaign block. In the feed and the SDK's `bundled`, never in an element's bundle, and not read by the page's
 * feed loader (no element shows them).
 */
export const pageCollectionNames = ['news', 'awards', 'about', 'information', 'blueCampaign'] as const;

/** Names of the page-content collections. */
export type PageCollectionName = (typeof pageCollectionNames)[number];

/** Every collection of the data, in file order. */
export const allCollectionNames = [...collectionNames, ...pageCollectionNames] as const;

/** Names of every collection. */
export type AnyCollectionName = CollectionName | PageCollectionName;
