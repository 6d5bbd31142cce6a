/**
 * Page-wide feed handling for the elements: where the feed is set, one load per page, and the live data and
 * `hart-data-status` event that follow. The loader and its validator are imported only when a feed is set.
 */
import type { FeedResult } from '../sdk/feed.js';
import { setLiveCollections } from './data-store.js';

/** Detail of the `hart-data-status` event: what the elements now show, and why. */
export type DataStatusDetail = Pick<FeedResult, 'feed' | 'status' | 'issues' | 'reasons' | 'version' | 'generated'>;

let configuredFeed: string | undefined;
const announced = new Set<string>();
/** Results already put live (one per load, shared by every element that asked). */
const applied = new WeakSet<FeedResult>();

/**
 * Sets the page-wide feed (the same as a `data-hart-feed` attribute on the script tag). Elements with their own
 * `feed` attribute use theirs.
 * @param options.feed - URL of `hart-data.json`
 */
export function configure(options: { feed?: string }): void {
  configuredFeed = options.feed || undefined;
}

/**
 * The page-wide feed: `configure({ feed })`, else `data-hart-feed` (or `data-feed`) on a script tag, else
 * `<meta name="hart-feed" content="...">`.
 */
export function pageFeed(): string | undefined {
  if (configuredFeed) return configuredFeed;
  const script = document.querySelector<HTMLScriptElement>('script[data-hart-feed], script[data-feed]');
  const fromScript = script?.dataset.hartFeed || script?.dataset.feed;
  if (fromScript) return fromScript;
  return document.querySelector<HTMLMetaElement>('meta[name="hart-feed"]')?.content || undefined;
}

/**
 * Loads `feed` once for the page (elements asking again share the request), puts the usable collections live and
 * fires `hart-data-status` once per feed, from the first element that asked.
 */
export async function requestFeed(feed: string, requester: HTMLElement): Promise<FeedResult> {
  // Loaded only when a feed is set: the loader, its validator and (to keep them whole) the bundled hotlines. They are
  // chunks beside the script; when they cannot be fetched the elements keep the bundled data and the event says why.
  const result = await Promise.all([import('../sdk/feed.js'), import('../sdk/generated/hotlines.js')]).then(
    ([{ loadFeed }, { hotlines }]) => loadFeed({ feed, base: document.baseURI, bundledHotlines: hotlines }),
    (error): FeedResult => ({ feed, status: 'snapshot', live: {}, issues: [], reasons: [String(error)] }),
  );
  // Every element on the page gets the same result: put it live once, not once per element (each time re-renders all).
  if (!applied.has(result)) {
    applied.add(result);
    if (Object.keys(result.live).length) setLiveCollections(result.live);
  }
  if (!announced.has(result.feed)) {
    announced.add(result.feed);
    const { status, issues, reasons, version, generated } = result;
    requester.dispatchEvent(
      new CustomEvent<DataStatusDetail>('hart-data-status', {
        detail: { feed: result.feed, status, issues, reasons, version, generated },
        bubbles: true,
        composed: true,
      }),
    );
  }
  return result;
}

/** Forgets which feeds were announced (tests). */
export function resetFeedAnnouncements(): void {
  announced.clear();
  configuredFeed = undefined;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'hart-data-status': CustomEvent<DataStatusDetail>;
  }
}
