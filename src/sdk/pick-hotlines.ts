/**
 * Picking hotlines by id: how the banner, the finder, red-flag guidance and the dataset choose which lines to show.
 *
 * @module
 */
import type { Hotline } from './types.js';

/**
 * The hotlines with these ids, in the order given; unknown ids are skipped.
 * @param hotlines - the hotline collection
 * @param ids - hotline ids
 */
export function pickHotlines<H extends { id: string } = Hotline>(hotlines: readonly H[], ids: readonly string[]): H[] {
  return ids.map((id) => hotlines.find((h) => h.id === id)).filter((h): h is H => h !== undefined);
}
