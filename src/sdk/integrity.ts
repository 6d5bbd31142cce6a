/**
 * Checks across records that a single record's schema cannot see: references between collections, unique
 * service ids, event dates that make sense.
 *
 * @module
 */
import type { DatasetCollections } from './types.js';
import type { DataIssue } from './validate.js';
import { missingHotline, redFlagsIssues } from './red-flags-integrity.js';

/**
 * Finds dangling references and inconsistent records.
 * @param c - validated collections
 * @param invalidHotlines - ids of hotlines left out for problems of their own (named as such, not as unknown)
 */
export function checkReferences(c: DatasetCollections, invalidHotlines: ReadonlySet<string> = new Set()): DataIssue[] {
  const issues: DataIssue[] = [];
  const hotlineIds = new Set(c.hotlines.map((h) => h.id));
  const needHotline = (collection: DataIssue['collection'], id: string, path: string, ref: string) => {
    if (!hotlineIds.has(ref)) issues.push({ collection, id, path, message: missingHotline(ref, invalidHotlines) });
  };

  // Red flags check their own references (shared lists, hotlines named by steps).
  issues.push(...redFlagsIssues(c, invalidHotlines));
  c.notice.forEach((n) => {
    Object.entries(n.text).forEach(([lang, t]) =>
      t.lines.forEach((l, i) => needHotline('notice', n.id, `text.${lang}.lines.${i}.hotline`, l.hotline)),
    );
    needHotline('notice', n.id, 'qr.hotline', n.qr.hotline);
  });

  const serviceIds = new Set<string>();
  c.providers.forEach((p) => {
    const locationIds = new Set(p.locations.map((l) => l.id));
    p.services.forEach((s, i) => {
      if (serviceIds.has(s.id))
        issues.push({
          collection: 'providers',
          id: p.id,
          path: `services.${i}.id`,
          message: `duplicate service id "${s.id}"`,
        });
      serviceIds.add(s.id);
      s.locationIds?.forEach((l, j) => {
        if (!locationIds.has(l))
          issues.push({
            collection: 'providers',
            id: p.id,
            path: `services.${i}.locationIds.${j}`,
            message: `refers to unknown location "${l}"`,
          });
      });
      if (s.ages?.min !== undefined && s.ages.max !== undefined && s.ages.min > s.ages.max) {
        issues.push({
          collection: 'providers',
          id: p.id,
          path: `services.${i}.ages`,
          message: 'min is greater than max',
        });
      }
    });
  });

  c.events.forEach((e) => {
    if (e.status !== 'on-request' && !e.start)
      issues.push({ collection: 'events', id: e.id, path: 'start', message: 'a dated event needs a start' });
    if (e.start && e.end && Date.parse(e.end) < Date.parse(e.start))
      issues.push({ collection: 'events', id: e.id, path: 'end', message: 'ends before it starts' });
  });
  return issues;
}
