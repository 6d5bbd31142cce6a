/**
 * The light part of the SDK: queries, links and language helpers. No validator (zod) and no whole-snapshot object
 * here (`bundled` is in `hart-widgets/sdk`), so the script-tag bundle carries only the data its elements show.
 *
 * @module
 */
export { createDataset, pickHotlines, servesAge, servesTown } from './dataset.js';
export type { Dataset, NowInput, ProviderFilter, ServiceEntry } from './dataset.js';
export { allowedSchemes, contactDisplay, contactHref, displayPhone, safeHref, smsHref, telHref } from './links.js';
export { formatCalendarDate, localize, localizedLang, normalizeLang, supportedLangs } from './i18n.js';
export { DATA_FORMAT_VERSION } from './version.js';
export { createProviderIndex, ProviderIndex, searchProviders } from './search.js';
export type { AreaMatch, MatchReason, ProviderHit, ProviderQuery, ProviderSearchResult } from './search.js';
export {
  categoryLabel,
  matchCategories,
  populationIds,
  populationLabel,
  populations,
  referralRouteLabel,
  referralRoutes,
  serviceCategories,
  serviceCategoryIds,
} from './taxonomy.js';
export type { TaxonomyTerm } from './taxonomy.js';
export { foldText, queryTerms, tokenize } from './text-search.js';
export { ctPlaces, ctZips, distanceKm, KM_PER_MILE, lookupPlace, lookupZip, resolveNear } from './geo.js';
export type { GeoPoint, NearInput, Origin, Place, ZipArea } from './geo.js';
export { createEventQueries } from './events.js';
export type { EventQueries } from './events.js';
export { ICS_PRODID, escapeIcsText, foldIcsLine, icsDateTime, icsFileName, icsUid, toICS } from './ics.js';
export type { IcsOptions } from './ics.js';
export { calendarLinks } from './calendar-links.js';
export type { CalendarLinks } from './calendar-links.js';
export { eventDetails } from './event-details.js';
export type { EventDetails } from './event-details.js';
export {
  EVENT_TIME_ZONE,
  eventSpan,
  formatEventTime,
  formatLocalEventTime,
  formatSpan,
  isTimeZone,
  relativeTime,
  sameAsEastern,
  toInstant,
  viewerTimeZone,
  zoneOffset,
} from './event-time.js';
export type { TimeSpan } from './event-time.js';
export { filterEvents, groupBySeries } from './event-filters.js';
export type { EventFilter, EventGroup } from './event-filters.js';
export { eventJsonLd, eventsJsonLd } from './event-jsonld.js';
export { redFlags, redFlagsAudiences, redFlagsIssues, whatToDo } from './red-flags.js';
export type { RedFlagsCard, RedFlagsCategory, RedFlagsData, RedFlagsQuery, ResolvedStep } from './red-flags.js';
export type * from './types.js';
