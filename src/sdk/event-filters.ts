/**
 * Choosing and grouping events for a list: filters by type and audience, and series kept together.
 *
 * @module
 */
import type { Audience, HartEvent } from './types.js';

/** Filters for {@link filterEvents}; an empty or absent list matches every event. */
export interface EventFilter {
  /** Any of these event types (`webinar`, `training`, `training-of-trainers`, `community-event`, `special-event`). */
  types?: readonly HartEvent['type'][];
  /** Events for any of these audiences. */
  audiences?: readonly Audience[];
}

/**
 * The events matching every given filter, in the order given.
 * @param events - events from the data
 * @param filter - types and audiences
 */
export function filterEvents(events: readonly HartEvent[], { types, audiences }: EventFilter = {}): HartEvent[] {
  return events.filter(
    (e) => (!types?.length || types.includes(e.type)) && (!audiences?.length || e.audience.some((a) => audiences.includes(a))),
  );
}

/** One entry of a grouped list: a single event, or the sessions of one series. */
export interface EventGroup {
  /** The series id, when the group is a series. */
  series?: string;
  /** The events, in the order they came. */
  events: HartEvent[];
}

/**
 * Keeps each series together: a series takes the place of its first session in the list, and its sessions follow in
 * list order. Events without a series stay single.
 * @param events - events in display order
 */
export function groupBySeries(events: readonly HartEvent[]): EventGroup[] {
  const groups: EventGroup[] = [];
  const bySeries = new Map<string, EventGroup>();
  for (const event of events) {
    if (!event.series) {
      groups.push({ events: [event] });
      continue;
    }
    let group = bySeries.get(event.series);
    if (!group) {
      group = { series: event.series, events: [] };
      bySeries.set(event.series, group);
      groups.push(group);
    }
    group.events.push(event);
  }
  return groups;
}
