/**
 * "Add to calendar" links for Google Calendar and Outlook on the web, built locally from the event data. They are
 * plain https links: no calendar service hears about the event until the person follows one.
 *
 * @module
 */
import { eventDetails } from './event-details.js';
import { eventSpan, icsDateTime } from './event-time.js';
import type { HartEvent, Lang, WithoutSources } from './types.js';

/** An event with or without `sources` (the event list bundles them without; nothing here reads them). */
type AnyEvent = WithoutSources<HartEvent>;

/** Links that open a prefilled new-event form in each calendar service. */
export interface CalendarLinks {
  /** Google Calendar. */
  google: string;
  /** Outlook.com (personal Microsoft accounts). */
  outlook: string;
  /** Outlook in Microsoft 365 (work or school accounts). */
  office365: string;
}

/** Query string with every value percent-encoded (Outlook reads `+` literally, so no form encoding). */
const query = (params: Record<string, string>) =>
  Object.entries(params)
    .filter(([, v]) => v)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&');

/** Outlook's deeplink wants ISO 8601 in whole seconds: 2019-08-14T17:00:00Z. */
const iso = (t: number) => new Date(t).toISOString().replace('.000', '');

/**
 * Google Calendar and Outlook links for an event, or `undefined` when the event has no date. Times are UTC, so each
 * service shows them in the person's own zone. Only `https:` links to the three services are ever returned.
 * @param event - an event from the data
 * @param options - `lang`: language of the title and description (default `en`)
 */
export function calendarLinks(event: AnyEvent, { lang = 'en' }: { lang?: Lang } = {}): CalendarLinks | undefined {
  const span = eventSpan(event);
  if (!span) return undefined;
  // Services need an end; an event with none is shown as lasting no time, which is all the data says.
  const { start, end = start } = span;
  const d = eventDetails(event, { lang });
  const outlook = (host: string) =>
    `https://${host}/calendar/0/action/compose?${query({
      path: '/calendar/action/compose',
      rru: 'addevent',
      subject: d.title,
      startdt: iso(start),
      enddt: iso(end),
      body: d.description,
      location: d.location,
    })}`;
  return {
    google: `https://calendar.google.com/calendar/render?${query({
      action: 'TEMPLATE',
      text: d.title,
      dates: `${icsDateTime(start)}/${icsDateTime(end)}`,
      details: d.description,
      location: d.location,
    })}`,
    outlook: outlook('outlook.live.com'),
    office365: outlook('outlook.office.com'),
  };
}
