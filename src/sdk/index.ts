/**
 * `hart-widgets/sdk`: typed data and queries for Connecticut's human-trafficking help resources.
 * DOM-free: importable in Node 20+, workers and browsers.
 *
 * @example
 * ```ts
 * import { bundled } from 'hart-widgets/sdk';
 * for (const h of bundled.hotlines.all()) console.log(h.name.en, h.contacts[0].display);
 * ```
 * @module
 */
export * from './core.js';
export { bundled, snapshot, snapshotGenerated } from './bundled.js';
export * from './schemas.js';
export { FeedSchema } from './feed-schema.js';
export { formatIssue, validateCollections, validateRecord } from './validate.js';
export type { DataIssue, ValidationResult } from './validate.js';
export { checkReferences } from './integrity.js';
export { HSDS_NAMESPACE, toHSDS, toHSDSNdjson } from './hsds.js';
export type * from './hsds.js';
export { uuidv5 } from './uuid.js';
export { fillPhrase, noticeLanguages, noticeQr, noticeView, NOTICE_DEFAULT_LANGS } from './notice.js';
export type { NoticeAction, NoticeContactKind, NoticeLang, NoticeLineView, NoticeQr, NoticeView } from './notice.js';
export { loadFeed, resetFeedCache, DEFAULT_FEED_MAX_BYTES, DEFAULT_FEED_TIMEOUT_MS } from './feed.js';
export type { DataStatus, FeedResult, LoadFeedOptions } from './feed.js';
export { loadDataset } from './load-dataset.js';
export type { LoadedDataset } from './load-dataset.js';
