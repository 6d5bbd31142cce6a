/**
 * schema.org `Event` data (JSON-LD) for search engines, built from the event data. DOM-free: the element puts the
 * result into a `<script type="application/ld+json">` as text.
 *
 * @module
 */
import { eventDetails } from './event-details.js';
import { localize } from './i18n.js';
import type { HartEvent, LangOptions, WithoutSources } from './types.js';

/** An event with or without `sources` (the event list bundles them without; nothing here reads them). */
type AnyEvent = WithoutSources<HartEvent>;

const schema = 'https://schema.org/';

/** Options of {@link eventJsonLd} and {@link eventsJsonLd}: the language, and the time treated as now. */
export interface EventJsonLdOptions extends LangOptions {
  /** Epoch milliseconds treated as now: events that ended before it are left out (default: the current time). */
  now?: number;
}

/**
 * One schema.org `Event` object for a dated event that has not ended by `now`; `undefined` for an event with no date
 * (offered on request), which schema.org does not count as an event, and for a past one: the data cannot say whether
 * a past event took place, so no status it could publish for it would be known to be true.
 * @param event - an event from the data
 * @param options - `lang`: language of name and description; `now`: epoch milliseconds treated as now (default: the
 * current time)
 */
export function eventJsonLd(
  event: AnyEvent,
  { lang = 'en', now = Date.now() }: EventJsonLdOptions = {},
): Record<string, unknown> | undefined {
  const { where, start, end, status } = event;
  if (!start || status === 'on-request' || Date.parse(end ?? start) < now) return undefined;
  const d = eventDetails(event, { lang });
  const online = where.mode === 'online' || where.mode === 'phone';
  return {
    '@type': 'Event',
    name: localize(event.title, { lang }),
    description: localize(event.description, { lang }),
    startDate: start,
    endDate: end,
    eventStatus:
      schema +
      (status === 'scheduled' ? 'EventScheduled' : status === 'cancelled' ? 'EventCancelled' : 'EventPostponed'),
    eventAttendanceMode:
      where.mode === 'in-person' || online
        ? schema + (online ? 'Online' : 'Offline') + 'EventAttendanceMode'
        : undefined,
    location: online
      ? { '@type': 'VirtualLocation', url: where.url, name: d.location === where.url ? undefined : d.location }
      : where.place && {
          '@type': 'Place',
          name: where.place.name,
          address: {
            '@type': 'PostalAddress',
            addressLocality: where.place.town,
            addressRegion: 'CT',
            addressCountry: 'US',
          },
        },
    organizer: event.organizers.map((name) => ({ '@type': 'Organization', name })),
    superEvent: event.seriesTitle && { '@type': 'EventSeries', name: localize(event.seriesTitle, { lang }) },
    url: d.url,
    inLanguage: d.descriptionLang,
  };
}

/**
 * A JSON-LD document (`@context` + `@graph`) of the dated events that have not ended by `now`, as text safe to place
 * in a `<script>` element:
 * `<` is written `\u003c`, so no data can close the script even if the page is later saved as HTML. Fields the data
 * does not have are left out (JSON.stringify drops `undefined`).
 * @param events - the events shown
 * @param options - `lang`: language of names and descriptions; `now`: epoch milliseconds treated as now (default: the
 * current time)
 */
export const eventsJsonLd = (
  events: readonly AnyEvent[],
  { lang = 'en', now = Date.now() }: EventJsonLdOptions = {},
): string =>
  JSON.stringify({
    '@context': 'https://schema.org',
    '@graph': events.map((e) => eventJsonLd(e, { lang, now })).filter(Boolean),
  }).replace(/</g, '\\u003c');
