// Property tests (fast-check) of the data path a hosted feed goes through: validateCollections and loadFeed (with a
// fake fetch) get random and malicious documents. Whatever comes in, nothing throws, no link with a scheme other than
// https, tel, sms or mailto survives, and the bundled hotlines are always there to show.
// Runs are few and seeds fixed, so CI is quick and repeatable; fast-check prints the seed and the shrunk
// counterexample on failure. HART_FUZZ_SEED and HART_FUZZ_RUNS change them to explore further.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { validateCollections } from '../../src/sdk/validate.js';
import { loadFeed, resetFeedCache } from '../../src/sdk/feed.js';
import { collectionNames } from '../../src/sdk/collection-names.js';
import { contactHref } from '../../src/sdk/links.js';
import { snapshot } from '../../src/sdk/generated/snapshot.js';
import { hotlines as bundledHotlines } from '../../src/sdk/generated/hotlines.js';
import { DATA_FORMAT_VERSION } from '../../src/sdk/version.js';
import type { ContactPoint } from '../../src/sdk/types.js';
import { trickyStrings } from '../support/tricky-strings.js';

const seed = Number(process.env.HART_FUZZ_SEED ?? 20261128);
const runs = (n: number) => Number(process.env.HART_FUZZ_RUNS ?? n);
const FEED = 'https://feed.example.org/hart-data.json';
const ALLOWED = /^(https|tel|sms|mailto):/;

const tricky = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom<string>(...trickyStrings) },
  { weight: 2, arbitrary: fc.string() },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom('a'.repeat(20000), '<b>'.repeat(5000)) },
);

/** Any value, tricky strings favoured. */
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: tricky },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      null,
      undefined,
      0,
      -1,
      NaN,
      Infinity,
      true,
      [],
      {},
      [[]],
      { en: '', es: '' },
      { polluted: true },
    ),
  },
);

type Json = Record<string, unknown> | unknown[];

/** Every path (array of keys) to a value inside `value`, in a fixed order. */
function paths(
  value: unknown,
  prefix: (string | number)[] = [],
  out: (string | number)[][] = [],
): (string | number)[][] {
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const p = [...prefix, Array.isArray(value) ? Number(k) : k];
      out.push(p);
      paths(v, p, out);
    }
  }
  return out;
}

/** One change to a document: at the n-th path, set a value, delete the key, or add a key beside it. */
type Mutation = { at: number; op: 'set' | 'delete' | 'add'; value: unknown; key: string };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  op: fc.constantFrom('set', 'set', 'set', 'delete', 'add'),
  value: anyValue,
  key: fc.constantFrom('__proto__', 'constructor', 'id', 'url', 'value', 'kind', 'extra', 'en', 'es'),
});

function mutate<T>(doc: T, mutations: Mutation[]): T {
  const copy = structuredClone(doc) as unknown as Json;
  for (const m of mutations) {
    const all = paths(copy);
    if (!all.length) break;
    const path = all[m.at % all.length];
    const parent = path.slice(0, -1).reduce<any>((o, k) => o[k], copy);
    const last = path[path.length - 1];
    if (m.op === 'set') parent[last] = structuredClone(m.value);
    else if (m.op === 'delete') {
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete parent[last];
    } else if (!Array.isArray(parent)) {
      // JSON.parse would make "__proto__" an own key: do the same.
      Object.defineProperty(parent, m.key, {
        value: structuredClone(m.value),
        enumerable: true,
        configurable: true,
        writable: true,
      });
    }
  }
  return copy as unknown as T;
}

/** The bundled data with up to 12 random changes, as a feed document. */
const mutatedCollections = fc.array(mutation, { minLength: 1, maxLength: 12 }).map((ms) => mutate(snapshot, ms));
const randomCollections = fc.oneof(
  { weight: 4, arbitrary: mutatedCollections },
  { weight: 1, arbitrary: fc.dictionary(fc.constantFrom(...collectionNames, '__proto__', 'other'), anyValue) },
  { weight: 1, arbitrary: anyValue },
);

/** Every link-bearing value in validated data: `url` fields, contact links, emails. */
function links(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => links(v, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.kind === 'string' && typeof o.value === 'string') {
      const href = contactHref(o as unknown as ContactPoint);
      if (href !== undefined) out.push(href);
    }
    for (const [k, v] of Object.entries(o)) {
      if (k === 'url' && v !== undefined) out.push(String(v));
      if (k === 'email' && v !== undefined) out.push(`mailto:${String(v)}`);
      links(v, out);
    }
  }
  return out;
}

test('validateCollections never throws, and keeps only https/tel/sms/mailto links', () => {
  fc.assert(
    fc.property(randomCollections, (raw) => {
      const { collections, issues } = validateCollections(raw as Record<string, unknown>);
      assert.ok(Array.isArray(issues));
      for (const name of collectionNames) assert.ok(Array.isArray(collections[name]), `${name} is a list`);
      const bad = links(collections).filter((href) => !ALLOWED.test(href) || /[\s<>"]/.test(href));
      assert.deepEqual(bad, [], 'links kept that are not https, tel, sms or mailto');
      // Nothing reached Object.prototype through "__proto__" keys.
      assert.equal(({} as Record<string, unknown>).polluted, undefined);
    }),
    { numRuns: runs(100), seed, includeErrorInReport: true },
  );
});

test('validateCollections keeps every valid record untouched: the bundled data passes whole', () => {
  const { collections, issues } = validateCollections(snapshot);
  assert.deepEqual(issues, []);
  for (const name of collectionNames) assert.equal(collections[name].length, snapshot[name].length, name);
});

/** A fake fetch answering with a random (often malicious) response, or failing. */
const response = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('doc' as const),
      version: fc.constantFrom(DATA_FORMAT_VERSION, DATA_FORMAT_VERSION, '1.9.0', '0.9.0', '2.0.0', 'x', ''),
      collections: randomCollections,
      extra: fc.option(fc.dictionary(fc.string({ maxLength: 8 }), anyValue), { nil: undefined }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('body' as const), body: fc.oneof(fc.string(), fc.json(), tricky) }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('anything' as const), body: fc.jsonValue() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('throw' as const), message: fc.string() }) },
);
const status = fc.constantFrom(200, 200, 200, 200, 204, 304, 404, 500);
const contentType = fc.constantFrom(
  'application/json',
  'application/json',
  'application/ld+json; charset=utf-8',
  'text/html',
  'text/plain',
  '',
);

type ResponseSpec = typeof response extends fc.Arbitrary<infer T> ? T : never;

function fakeFetch(r: ResponseSpec, code: number, type: string): typeof fetch {
  return async () => {
    if (r.kind === 'throw') throw new TypeError(r.message);
    const body =
      r.kind === 'doc'
        ? JSON.stringify({
            version: r.version,
            generated: '2026-11-28T00:00:00Z',
            collections: r.collections,
            ...r.extra,
          })
        : r.kind === 'body'
          ? r.body
          : JSON.stringify(r.body);
    const noBody = code === 204 || code === 304;
    return new Response(noBody ? null : (body ?? ''), { status: code, headers: type ? { 'content-type': type } : {} });
  };
}

/** Checks what a feed load gives the elements. */
function expectSafe(result: Awaited<ReturnType<typeof loadFeed>>) {
  assert.ok(['live', 'partial', 'snapshot'].includes(result.status), result.status);
  assert.ok(Array.isArray(result.reasons) && Array.isArray(result.issues));
  if (result.status !== 'live') assert.ok(result.reasons.length > 0, 'a status other than live says why');
  const bad = links(result.live).filter((href) => !ALLOWED.test(href) || /[\s<>"]/.test(href));
  assert.deepEqual(bad, [], 'links kept that are not https, tel, sms or mailto');
  // What an element shows: the feed's hotlines when it has any, else the bundled ones. Every bundled hotline is
  // there, and each can still be reached (a call, text, TTY or chat link).
  const shown = result.live.hotlines ?? bundledHotlines;
  for (const h of bundledHotlines) {
    const kept = shown.find((s) => s.id === h.id);
    assert.ok(kept, `hotline ${h.id} disappeared`);
    assert.ok(
      kept.contacts.some((c) => contactHref(c) !== undefined),
      `hotline ${h.id} has no usable contact`,
    );
  }
}

test('loadFeed, a well-formed feed with malicious records: never rejects, only safe links, hotlines remain', async () => {
  const statuses = new Set<string>();
  await fc.assert(
    fc.asyncProperty(randomCollections, fc.constantFrom(DATA_FORMAT_VERSION, '1.9.0'), async (collections, version) => {
      resetFeedCache();
      const r: ResponseSpec = { kind: 'doc', version, collections, extra: undefined };
      const result = await loadFeed({
        feed: FEED,
        fetch: fakeFetch(r, 200, 'application/json'),
        bundledHotlines,
        timeoutMs: 1000,
      });
      statuses.add(result.status);
      expectSafe(result);
    }),
    { numRuns: runs(80), seed, includeErrorInReport: true },
  );
  // The documents did reach validation: some were (partly) used, not all refused at the door.
  assert.ok(statuses.has('partial'), `statuses seen: ${[...statuses].join(', ')}`);
});

test('loadFeed, anything on the wire (status, content type, body, network errors): never rejects, hotlines remain', async () => {
  await fc.assert(
    fc.asyncProperty(response, status, contentType, async (r, code, type) => {
      resetFeedCache();
      expectSafe(await loadFeed({ feed: FEED, fetch: fakeFetch(r, code, type), bundledHotlines, timeoutMs: 1000 }));
    }),
    { numRuns: runs(60), seed, includeErrorInReport: true },
  );
});

test('loadFeed with tricky feed addresses never rejects and never fetches anything but https (or local) URLs', async () => {
  await fc.assert(
    fc.asyncProperty(fc.oneof(tricky, fc.webUrl()), async (feed) => {
      resetFeedCache();
      const asked: string[] = [];
      const result = await loadFeed({
        feed,
        fetch: async (input) => {
          asked.push(String(input));
          return new Response('{}', { headers: { 'content-type': 'application/json' } });
        },
        bundledHotlines,
        timeoutMs: 500,
      });
      assert.ok(['live', 'partial', 'snapshot'].includes(result.status));
      for (const url of asked) assert.match(url, /^(https:\/\/|http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?\/)/);
    }),
    { numRuns: runs(60), seed, includeErrorInReport: true },
  );
});
