/**
 * The feed document and its JSON Schema, as published for partners (`hart-data.json`, `hart-data.schema.json`).
 */
import * as z from 'zod/mini';
import { FeedSchema } from '../sdk/feed-schema.js';
import type { CheckJson } from '../sdk/schemas.js';
import { DATA_FORMAT_VERSION } from '../sdk/version.js';
import type { Collections, Feed } from '../sdk/types.js';

/** The feed document for `collections`, stamped with the format version and the time. */
export function feedDocument(collections: Collections, generated = new Date()): Feed {
  return { version: DATA_FORMAT_VERSION, generated: generated.toISOString().replace(/\.\d+Z$/, 'Z'), collections };
}

/** JSON Schema (draft 2020-12) of a zod schema, as editors and other tools read it. */
export function jsonSchemaOf(schema: z.ZodMiniType): Record<string, unknown> {
  const options = { target: 'draft-2020-12', unrepresentable: 'any', io: 'input', override: addCheckJson } as const;
  return z.toJSONSchema(schema, options);
}

/**
 * The schemas' checks are plain functions (lighter in the browser than zod's own checks), which toJSONSchema cannot
 * read; each carries `json`, the JSON Schema keywords it stands for (`CheckJson` in src/sdk/schemas.ts).
 */
function addCheckJson(ctx: { zodSchema: z.core.$ZodType; jsonSchema: Record<string, unknown> }): void {
  const { zodSchema, jsonSchema } = ctx;
  for (const check of zodSchema._zod.def.checks ?? []) {
    const { minLength, ...json } = (check._zod.check as { json?: CheckJson }).json ?? {};
    Object.assign(jsonSchema, json);
    if (minLength !== undefined) jsonSchema[jsonSchema.type === 'array' ? 'minItems' : 'minLength'] = minLength;
  }
}

/** JSON Schema of the whole feed. */
export function feedJsonSchema(): Record<string, unknown> {
  return { ...jsonSchemaOf(FeedSchema), title: 'hart-widgets data feed', $id: 'hart-data.schema.json' };
}
