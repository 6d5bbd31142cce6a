/**
 * Connecticut geography for "near me" searches: ZIP codes and post-office names with coordinates, from the table
 * generated at build time (scripts/build-geo.ts). No geocoding service, no network.
 *
 * Post-office names are what ZIP codes carry; they are not always the 169 towns (Mystic and Niantic are villages,
 * some towns have no post office of their own). See docs/providers.md ("Geography").
 *
 * @module
 */
import { ctGeoOrigin, ctPlaceNames, ctZipRows } from './generated/ct-geo.js';
import { foldText } from './text-search.js';

/** A point in decimal degrees (WGS 84). */
export interface GeoPoint {
  lat: number;
  lon: number;
}

/** A Connecticut ZIP code and where it is. */
export interface ZipArea extends GeoPoint {
  zip: string;
  /** Its post-office name (`Hartford`, `Mystic`); absent for mail-only ZIPs. */
  place?: string;
}

/** A post-office name with the centre of its ZIP codes. */
export interface Place extends GeoPoint {
  name: string;
  zips: string[];
}

/** Where to measure distances from: a ZIP code, a town (post-office name) or a point. */
export type NearInput = { zip: string } | { town: string } | GeoPoint;

/** A resolved starting point. `place` is set when the input named a post office (directly or through a ZIP). */
export interface Origin extends GeoPoint {
  kind: 'zip' | 'town' | 'point';
  /** What the person gave, tidied: `06106`, `Hartford`, or undefined for a point. */
  label?: string;
  place?: string;
}

interface Table {
  zips: Map<string, ZipArea>;
  places: Place[];
  byName: Map<string, Place>;
}

let table: Table | undefined;

/** Parses the packed table once, on first use (the strings are cheaper to ship than objects). */
function load(): Table {
  if (table) return table;
  const names = ctPlaceNames.split('|');
  const sums = names.map(() => ({ lat: 0, lon: 0, zips: [] as string[] }));
  const zips = new Map<string, ZipArea>();
  const [lat0, lon0] = ctGeoOrigin;
  const field = (at: number, width: number) => parseInt(ctZipRows.slice(at, at + width), 36);
  for (let at = 0; at < ctZipRows.length; at += 10) {
    const zip = `06${String(field(at, 2)).padStart(3, '0')}`;
    const area: ZipArea = { zip, lat: (lat0 + field(at + 2, 3)) / 10000, lon: -(lon0 + field(at + 5, 3)) / 10000 };
    const place = ctZipRows.slice(at + 8, at + 10) === 'zz' ? -1 : field(at + 8, 2);
    if (place >= 0) {
      const s = sums[place];
      area.place = names[place];
      s.lat += area.lat;
      s.lon += area.lon;
      s.zips.push(zip);
    }
    zips.set(zip, area);
  }
  const places = names.map((name, i) => {
    const s = sums[i];
    const n = s.zips.length;
    return { name, lat: round(s.lat / n), lon: round(s.lon / n), zips: s.zips };
  });
  table = { zips, places, byName: new Map(places.map((p) => [foldText(p.name), p])) };
  return table;
}

const round = (x: number) => Math.round(x * 10000) / 10000;

/**
 * A Connecticut ZIP code, or undefined. Accepts `06106`, ` 06106 ` and ZIP+4 (`06106-1234`).
 * @param zip - what the person typed
 */
export function lookupZip(zip: string): ZipArea | undefined {
  const m = /^\s*(\d{5})(?:-\d{4})?\s*$/.exec(zip);
  return m ? load().zips.get(m[1]) : undefined;
}

/**
 * A post-office name, case- and accent-insensitively (`new haven`, `NEW HAVEN`), ignoring a trailing `, CT`.
 * @param name - a town or village name
 */
export function lookupPlace(name: string): Place | undefined {
  return load().byName.get(placeKey(name));
}

/** The key a place name is looked up by: folded, single-spaced, without a trailing ", CT" / " Connecticut". */
export function placeKey(name: string): string {
  return foldText(name)
    .replace(/[,\s]+(ct|conn|connecticut)\.?\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every post-office name with its centre, sorted by name (for a list of suggestions). */
export function ctPlaces(): readonly Place[] {
  return load().places;
}

/** Every Connecticut ZIP code in the table. */
export function ctZips(): readonly ZipArea[] {
  return [...load().zips.values()];
}

const EARTH_RADIUS_KM = 6371.0088;
const rad = Math.PI / 180;

/** Great-circle distance in kilometres (haversine). */
export function distanceKm(a: GeoPoint, b: GeoPoint): number {
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Kilometres in a statute mile. */
export const KM_PER_MILE = 1.609344;

/**
 * Resolves where to search from, or undefined when the ZIP or name is not in the Connecticut table or the point is not
 * a valid coordinate. A bare string is read as a ZIP when it looks like one, else as a town.
 * @param near - `{ zip }`, `{ town }`, `{ lat, lon }` or what was typed in a "ZIP or town" box
 */
export function resolveNear(near: NearInput | string): Origin | undefined {
  if (typeof near === 'string') {
    return /^\s*\d{5}(-\d{4})?\s*$/.test(near) ? resolveNear({ zip: near }) : resolveNear({ town: near });
  }
  if ('zip' in near) {
    const z = lookupZip(near.zip);
    return z && { kind: 'zip', lat: z.lat, lon: z.lon, label: z.zip, place: z.place };
  }
  if ('town' in near) {
    const p = lookupPlace(near.town);
    return p && { kind: 'town', lat: p.lat, lon: p.lon, label: p.name, place: p.name };
  }
  const { lat, lon } = near;
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) return undefined;
  return { kind: 'point', lat, lon };
}
