/**
 * Event times for people: Eastern Time with the zone named, the viewer's own zone when it differs, and relative words
 * ("tomorrow", "in 3 days") in the reader's language. Everything goes through `Intl`, so daylight-saving rules come
 * from the platform's time-zone database, never from code here.
 *
 * @module
 */
import type { HartEvent, Lang, LangOptions, NowInput } from './types.js';

/** The zone every HART event is held in (the data's `timeZone`). */
export const EVENT_TIME_ZONE = 'America/New_York';

/** A span of time: start and (optional) end as instants in epoch milliseconds. */
export interface TimeSpan {
  start: number;
  end?: number;
}

/**
 * An instant in epoch milliseconds from an ISO string, a Date or a number; the current time when `undefined`.
 * @throws RangeError when the value is not a date
 */
export function toInstant(value: NowInput): number {
  if (value === undefined) return Date.now();
  const t = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Date.parse(value);
  if (Number.isNaN(t)) throw new RangeError(`not a valid date: ${String(value)}`);
  return t;
}

/**
 * The event's start and end as instants, or `undefined` for an event with no date (offered on request).
 * @param event - an event from the data
 */
export function eventSpan(event: Pick<HartEvent, 'start' | 'end'>): TimeSpan | undefined {
  if (!event.start) return undefined;
  const start = Date.parse(event.start);
  const end = event.end ? Date.parse(event.end) : NaN;
  return { start, end: end > start ? end : undefined };
}

/**
 * An instant as an iCalendar UTC date-time: `20190814T170000Z` (whole seconds). Here rather than in ics.ts because the
 * Google Calendar links use it too.
 * @param t - epoch milliseconds
 */
export const icsDateTime = (t: number): string => new Date(t).toISOString().replace(/\.\d+|[-:]/g, '');

/**
 * US English and US Spanish: es-US writes 12-hour times ("1:00 p.m.") and names US zones ("EDT") the way Spanish
 * speakers in Connecticut read them, where plain `es` would write "13:00 GMT-4".
 */
const locale = (lang: Lang) => (lang === 'es' ? 'es-US' : 'en-US');

// Formatters are cached: building an Intl formatter costs far more than using one, and one event row needs several.
// The keys are bounded (two locales, the zones in use), so the caches stay small.
const displayFormats = new Map<string, Intl.DateTimeFormat>();
const clockFormats = new Map<string, Intl.DateTimeFormat>();
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

/** A value from a cache, made and stored on first use (nothing is stored when `make` throws). */
function cached<K, V>(cache: Map<K, V>, key: K, make: () => V): V {
  let value = cache.get(key);
  if (value === undefined) cache.set(key, (value = make()));
  return value;
}

const format = (lang: Lang, timeZone: string, withDate = true) =>
  cached(
    displayFormats,
    `${locale(lang)} ${timeZone} ${withDate}`,
    () =>
      new Intl.DateTimeFormat(locale(lang), {
        ...(withDate ? { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' } : {}),
        hour: 'numeric',
        minute: '2-digit',
        timeZoneName: 'short',
        timeZone,
      }),
  );

/** A formatter for a zone's wall clock, numbers only; throws a RangeError for a zone `Intl` does not know. */
const clockFormat = (timeZone: string) =>
  cached(
    clockFormats,
    timeZone,
    () =>
      new Intl.DateTimeFormat('en-US', {
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
        hourCycle: 'h23',
        timeZone,
      }),
  );

/** The wall-clock time of an instant in a zone, written as if it were UTC (epoch ms, whole seconds). */
function wallClock(t: number, timeZone: string): number {
  const p: Record<string, number> = {};
  for (const { type, value } of clockFormat(timeZone).formatToParts(t)) p[type] = +value;
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
}

/**
 * The zone's offset from UTC at an instant, in minutes (`-240` for EDT, `-300` for EST). From the zone's wall clock
 * rather than Intl's `longOffset` names, which browsers before 2022 (Safari 15.3, for one) reject with an error.
 * @param t - epoch milliseconds
 * @param timeZone - IANA zone
 */
export const zoneOffset = (t: number, timeZone: string): number =>
  Math.round((wallClock(t, timeZone) - Math.floor(t / 1000) * 1000) / 60000);

/** Day number (days since 1970-01-01) of the calendar date an instant falls on in a zone. */
const dayNumber = (t: number, timeZone: string) => Math.floor(wallClock(t, timeZone) / 86400000);

/**
 * The viewer's time zone as the platform reports it, or UTC when it reports none. Asked afresh on each call (not
 * cached), so a changed system zone is seen; callers showing many events ask once and pass the zone on.
 */
export const viewerTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/**
 * Whether a zone is an IANA zone `Intl` knows.
 * @param timeZone - a zone name from an attribute or option
 */
export function isTimeZone(timeZone: string): boolean {
  try {
    clockFormat(timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether a zone shows the span at the same wall-clock time as Eastern Time (same offset at start and end): then a
 * second "your time" line would only repeat the first.
 */
export const sameAsEastern = (span: TimeSpan, timeZone: string): boolean =>
  [span.start, span.end ?? span.start].every((t) => zoneOffset(t, timeZone) === zoneOffset(t, EVENT_TIME_ZONE));

/**
 * A span as people read it, in one zone, with the zone named: "Wednesday, August 14, 2019, 1:00 – 2:00 PM EDT" /
 * "miércoles, 14 de agosto de 2019, 1:00–2:00 p.m. EDT".
 *
 * When daylight saving starts or ends inside the span, start and end are written separately, each with its own zone
 * ("1:30 AM EST – 3:30 AM EDT"): `Intl`'s range format would name one zone for both, and on the night clocks fall
 * back it writes "1:30 AM EDT" for a span from 1:30 EDT to 1:30 EST.
 *
 * @param span - start and end instants (see {@link eventSpan})
 * @param options - `lang` (default `en`); `timeZone` (default Eastern Time)
 */
export function formatSpan(
  { start, end }: TimeSpan,
  { lang = 'en', timeZone = EVENT_TIME_ZONE }: { lang?: Lang; timeZone?: string } = {},
): string {
  const full = format(lang, timeZone);
  if (end === undefined) return oneSpelling(full.format(start));
  if (zoneOffset(start, timeZone) === zoneOffset(end, timeZone)) return oneSpelling(full.formatRange(start, end));
  return oneSpelling(
    `${full.format(start)} – ${format(lang, timeZone, dayNumber(start, timeZone) !== dayNumber(end, timeZone)).format(end)}`,
  );
}

/** The same text in every engine: some locale data writes es-US "p. m." (WebKit's), others "p.m.". */
const oneSpelling = (text: string) => text.replace(/\b([ap])\.\s?m\./g, '$1.m.');

/**
 * An event's time in Eastern Time with the zone named, or `undefined` for an undated event.
 * @param event - an event from the data
 * @param lang - the reader's language
 */
export function formatEventTime(
  event: Pick<HartEvent, 'start' | 'end'>,
  { lang = 'en' }: LangOptions = {},
): string | undefined {
  const span = eventSpan(event);
  return span && formatSpan(span, { lang });
}

/**
 * The event's time in the viewer's zone, or `undefined` when that zone shows the same wall-clock time as Eastern
 * Time (or the event has no date).
 * @param event - an event from the data
 * @param options - `lang`; `timeZone`: the viewer's zone (default: the platform's)
 */
export function formatLocalEventTime(
  event: Pick<HartEvent, 'start' | 'end'>,
  { lang = 'en', timeZone = viewerTimeZone() }: { lang?: Lang; timeZone?: string } = {},
): string | undefined {
  const span = eventSpan(event);
  return span && !sameAsEastern(span, timeZone) ? formatSpan(span, { lang, timeZone }) : undefined;
}

/**
 * How far an instant is from now in words, in the reader's language: "in 45 minutes", "in 3 hours", "tomorrow",
 * "in 3 days", "next week", "in 2 months", "yesterday", "5 years ago" / "mañana", "dentro de 3 días", "hace 5 años".
 * Days count calendar days in the viewer's zone, so an event tomorrow morning is "tomorrow" even 10 hours ahead.
 *
 * @param t - the instant (epoch milliseconds)
 * @param options - `now` (default the current time), `lang`, `timeZone` (the viewer's, for calendar days)
 */
export function relativeTime(
  t: number,
  { now, lang = 'en', timeZone = viewerTimeZone() }: { now?: NowInput; lang?: Lang; timeZone?: string } = {},
): string {
  const from = toInstant(now);
  const days = dayNumber(t, timeZone) - dayNumber(from, timeZone);
  const minutes = Math.round((t - from) / 60000);
  const size = Math.abs(days);
  const [n, unit]: [number, Intl.RelativeTimeFormatUnit] = !days
    ? Math.abs(minutes) < 60
      ? [minutes, 'minute']
      : [minutes / 60, 'hour']
    : size < 7
      ? [days, 'day']
      : size < 30
        ? [days / 7, 'week']
        : size < 365
          ? [days / 30, 'month']
          : [days / 365, 'year'];
  return cached(relativeFormats, lang, () => new Intl.RelativeTimeFormat(lang, { numeric: 'auto' })).format(
    Math.trunc(n),
    unit,
  );
}
