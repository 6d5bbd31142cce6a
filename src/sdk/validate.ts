/**
 * Record-by-record validation: one bad record is reported and left out, never the whole dataset.
 * Used by the build (for data/) and, lazily, by the feed loader in the page.
 *
 * @module
 */
import * as z from 'zod/mini';
import { collectionSchemas, type CollectionName } from './schemas.js';
import type { AnyCollectionName } from './collection-names.js';
import type { Collections } from './types.js';

/** One problem found in the data. */
export interface DataIssue {
  /** Collection the record belongs to. */
  collection: AnyCollectionName | 'feed';
  /** The record's id, or `#index` when the record has no usable id. */
  id: string;
  /** Field path inside the record, dotted (`services.0.contacts.1.value`); empty for the record itself. */
  path: string;
  /** What is wrong, in plain words. */
  message: string;
}

/** Result of validating a set of collections. */
export interface ValidationResult {
  /** The valid records of every collection validated (a missing collection is an empty list). */
  collections: Collections;
  /** Every problem found; records with problems are not in `collections`. */
  issues: DataIssue[];
}

/** Formats an issue as `collection: id: field: problem`. */
export function formatIssue(issue: DataIssue): string {
  return [issue.collection, issue.id, issue.path || '(record)', issue.message].join(': ');
}

function recordId(record: unknown, index: number): string {
  const id = (record as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id ? id : `#${index}`;
}

const kinds: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

/** A value as a short quote for a message (`"galactic"`, `5`, `[...]`). */
function quote(value: unknown): string {
  const text = Array.isArray(value)
    ? '[...]'
    : value !== null && typeof value === 'object'
      ? '{...}'
      : String(JSON.stringify(value));
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/**
 * zod's own wording for a wrong type or value is "Invalid input": say instead what is missing or what is allowed, so
 * whoever keeps the data knows what to write.
 */
function plainMessage(issue: z.core.$ZodIssue & { input?: unknown }): string {
  const found = issue.input === undefined ? '' : ` (found ${quote(issue.input)})`;
  if (issue.code === 'invalid_type') {
    return issue.input === undefined ? 'is missing' : `must be ${kinds[issue.expected] ?? issue.expected}${found}`;
  }
  if (issue.code === 'invalid_value') return `must be one of: ${issue.values.map(String).join(', ')}${found}`;
  return issue.message;
}

/**
 * Validates one record against its collection's schema.
 * @returns the parsed record, or the issues found in it
 */
export function validateRecord<C extends CollectionName>(
  collection: C,
  record: unknown,
  index = 0,
  schemas: Partial<Record<AnyCollectionName, z.ZodMiniType>> = collectionSchemas,
): { ok: true; value: Collections[C][number] } | { ok: false; issues: DataIssue[] } {
  const result = z.safeParse(schemas[collection]!, record, { reportInput: true });
  if (result.success) return { ok: true, value: result.data as Collections[C][number] };
  const id = recordId(record, index);
  return {
    ok: false,
    issues: result.error.issues.map((i) => ({
      collection,
      id,
      path: i.path.map(String).join('.'),
      message: plainMessage(i),
    })),
  };
}

/**
 * Validates every collection record by record and checks ids are unique within a collection.
 * @param raw - an object whose keys are collection names and values arrays of records
 * @param schemas - the record schema of each collection to validate (default: the collections the elements show;
 * the build adds the page-content ones from `page-schemas.ts`)
 */
export function validateCollections(
  raw: Partial<Record<AnyCollectionName, unknown>>,
  schemas: Partial<Record<AnyCollectionName, z.ZodMiniType>> = collectionSchemas,
): ValidationResult {
  const issues: DataIssue[] = [];
  const out: Record<string, unknown[]> = {};
  for (const name of Object.keys(schemas) as CollectionName[]) {
    const list = raw[name];
    out[name] = [];
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      issues.push({ collection: name, id: '(collection)', path: '', message: 'must be a list of records' });
      continue;
    }
    const seen = new Set<string>();
    list.forEach((record, index) => {
      const result = validateRecord(name, record, index, schemas);
      if (!result.ok) {
        issues.push(...result.issues);
        return;
      }
      const id = (result.value as { id: string }).id;
      if (seen.has(id)) {
        issues.push({ collection: name, id, path: 'id', message: 'duplicate id (the later record is left out)' });
        return;
      }
      seen.add(id);
      out[name].push(result.value);
    });
  }
  return { collections: out as unknown as Collections, issues };
}
