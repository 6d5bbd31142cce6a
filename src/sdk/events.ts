/**
 * Queries over the events collection: upcoming and past relative to a "now", trainings offered on request, and the
 * calendar exports. A module of its own so that an element showing events bundles only this, not the whole dataset
 * API; {@link createDataset} exposes the same object as `dataset.events`.
 *
 * @module
 */
import { calendarLinks, type CalendarLinks } from './calendar-links.js';
import { toInstant } from './event-time.js';
import { toIcs, type IcsOptions } from './ics.js';
import type { HartEvent, Lang, NowInput, WithoutSources } from './types.js';

/** An event with or without `sources` (the event list bundles them without; nothing here reads them). */
type AnyEvent = WithoutSources<HartEvent>;

/**
 * Dated events whose end (their start when they have none) passes `keep`, in start order (`order` 1: soonest first,
 * -1: latest first). Each date is parsed once, not again in every comparison of the sort.
 */
function datedByStart<E extends AnyEvent>(events: readonly E[], keep: (end: number) => boolean, order: 1 | -1): E[] {
  const kept: { event: E; start: number }[] = [];
  for (const event of events) {
    if (!event.start) continue;
    const start = Date.parse(event.start);
    if (keep(event.end == null ? start : Date.parse(event.end))) kept.push({ event, start });
  }
  return kept.sort((a, b) => order * (a.start - b.start)).map(({ event }) => event);
}

/**
 * Dated events that have not ended by `now`, soonest first (cancelled ones included, marked by status).
 * @param events - events from the data
 * @param now - epoch milliseconds
 */
export const upcomingEvents = <E extends AnyEvent = HartEvent>(events: readonly E[], now: number): E[] =>
  datedByStart(events, (end) => end >= now, 1);

/**
 * Dated events that ended before `now`, most recent first.
 * @param events - events from the data
 * @param now - epoch milliseconds
 */
export const pastEvents = <E extends AnyEvent = HartEvent>(events: readonly E[], now: number): E[] =>
  datedByStart(events, (end) => end < now, -1);

/**
 * Trainings offered on request (no date yet).
 * @param events - events from the data
 */
export const onRequestEvents = <E extends AnyEvent = HartEvent>(events: readonly E[]): E[] =>
  events.filter((e) => e.status === 'on-request');

/** Queries over a list of events: what {@link createEventQueries} returns and `dataset.events` is. */
export interface EventQueries {
  /** Every event. */
  all(): HartEvent[];
  /** Dated events that have not ended by `now`, soonest first (cancelled ones included, marked by status). */
  upcoming(options?: { now?: NowInput }): HartEvent[];
  /** Dated events that ended before `now`, most recent first. */
  past(options?: { now?: NowInput }): HartEvent[];
  /** Trainings offered on request (no date yet). */
  onRequest(): HartEvent[];
  /** One event by id. */
  byId(id: string): HartEvent | undefined;
  /**
   * An iCalendar (.ics) file of the events with these ids; unknown ids and undated events are skipped.
   * @throws RangeError when no dated event is left
   */
  toIcs(ids: string | readonly string[], options?: IcsOptions): string;
  /** Google Calendar and Outlook links for one event; `undefined` when the id is unknown or the event undated. */
  calendarLinks(id: string, options?: { lang?: Lang }): CalendarLinks | undefined;
}

/**
 * The query API over a list of events.
 * @param events - the events collection (the bundled snapshot, or a loaded feed)
 */
export function createEventQueries(events: HartEvent[]): EventQueries {
  const byId = (id: string): HartEvent | undefined => events.find((e) => e.id === id);
  return {
    all: () => events,
    upcoming: ({ now } = {}) => upcomingEvents(events, toInstant(now)),
    past: ({ now } = {}) => pastEvents(events, toInstant(now)),
    onRequest: () => onRequestEvents(events),
    byId,
    toIcs: (ids, options) => {
      const wanted = typeof ids === 'string' ? [ids] : ids;
      return toIcs(
        events.filter((e) => wanted.includes(e.id)),
        options,
      );
    },
    calendarLinks: (id, options) => {
      const event = byId(id);
      return event && calendarLinks(event, options);
    },
  };
}
