/**
 * iCalendar (.ics, RFC 5545) export of events, built locally: no calendar service is contacted.
 *
 * Times are written in UTC (`DTSTART:20190814T170000Z`) rather than with `TZID=America/New_York` and a VTIMEZONE:
 * - every event in the data already carries its UTC offset, so the UTC form is exact by construction;
 * - a VTIMEZONE written here would hard-code today's US daylight-saving rules (2007 onward) and silently mislabel
 *   any event dated under other rules; a UTC instant cannot go stale;
 * - these are single, non-repeating events, so nothing needs to follow Eastern wall-clock time across a DST change;
 * - every client (Apple, Google, Outlook, Thunderbird) shows UTC times in the user's own zone.
 *
 * @module
 */
import { eventDetails } from './event-details.js';
import { eventSpan, icsDateTime, toInstant } from './event-time.js';
import type { HartEvent, Lang, NowInput, WithoutSources } from './types.js';

/** An event with or without `sources` (the event list bundles them without; nothing here reads them). */
type AnyEvent = WithoutSources<HartEvent>;

/** `PRODID` of every file this library writes. */
export const ICS_PRODID = '-//hart-widgets//Connecticut HART events//EN';

/** Options for {@link toIcs}. */
export interface IcsOptions {
  /** Language of titles and descriptions (default `en`). */
  lang?: Lang;
  /** When the file is made, written as every event's `DTSTAMP` (default: the current time). */
  now?: NowInput;
}

const CRLF = '\r\n';

/**
 * Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks; other control characters,
 * which TEXT may not hold, are dropped.
 * @param text - plain text
 */
export function escapeIcsText(text: string): string {
  return (
    text
      .replace(/[\\;,]/g, '\\$&')
      .replace(/\r\n?|\n/g, '\\n')
      // eslint-disable-next-line no-control-regex -- iCalendar TEXT may not hold control characters: they are dropped
      .replace(/[\0-\x08\x0a-\x1f\x7f]/g, '')
  );
}

/**
 * Octets of one code point in UTF-8. A lone surrogate (U+D800-DFFF) counts 3, as the U+FFFD that TextEncoder writes for it.
 * @param codePoint - a code point
 */
const utf8Length = (codePoint: number): number =>
  codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;

/**
 * Folds one content line (RFC 5545 §3.1): no physical line longer than 75 octets of UTF-8, continuation lines
 * starting with one space; a multi-byte character is never split.
 * @param line - one unfolded content line, without its CRLF
 */
export function foldIcsLine(line: string): string {
  let out = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0)!);
    // The first line may hold 75 octets; later ones 74 after their leading space.
    if (octets + size > 75) {
      out += `${CRLF} `;
      octets = 1;
    }
    out += char;
    octets += size;
  }
  return out;
}

export { icsDateTime };

/** A stable UID per event: re-importing the file updates the entry instead of adding a copy. */
export const icsUid = (event: Pick<HartEvent, 'id'>) => `${event.id}@hart-widgets`;

function vevent(event: AnyEvent, lang: Lang, stamp: string): (string | false | undefined)[] {
  const span = eventSpan(event)!;
  const d = eventDetails(event, { lang });
  const text = (name: string, value: string, valueLang: Lang) =>
    `${name};LANGUAGE=${valueLang}:${escapeIcsText(value)}`;
  return [
    'BEGIN:VEVENT',
    `UID:${icsUid(event)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART:${icsDateTime(span.start)}`,
    // No end in the data: RFC 5545 then reads the event as lasting no time, which is what we know.
    span.end !== undefined && `DTEND:${icsDateTime(span.end)}`,
    text('SUMMARY', d.title, d.titleLang),
    text('DESCRIPTION', d.description, d.descriptionLang),
    d.location && text('LOCATION', d.location, lang),
    d.url && `URL:${d.url}`,
    // RFC 5545 has no "postponed": the dated entry is only tentative until a new date is set.
    `STATUS:${event.status === 'scheduled' ? 'CONFIRMED' : event.status === 'cancelled' ? 'CANCELLED' : 'TENTATIVE'}`,
    // A change of status is a later version of the entry: clients that imported it as scheduled (SEQUENCE 0) take it.
    `SEQUENCE:${event.status === 'scheduled' ? 0 : 1}`,
    'END:VEVENT',
  ];
}

/**
 * An iCalendar file (RFC 5545, `METHOD:PUBLISH`) of one or more events, as text with CRLF line ends. Events with no
 * date (offered on request) cannot be put in a calendar and are left out.
 *
 * @param events - one event or a list
 * @param options - language and the `DTSTAMP` time
 * @throws RangeError when none of the events has a date (an iCalendar object must hold at least one event)
 */
export function toIcs(events: AnyEvent | readonly AnyEvent[], { lang = 'en', now }: IcsOptions = {}): string {
  // Array.isArray narrows a readonly array to any[]: say what it holds.
  const list: readonly AnyEvent[] = Array.isArray(events) ? (events as readonly AnyEvent[]) : [events as AnyEvent];
  const dated = list.filter((e) => eventSpan(e));
  if (!dated.length) throw new RangeError('toIcs: no dated event to export');
  const stamp = icsDateTime(toInstant(now));
  // Lines an event does not have (no end, no place) are false or undefined until filtered out.
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${ICS_PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...dated.flatMap((e) => vevent(e, lang, stamp)),
    'END:VCALENDAR',
  ];
  return (
    lines
      .filter((line): line is string => !!line)
      .map(foldIcsLine)
      .join(CRLF) + CRLF
  );
}

/**
 * A file name for an .ics download: the event id, or `hart-events` for several.
 * @param events - the exported events
 */
export function icsFileName(events: readonly Pick<HartEvent, 'id'>[]): string {
  return `${events.length === 1 ? events[0].id : 'hart-events'}.ics`;
}
