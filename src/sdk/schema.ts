/**
 * `hart-widgets/sdk/schema`: the zod schemas of every record and of the feed, and the validator the data build and
 * the feed loader use. For tools that check or produce data (a feed host, an editor); an app that only reads the data
 * needs `hart-widgets/sdk`.
 *
 * @example
 * ```ts
 * import { validateCollections, formatIssue } from 'hart-widgets/sdk/schema';
 * const { issues } = validateCollections({ hotlines: myHotlines });
 * issues.forEach((i) => console.error(formatIssue(i)));
 * ```
 * @module
 */
export {
  EventSchema,
  HotlineSchema,
  LegislationSchema,
  NoticeSchema,
  ProviderSchema,
  RedFlagsSchema,
  ResourceSchema,
  collectionNames,
  collectionSchemas,
} from './schemas.js';
export type { CollectionName } from './schemas.js';
export {
  AboutFactSchema,
  AwardSchema,
  BlueCampaignSchema,
  InformationItemSchema,
  NewsItemSchema,
  pageCollectionSchemas,
} from './page-schemas.js';
export { FeedSchema } from './feed-schema.js';
export { formatIssue, validateCollections, validateRecord } from './validate.js';
export type { DataIssue, ValidationResult } from './validate.js';
export { checkReferences } from './integrity.js';
