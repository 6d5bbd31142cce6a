/**
 * `hart-widgets`: registers every element and re-exports the SDK's light core (queries, links, language helpers).
 * Schemas and the validator are in `hart-widgets/sdk`.
 * @module
 */
export * from './sdk/core.js';
export { HartHotlineBanner } from './components/hotline-banner/hotline-banner.js';
export { HartQuickExit } from './components/quick-exit/quick-exit.js';
