/**
 * `loadDataset`: the bundled data, updated from a hosted feed when one is given and usable.
 *
 * @module
 */
import { createDataset, type Dataset } from './dataset.js';
import { loadFeed, type FeedResult, type LoadFeedOptions } from './feed.js';
import { snapshot } from './generated/snapshot.js';
import type { Collections } from './types.js';

/** What {@link loadDataset} returns: the feed result plus the merged data and its query API. */
export interface LoadedDataset extends FeedResult {
  /** Every collection: from the feed where usable, otherwise bundled. */
  collections: Collections;
  /** Queries over `collections`. */
  dataset: Dataset;
}

/**
 * Loads a feed and merges it over the bundled snapshot. Never rejects: on any failure the result is the bundled
 * data with `status: 'snapshot'` and the reasons. All callers on a page share one request per feed.
 *
 * @example
 * ```ts
 * const { dataset, status, reasons } = await loadDataset({ feed: 'https://example.org/hart-data.json' });
 * ```
 */
export async function loadDataset(options: LoadFeedOptions): Promise<LoadedDataset> {
  const result = await loadFeed({ bundledHotlines: snapshot.hotlines, ...options });
  const collections: Collections = { ...snapshot, ...result.live };
  return { ...result, collections, dataset: createDataset(collections) };
}
