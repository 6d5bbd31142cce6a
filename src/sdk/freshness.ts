/**
 * How old a confirmed fact is. Contacts and on-request trainings confirmed longer ago than this are shown with the
 * date they were last confirmed and what to do if they fail (call the hotline, which is always current).
 *
 * @module
 */

/** Months after its `reviewed` date when a contact is shown as possibly out of date. */
export const STALE_AFTER_MONTHS = 24;

/**
 * Whether a record reviewed on `reviewed` (`YYYY-MM-DD`) was last confirmed more than `months` months before `now`.
 * @param reviewed - the record's `reviewed` date
 * @param now - epoch milliseconds treated as now
 */
export function confirmedLongAgo(reviewed: string, now: number, months = STALE_AFTER_MONTHS): boolean {
  // An average Gregorian month (30.44 days): a few hours either side of the calendar date do not matter here.
  return Date.parse(reviewed) + months * 2629746e3 < now;
}
