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
export * from './schemas.js';
export { formatIssue, validateCollections, validateRecord } from './validate.js';
export type { DataIssue, ValidationResult } from './validate.js';
export { checkReferences } from './integrity.js';
