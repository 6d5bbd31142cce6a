/**
 * The schema of the whole feed document. Apart from the record schemas so that the lazy feed validator, which
 * validates record by record, does not carry it (zod schemas are built when their module loads).
 *
 * @module
 */
import * as z from 'zod/mini';
import {
  EventSchema,
  HotlineSchema,
  IsoDateTimeSchema,
  LegislationSchema,
  NoticeSchema,
  ProviderSchema,
  RedFlagsSchema,
  ResourceSchema,
} from './schemas.js';
import { pageCollectionSchemas as page } from './page-schemas.js';

/** The whole feed document (`hart-data.json`). */
export const FeedSchema = z.object({
  /** Data format version (semver). A feed with a newer major version is refused. */
  version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/)),
  generated: IsoDateTimeSchema,
  collections: z.object({
    hotlines: z.array(HotlineSchema),
    providers: z.array(ProviderSchema),
    events: z.array(EventSchema),
    redFlags: z.array(RedFlagsSchema),
    legislation: z.array(LegislationSchema),
    resources: z.array(ResourceSchema),
    notice: z.array(NoticeSchema),
    news: z.array(page.news),
    awards: z.array(page.awards),
    about: z.array(page.about),
    information: z.array(page.information),
    blueCampaign: z.array(page.blueCampaign),
  }),
});
