/**
 * The light part of the SDK: queries, links, language and formatting helpers. No validator (zod) and no whole-snapshot
 * object here (`bundled` is in `hart-widgets/sdk`), so the script-tag bundle carries only the data its elements show.
 *
 * @module
 */
export { createDataset } from './dataset.js';
export type {
  Dataset,
  HotlineQueries,
  NewsGroup,
  LegislationQueries,
  NoticeQueries,
  ProviderQueries,
  RedFlagQueries,
  ResourceQueries,
} from './dataset.js';
export { pickHotlines } from './pick-hotlines.js';
export { contactDisplay, contactHref, displayPhone, safeHref, smsHref, telHref } from './links.js';
export { formatCalendarDate, localize, localizedLang, normalizeLang, supportedLangs } from './i18n.js';
export { DATA_FORMAT_VERSION } from './version.js';
export { createProviderIndex, searchProviders } from './search.js';
export type { ProviderIndex } from './search.js';
export type { AreaMatch, MatchReason, ProviderHit, ProviderQuery, ProviderSearchResult } from './search-types.js';
export {
  categoryLabel,
  matchCategories,
  populationLabel,
  populations,
  referralRouteLabel,
  referralRoutes,
  serviceCategories,
} from './taxonomy.js';
export type { TaxonomyTerm } from './taxonomy.js';
export { ctPlaces, distanceKm, KM_PER_MILE, lookupPlace, lookupZip, resolveNear } from './geo.js';
export type { GeoPoint, NearInput, Origin, Place, ZipArea } from './geo.js';
export { createEventQueries } from './events.js';
export type { EventQueries } from './events.js';
export { toIcs } from './ics.js';
export type { IcsOptions } from './ics.js';
export { calendarLinks } from './calendar-links.js';
export type { CalendarLinks } from './calendar-links.js';
export { eventDetails } from './event-details.js';
export type { EventDetails } from './event-details.js';
export { EVENT_TIME_ZONE, formatEventTime, formatLocalEventTime, relativeTime } from './event-time.js';
export type { TimeSpan } from './event-time.js';
export { filterEvents, groupBySeries } from './event-filters.js';
export type { EventFilter, EventGroup } from './event-filters.js';
export { eventJsonLd, eventsJsonLd } from './event-jsonld.js';
export { confirmedLongAgo, STALE_AFTER_MONTHS } from './i18n.js';
export { noticeLanguages, noticeQr, noticeView } from './notice.js';
export type { NoticeAction, NoticeContactKind, NoticeLang, NoticeLineView, NoticeQr, NoticeView } from './notice.js';
export { redFlags, redFlagsAudiences, whatToDo } from './red-flags.js';
export type { RedFlagsCard, RedFlagsCategory, RedFlagsData, RedFlagsQuery, ResolvedStep } from './red-flags.js';
export type * from './types.js';
