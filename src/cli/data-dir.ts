/**
 * Reading data/*.json for the build and the data tooling: every problem is reported as `file: id: field: problem`.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { allCollectionNames, type AnyCollectionName } from '../sdk/collection-names.js';
import { pageCollectionSchemas } from '../sdk/page-schemas.js';
import { collectionSchemas } from '../sdk/schemas.js';
import { checkReferences } from '../sdk/integrity.js';
import { validateCollections, type DataIssue } from '../sdk/validate.js';
import type { Collections } from '../sdk/types.js';

/** data/ file name of each collection. */
export const fileOf: Record<AnyCollectionName, string> = {
  hotlines: 'hotlines.json',
  providers: 'providers.json',
  events: 'events.json',
  redFlags: 'red-flags.json',
  legislation: 'legislation.json',
  resources: 'resources.json',
  notice: 'notice.json',
  news: 'news.json',
  awards: 'awards.json',
  about: 'about.json',
  information: 'information.json',
  blueCampaign: 'blue-campaign.json',
};

/** A problem in a data file. */
export interface FileIssue extends DataIssue {
  file: string;
}

/** The data/ path of a collection's file. */
export const dataFile = (collection: string): string => `data/${fileOf[collection as AnyCollectionName] ?? collection}`;

/** Formats a problem as `data/providers.json: love146: services.0.name: problem`. */
export const formatFileIssue = (i: FileIssue): string => `${i.file}: ${i.id}: ${i.path || '(record)'}: ${i.message}`;

/**
 * Reads and validates every data file under `dir`, record by record and then across records (references): every
 * problem that must stop a build. Missing files count as empty collections.
 */
export function readDataDir(dir: string): { collections: Collections; issues: FileIssue[] } {
  const raw: Partial<Record<AnyCollectionName, unknown>> = {};
  const issues: FileIssue[] = [];
  for (const name of allCollectionNames) {
    const file = join(dir, fileOf[name]);
    const label = `data/${fileOf[name]}`;
    if (!existsSync(file)) continue;
    try {
      const doc = JSON.parse(readFileSync(file, 'utf8')) as { records?: unknown } | null;
      if (!doc || !Array.isArray(doc.records)) {
        issues.push({
          file: label,
          collection: name,
          id: '(file)',
          path: 'records',
          message: 'must be { "records": [ ... ] }',
        });
        continue;
      }
      raw[name] = doc.records;
    } catch (err) {
      issues.push({
        file: label,
        collection: name,
        id: '(file)',
        path: '',
        message: `not valid JSON: ${(err as Error).message}`,
      });
    }
  }
  const result = validateCollections(raw, { ...collectionSchemas, ...pageCollectionSchemas });
  const invalidHotlines = new Set(result.issues.filter((i) => i.collection === 'hotlines').map((i) => i.id));
  for (const i of [...result.issues, ...checkReferences(result.collections, invalidHotlines)])
    issues.push({ ...i, file: dataFile(i.collection) });
  return { collections: result.collections, issues };
}
