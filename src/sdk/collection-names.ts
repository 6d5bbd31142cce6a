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

/** Names of the collections. */
export type CollectionName = (typeof collectionNames)[number];
