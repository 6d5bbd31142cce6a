/**
 * Loading the hosted data feed (`hart-data.json`) safely. Whatever happens to the feed (down, slow, too big, not
 * JSON, an HTML error page, a newer format, bad records), the caller gets usable data and a plain reason: records
 * that fail validation are left out and listed; collections the feed cannot supply stay as bundled; hotlines can
 * never disappear. No credentials, cookies or referrer are sent; nothing is stored.
 *
 * @module
 */
import { DATA_FORMAT_VERSION } from './version.js';
import type { Collections, Hotline } from './types.js';
import type { DataIssue } from './validate.js';
import { collectionNames, type CollectionName } from './collection-names.js';

/** `live`: everything from the feed. `partial`: some from the feed, some bundled. `snapshot`: the bundled data only. */
export type DataStatus = 'live' | 'partial' | 'snapshot';

/** What a feed load produced. */
export interface FeedResult {
  /** The feed URL (absolute). */
  feed: string;
  status: DataStatus;
  /** Collections taken from the feed (validated). Collections not listed here stay as bundled. */
  live: Partial<Collections>;
  /** Records left out, with collection, id and field path. */
  issues: DataIssue[];
  /** Why the status is not `live`, in plain words (empty when live). */
  reasons: string[];
  /** The feed's format version and generation time, when it was read. */
  version?: string;
  generated?: string;
  /** True when the server answered 304 Not Modified and the previous result was reused. */
  notModified?: boolean;
}

/** Options of {@link loadFeed}. */
export interface LoadFeedOptions {
  /** URL of the feed (https, or same-origin relative when `base` is given). */
  feed: string;
  /** Base URL for a relative `feed` (in a page: `document.baseURI`). */
  base?: string;
  /** Give up after this many milliseconds (default 5000). */
  timeoutMs?: number;
  /** Abort from outside. */
  signal?: AbortSignal;
  /** The fetch to use (default: global fetch). */
  fetch?: typeof fetch;
  /** Largest feed accepted, in bytes (default 2 MiB). */
  maxBytes?: number;
  /** Ask the server again (with If-None-Match when an ETag is known) instead of reusing this page's result. */
  refresh?: boolean;
  /** Hotlines to keep when the feed's are missing or invalid (default: the ones the feed cannot replace stay bundled). */
  bundledHotlines?: readonly Hotline[];
  /** Called with the result (the SDK callback of the `hart-data-status` event). */
  onStatus?: (result: FeedResult) => void;
}

/** Default time limit for a feed request. */
export const DEFAULT_FEED_TIMEOUT_MS = 5000;
/** Default largest feed. */
export const DEFAULT_FEED_MAX_BYTES = 2 * 1024 * 1024;

const pending = new Map<string, Promise<FeedResult>>();
const lastGood = new Map<string, { etag: string; result: FeedResult }>();

/** Forgets this page's feed results (tests; or to load a feed afresh). */
export function resetFeedCache(): void {
  pending.clear();
  lastGood.clear();
}

const snapshotOnly = (feed: string, reason: string): FeedResult => ({
  feed,
  status: 'snapshot',
  live: {},
  issues: [],
  reasons: [reason],
});

const major = (v: string) => Number(v.split('.')[0]);

/**
 * Loads and validates a feed. Every caller on the page asking for the same feed shares one request.
 * Never rejects: failures come back as `status: 'snapshot'` with reasons.
 */
export function loadFeed(options: LoadFeedOptions): Promise<FeedResult> {
  let url: string;
  try {
    url = new URL(options.feed, options.base).href;
  } catch {
    const result = snapshotOnly(options.feed, `the feed address "${options.feed}" is not a valid URL`);
    options.onStatus?.(result);
    return Promise.resolve(result);
  }
  let promise = options.refresh ? undefined : pending.get(url);
  if (!promise) {
    promise = request(url, options);
    pending.set(url, promise);
  }
  return promise.then((result) => {
    options.onStatus?.(result);
    return result;
  });
}

async function request(url: string, options: LoadFeedOptions): Promise<FeedResult> {
  if (!/^https:/.test(url) && !isLocal(url)) return snapshotOnly(url, 'the feed must be served over https');
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? DEFAULT_FEED_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_FEED_MAX_BYTES;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onAbort);
  const previous = lastGood.get(url);
  try {
    const res = await fetchImpl(url, {
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      signal: controller.signal,
      headers: previous
        ? { accept: 'application/json', 'if-none-match': previous.etag }
        : { accept: 'application/json' },
    });
    if (res.status === 304 && previous) return { ...previous.result, notModified: true };
    if (!res.ok)
      return snapshotOnly(url, `the feed answered HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
    const type = res.headers.get('content-type') ?? '';
    if (!/^application\/([\w.+-]+\+)?json\b/i.test(type)) {
      return snapshotOnly(url, `the feed is not JSON (content type "${type || 'none'}")`);
    }
    const declared = Number(res.headers.get('content-length'));
    if (declared > maxBytes)
      return snapshotOnly(url, `the feed is too large (${declared} bytes; the limit is ${maxBytes})`);
    const text = await readCapped(res, maxBytes);
    if (text === undefined) return snapshotOnly(url, `the feed is too large (over ${maxBytes} bytes)`);
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch {
      return snapshotOnly(url, 'the feed is not valid JSON');
    }
    const result = await accept(url, doc, options);
    const etag = res.headers.get('etag');
    if (etag && result.status !== 'snapshot') lastGood.set(url, { etag, result });
    return result;
  } catch (err) {
    if (timedOut) return snapshotOnly(url, `the feed did not answer within ${timeoutMs / 1000} s`);
    if (options.signal?.aborted) return snapshotOnly(url, 'the feed request was cancelled');
    return snapshotOnly(url, `the feed could not be reached (${(err as Error).message || 'network error'})`);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

const isLocal = (url: string) => /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?\//.test(url);

/** Reads a body as text, giving up (undefined) once it passes `maxBytes`. */
async function readCapped(res: Response, maxBytes: number): Promise<string | undefined> {
  if (!res.body) {
    const text = await res.text();
    return new TextEncoder().encode(text).length > maxBytes ? undefined : text;
  }
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      // Not awaited: some streams never settle a cancel, and the answer is already known.
      reader.cancel().catch(() => {});
      return undefined;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return new TextDecoder().decode(all);
}

/** Checks the document's format, validates record by record and decides what to use. */
async function accept(url: string, doc: unknown, options: LoadFeedOptions): Promise<FeedResult> {
  if (!doc || typeof doc !== 'object' || Array.isArray(doc))
    return snapshotOnly(url, 'the feed is not a feed document (expected an object)');
  const { version, generated, collections } = doc as { version?: unknown; generated?: unknown; collections?: unknown };
  if (typeof version !== 'string' || !/^\d+\.\d+\.\d+$/.test(version))
    return snapshotOnly(url, 'the feed has no valid "version"');
  const ours = major(DATA_FORMAT_VERSION);
  if (major(version) > ours) {
    return snapshotOnly(
      url,
      `the feed's format ${version} is newer than this library reads (${ours}.x): update hart-widgets to use it`,
    );
  }
  if (major(version) < ours)
    return snapshotOnly(
      url,
      `the feed's format ${version} is older than this library reads (${ours}.x): rebuild the feed`,
    );
  if (!collections || typeof collections !== 'object') return snapshotOnly(url, 'the feed has no "collections"');

  // The validator (zod) is loaded only now, when a feed is actually in use.
  const { validateCollections } = await import('./validate.js');
  const raw = collections as Partial<Record<CollectionName, unknown>>;
  const { collections: valid, issues } = validateCollections(raw);
  const live: Partial<Collections> = {};
  const reasons: string[] = [];
  for (const name of collectionNames) {
    if (raw[name] === undefined) {
      reasons.push(`the feed has no "${name}": the bundled ones are used`);
      continue;
    }
    (live as Record<string, unknown>)[name] = valid[name];
  }
  if (live.hotlines) {
    const hotlines = keepHotlines(live.hotlines, options.bundledHotlines, reasons);
    // No usable hotline at all: leave the collection out, so whoever merges `live` over bundled data keeps its own.
    if (hotlines) live.hotlines = hotlines;
    else delete live.hotlines;
  }
  const dropped = issues.length;
  if (dropped)
    reasons.push(
      `${new Set(issues.map((i) => `${i.collection}/${i.id}`)).size} record(s) were left out because they are invalid`,
    );
  const status: DataStatus = Object.keys(live).length === 0 ? 'snapshot' : reasons.length ? 'partial' : 'live';
  return {
    feed: url,
    status,
    live,
    issues,
    reasons,
    version,
    generated: typeof generated === 'string' ? generated : undefined,
  };
}

/**
 * Hotlines can never disappear: every bundled hotline the feed does not supply validly is kept; the feed's valid
 * records replace bundled ones with the same id and may add new ones.
 */
function keepHotlines(
  fromFeed: Hotline[],
  bundled: readonly Hotline[] | undefined,
  reasons: string[],
): Hotline[] | undefined {
  if (!bundled) return fromFeed.length ? fromFeed : undefined;
  const ids = new Set(fromFeed.map((h) => h.id));
  const kept = bundled.filter((h) => !ids.has(h.id));
  if (kept.length)
    reasons.push(
      `hotline(s) ${kept.map((h) => h.id).join(', ')} missing or invalid in the feed: the bundled ones are kept`,
    );
  const merged = [
    ...bundled.map((h) => fromFeed.find((f) => f.id === h.id) ?? h),
    ...fromFeed.filter((f) => !bundled.some((h) => h.id === f.id)),
  ];
  return merged;
}
