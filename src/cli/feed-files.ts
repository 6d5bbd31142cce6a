/**
 * The feed document and its JSON Schema, as published for partners (`hart-data.json`, `hart-data.schema.json`).
 */
import * as z from 'zod/mini';
import { FeedSchema } from '../sdk/feed-schema.js';
import { DATA_FORMAT_VERSION } from '../sdk/version.js';
import type { Collections, Feed } from '../sdk/types.js';

/** The feed document for `collections`, stamped with the format version and the time. */
export function feedDocument(collections: Collections, generated = new Date()): Feed {
  return { version: DATA_FORMAT_VERSION, generated: generated.toISOString().replace(/\.\d+Z$/, 'Z'), collections };
}

/** JSON Schema (draft 2020-12) of a zod schema, as editors and other tools read it. */
export function jsonSchemaOf(schema: z.ZodMiniType): Record<string, unknown> {
  return z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any', io: 'input' }) as Record<string, unknown>;
}

/** JSON Schema of the whole feed. */
export function feedJsonSchema(): Record<string, unknown> {
  return { ...jsonSchemaOf(FeedSchema), title: 'hart-widgets data feed', $id: 'hart-data.schema.json' };
}
