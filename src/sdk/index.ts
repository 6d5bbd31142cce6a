/**
 * `hart-widgets/sdk`: typed data and queries for Connecticut's human-trafficking help resources: the data, queries,
 * loaders, formatting, exports (calendar, HSDS, JSON-LD) and types. DOM-free: importable in Node 20+, workers and
 * browsers. Schemas and validation are in `hart-widgets/sdk/schema`.
 *
 * @example
 * ```ts
 * import { bundled } from 'hart-widgets/sdk';
 * for (const h of bundled.hotlines.all()) console.log(h.name.en, h.contacts[0].display);
 * ```
 * @module
 */
export * from './core.js';
export { bundled, snapshotGenerated } from './bundled.js';
export { toHsds, toHsdsNdjson } from './hsds.js';
export type {
  HsdsAttribute,
  HsdsContact,
  HsdsExport,
  HsdsLanguage,
  HsdsLocation,
  HsdsOptions,
  HsdsOrganization,
  HsdsPhone,
  HsdsService,
  HsdsServiceArea,
  HsdsServiceAtLocation,
  HsdsTaxonomyTerm,
} from './hsds.js';
export { loadFeed } from './feed.js';
export type { DataStatus, FeedResult, LoadFeedOptions } from './feed.js';
export { loadDataset } from './load-dataset.js';
export type { LoadedDataset } from './load-dataset.js';
