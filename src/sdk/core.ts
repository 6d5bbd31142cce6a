/**
 * The light part of the SDK: queries, links and language helpers over the bundled data. No validator (zod) here,
 * so the script-tag bundle stays small; schemas and validation are in `hart-widgets/sdk`.
 *
 * @module
 */
export { createDataset, pickHotlines, servesAge, servesTown } from './dataset.js';
export type { Dataset, NowInput, ProviderFilter, ServiceEntry } from './dataset.js';
export { bundled, snapshot, snapshotGenerated } from './bundled.js';
export { allowedSchemes, contactHref, displayPhone, safeHref, smsHref, telHref } from './links.js';
export { localize, localizedLang, normalizeLang, supportedLangs } from './i18n.js';
export { DATA_FORMAT_VERSION } from './version.js';
export type * from './types.js';
