/**
 * The page's current data. Elements render at once from the collections they bundle; when a hosted feed has been
 * loaded, its validated collections replace them here and every element re-renders in place.
 */
import type { Collections } from '../sdk/types.js';

type Listener = () => void;

let live: Partial<Collections> = {};
const listeners = new Set<Listener>();

/** The live collection when one has been loaded, otherwise the bundled one the caller passes in. */
export function currentCollection<K extends keyof Collections, R>(name: K, bundled: R[]): R[] {
  // Live records carry every field of the bundled ones (and `sources`, which elements bundle without).
  return (live[name] as R[] | undefined) ?? bundled;
}

/** Replaces collections with validated live ones and tells every element. */
export function setLiveCollections(collections: Partial<Collections>): void {
  live = { ...live, ...collections };
  listeners.forEach((l) => l());
}

/** Forgets live data (tests, and a feed that turned out unusable). */
export function resetLiveCollections(): void {
  live = {};
  listeners.forEach((l) => l());
}

/** Calls `listener` whenever the live data changes; returns a function that stops listening. */
export function onDataChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
