/**
 * Choosing and grouping events for a list: filters by type and audience, and series kept together.
 *
 * @module
 */
import type { Audience, HartEvent, WithoutSources } from './types.js';

/** An event with or without `sources` (the event list bundles them without; nothing here reads them). */
type AnyEvent = WithoutSources<HartEvent>;

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
export function filterEvents<E extends AnyEvent = HartEvent>(
  events: readonly E[],
  { types, audiences }: EventFilter = {},
): E[] {
  return events.filter(
    (e) =>
      (!types?.length || types.includes(e.type)) &&
      (!audiences?.length || e.audience.some((a) => audiences.includes(a))),
  );
}

/** One entry of a grouped list: a single event, or the sessions of one series. */
export interface EventGroup<E extends AnyEvent = HartEvent> {
  /** The series id, when the group is a series. */
  series?: string;
  /** The events, in the order they came. */
  events: E[];
}

/**
 * Keeps each series together: a series takes the place of its first session in the list, and its sessions follow in
 * list order. Events without a series stay single.
 * @param events - events in display order
 */
export function groupBySeries<E extends AnyEvent = HartEvent>(events: readonly E[]): EventGroup<E>[] {
  const groups: EventGroup<E>[] = [];
  const bySeries = new Map<string, EventGroup<E>>();
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
