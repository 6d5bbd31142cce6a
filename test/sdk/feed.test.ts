// The hosted feed, against a mocked server (msw): whatever the feed does, the caller gets usable data and a reason.
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { setupServer } from 'msw/node';
import { http, HttpResponse, delay } from 'msw';
import { loadFeed, resetFeedCache } from '../../src/sdk/feed.js';
import { loadDataset } from '../../src/sdk/load-dataset.js';
import { snapshot } from '../../src/sdk/generated/snapshot.js';
import { DATA_FORMAT_VERSION } from '../../src/sdk/version.js';

const FEED = 'https://data.example.org/hart-data.json';
const server = setupServer();
let requests = 0;
server.events.on('request:start', ({ request }) => {
  if (request.url === FEED) requests++;
});

before(() => server.listen({ onUnhandledRequest: 'error' }));
after(() => server.close());
beforeEach(() => {
  server.resetHandlers();
  resetFeedCache();
  requests = 0;
});

const feedDoc = (collections: Record<string, unknown> = snapshot, version = DATA_FORMAT_VERSION) => ({
  version,
  generated: '2026-11-28T00:00:00Z',
  collections,
});
const serve = (body: unknown, init: ResponseInit = {}) =>
  server.use(http.get(FEED, () => HttpResponse.json(body as object, init)));
const changedHotlines = () => {
  const h = structuredClone(snapshot.hotlines);
  h[1].whenToUse = { en: 'Updated text', es: 'Texto actualizado' };
  return h;
};

test('200: the feed is used, live, and the SDK callback hears it', async () => {
  serve(feedDoc({ ...snapshot, hotlines: changedHotlines() }));
  const heard: string[] = [];
  const r = await loadDataset({ feed: FEED, onStatus: (s) => heard.push(s.status) });
  assert.equal(r.status, 'live');
  assert.deepEqual(r.reasons, []);
  assert.equal(r.dataset.hotlines.byId('nhth')?.whenToUse.en, 'Updated text');
  assert.deepEqual(heard, ['live']);
});

test('the request sends no credentials and no referrer', async () => {
  let seen: Request | undefined;
  server.use(http.get(FEED, ({ request }) => ((seen = request), HttpResponse.json(feedDoc()))));
  await loadFeed({ feed: FEED });
  assert.equal(seen?.credentials, 'omit');
  assert.equal(seen?.headers.get('cookie'), null);
  assert.equal(seen?.referrerPolicy, 'no-referrer');
});

test('two callers on one page make one request', async () => {
  serve(feedDoc());
  const [a, b] = await Promise.all([loadFeed({ feed: FEED }), loadFeed({ feed: FEED })]);
  assert.equal(requests, 1);
  assert.equal(a, b);
});

test('304 with ETag: a later load revalidates with If-None-Match and keeps the data', async () => {
  let ifNoneMatch: string | null = null;
  server.use(
    http.get(FEED, ({ request }) => {
      ifNoneMatch = request.headers.get('if-none-match');
      if (ifNoneMatch === '"v1"') return new HttpResponse(null, { status: 304 });
      return HttpResponse.json(feedDoc({ ...snapshot, hotlines: changedHotlines() }), { headers: { etag: '"v1"' } });
    }),
  );
  const first = await loadFeed({ feed: FEED });
  const again = await loadFeed({ feed: FEED, refresh: true });
  assert.equal(ifNoneMatch, '"v1"');
  assert.equal(again.notModified, true);
  assert.equal(again.status, 'live');
  assert.equal(again.live.hotlines?.[1].whenToUse.en, 'Updated text');
  assert.equal(first.status, 'live');
});

const failures: [string, () => void, RegExp][] = [
  [
    '404',
    () => server.use(http.get(FEED, () => new HttpResponse('no', { status: 404, statusText: 'Not Found' }))),
    /HTTP 404 Not Found/,
  ],
  ['500', () => server.use(http.get(FEED, () => new HttpResponse('boom', { status: 500 }))), /HTTP 500/],
  ['network error', () => server.use(http.get(FEED, () => HttpResponse.error())), /could not be reached/],
  [
    'malformed JSON',
    () =>
      server.use(
        http.get(FEED, () => new HttpResponse('{ "version": ', { headers: { 'content-type': 'application/json' } })),
      ),
    /not valid JSON/,
  ],
  [
    'HTML error page with 200',
    () => server.use(http.get(FEED, () => HttpResponse.html('<h1>Oops</h1>'))),
    /not JSON \(content type "text\/html/,
  ],
  [
    'wrong content type',
    () => server.use(http.get(FEED, () => HttpResponse.text(JSON.stringify(feedDoc())))),
    /not JSON \(content type "text\/plain/,
  ],
  [
    'newer major version',
    () => serve(feedDoc(snapshot, '2.0.0')),
    /format 2\.0\.0 is newer than this library reads \(1\.x\): update hart-widgets/,
  ],
  ['not a feed document', () => serve([1, 2, 3]), /not a feed document/],
];
for (const [name, setup, reason] of failures) {
  test(`${name}: the bundled snapshot, with a reason`, async () => {
    setup();
    const r = await loadDataset({ feed: FEED });
    assert.equal(r.status, 'snapshot');
    assert.match(r.reasons.join(' | '), reason);
    assert.deepEqual(r.collections.hotlines, snapshot.hotlines);
  });
}

test('timeout: gives up after timeoutMs and keeps the snapshot', async () => {
  server.use(http.get(FEED, async () => (await delay(500), HttpResponse.json(feedDoc()))));
  const r = await loadFeed({ feed: FEED, timeoutMs: 50 });
  assert.equal(r.status, 'snapshot');
  assert.match(r.reasons[0], /did not answer within 0\.05 s/);
});

test('slow then ok: a slow feed within the limit is used', async () => {
  server.use(http.get(FEED, async () => (await delay(80), HttpResponse.json(feedDoc()))));
  const r = await loadFeed({ feed: FEED, timeoutMs: 2000 });
  assert.equal(r.status, 'live');
});

test('oversized body: refused by the size cap, declared or not', async () => {
  const big = JSON.stringify(feedDoc()) + ' '.repeat(5000);
  server.use(http.get(FEED, () => new HttpResponse(big, { headers: { 'content-type': 'application/json' } })));
  const r = await loadFeed({ feed: FEED, maxBytes: 4000 });
  assert.equal(r.status, 'snapshot');
  assert.match(r.reasons[0], /too large/);
});

test('a mix of valid and invalid records: partial, invalid ones listed with collection, id and field', async () => {
  const providers = structuredClone(snapshot.providers);
  (providers[0] as { name?: string }).name = undefined;
  const events = structuredClone(snapshot.events);
  events[0].start = 'next tuesday';
  serve(feedDoc({ ...snapshot, providers, events }));
  const r = await loadDataset({ feed: FEED });
  assert.equal(r.status, 'partial');
  assert.ok(
    r.issues.some((i) => i.collection === 'providers' && i.id === snapshot.providers[0].id && i.path === 'name'),
  );
  assert.ok(r.issues.some((i) => i.collection === 'events' && i.id === snapshot.events[0].id && i.path === 'start'));
  assert.equal(r.collections.providers.length, snapshot.providers.length - 1);
  assert.match(r.reasons.join(' '), /2 record\(s\) were left out/);
});

test('javascript: and data: links are dropped with a reason', async () => {
  const hotlines = structuredClone(snapshot.hotlines);
  hotlines.find((h) => h.id === 'nhth')!.contacts.find((c) => c.kind === 'chat')!.value =
    'javascript:alert(document.cookie)';
  const resources = structuredClone(snapshot.resources);
  const withUrl = resources.find((x) => x.url)!;
  withUrl.url = 'data:text/html,<script>alert(1)</script>';
  serve(feedDoc({ ...snapshot, hotlines, resources }));
  const r = await loadDataset({ feed: FEED });
  assert.ok(r.issues.some((i) => i.id === 'nhth' && /https/.test(i.message)));
  assert.ok(r.issues.some((i) => i.id === withUrl.id && i.path === 'url'));
  assert.ok(!JSON.stringify(r.collections).includes('javascript:'));
  assert.ok(!JSON.stringify(r.collections).includes('data:text/html'));
  // The hotline with the bad link is not lost: the bundled one stays.
  assert.deepEqual(
    r.dataset.hotlines.byId('nhth'),
    snapshot.hotlines.find((h) => h.id === 'nhth'),
  );
});

test('hotlines can never disappear: an empty or invalid hotline list keeps the bundled ones', async () => {
  for (const hotlines of [[], [{ id: 'nhth' }], 'nope']) {
    resetFeedCache();
    serve(feedDoc({ ...snapshot, hotlines }));
    const r = await loadDataset({ feed: FEED });
    assert.notEqual(r.status, 'live');
    assert.deepEqual(
      r.collections.hotlines.map((h) => h.id),
      snapshot.hotlines.map((h) => h.id),
    );
    assert.deepEqual(r.collections.hotlines, snapshot.hotlines);
  }
});

test('loadFeed without bundled hotlines never reports an empty hotline list as live data', async () => {
  serve(feedDoc({ ...snapshot, hotlines: [{ id: 'nhth' }] }));
  const r = await loadFeed({ feed: FEED });
  assert.equal(r.status, 'partial');
  assert.ok(!('hotlines' in r.live), 'no hotlines key, so merging live over bundled data keeps the bundled hotlines');
  assert.ok(r.issues.some((i) => i.collection === 'hotlines' && i.id === 'nhth'));
});

test('XSS payloads in text stay plain text in the data (the elements render text, never HTML)', async () => {
  const payload = '<img src=x onerror=alert(1)><script>alert(2)</script>';
  const hotlines = structuredClone(snapshot.hotlines);
  hotlines[0].whenToUse = { en: payload, es: payload };
  serve(feedDoc({ ...snapshot, hotlines }));
  const r = await loadDataset({ feed: FEED });
  assert.equal(r.dataset.hotlines.byId(hotlines[0].id)?.whenToUse.en, payload);
});

test('a feed over http (not https) is refused; a bad URL is refused', async () => {
  const r = await loadFeed({ feed: 'http://data.example.org/hart-data.json' });
  assert.match(r.reasons[0], /https/);
  const bad = await loadFeed({ feed: 'http://[nope' });
  assert.equal(bad.status, 'snapshot');
  assert.equal(requests, 0);
});

test('a missing collection stays bundled and makes the status partial', async () => {
  const { events: _events, ...rest } = snapshot;
  serve(feedDoc(rest));
  const r = await loadDataset({ feed: FEED });
  assert.equal(r.status, 'partial');
  assert.match(r.reasons.join(' '), /no "events"/);
  assert.deepEqual(r.collections.events, snapshot.events);
});
