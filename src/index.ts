/**
 * `hart-widgets`: registers every element and re-exports the SDK's light core (queries, links, language helpers).
 * Schemas and the validator are in `hart-widgets/sdk`.
 * @module
 */
export * from './sdk/core.js';
export { configure } from './internal/feed.js';
export type { DataStatusDetail } from './internal/feed.js';
export { HartHotlineBanner } from './components/hotline-banner/hotline-banner.js';
export { HartRedFlags } from './components/red-flags/red-flags.js';
export { HartEventList } from './components/event-list/event-list.js';
export { HartQuickExit } from './components/quick-exit/quick-exit.js';
export { HartAwarenessNotice } from './components/awareness-notice/awareness-notice.js';
export { HartProviderFinder } from './components/provider-finder/provider-finder.js';
