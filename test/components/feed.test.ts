// Elements with a hosted feed (mocked with msw's service worker): they render the bundled data at once, update in
// place when the feed arrives, report what happened, and never show anything unsafe.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import { http, HttpResponse } from 'msw';
import '../../src/components/hotline-banner/hotline-banner.js';
import type { HartHotlineBanner } from '../../src/components/hotline-banner/hotline-banner.js';
import { configure, resetFeedAnnouncements, type DataStatusDetail } from '../../src/internal/feed.js';
import { onDataChange, resetLiveCollections } from '../../src/internal/data-store.js';
import { resetFeedCache } from '../../src/sdk/feed.js';
import { snapshot } from '../../src/sdk/generated/snapshot.js';
import { DATA_FORMAT_VERSION } from '../../src/sdk/version.js';
import { expectAccessible, expectAccessibleInLangs, nextFrame, shadowText } from '../support/element-helpers.js';

const FEED = 'https://feed.example.org/hart-data.json';
const worker = setupWorker();
let requests = 0;
worker.events.on('request:start', ({ request }) => {
  if (request.url.startsWith(FEED)) requests++;
});

const doc = (hotlines: unknown = snapshot.hotlines, version = DATA_FORMAT_VERSION) => ({
  version,
  generated: '2026-11-28T00:00:00Z',
  collections: { ...snapshot, hotlines },
});
const withText = (id: string, en: string, es = en) =>
  snapshot.hotlines.map((h) => (h.id === id ? { ...h, whenToUse: { en, es } } : h));
const serve = (body: unknown, init?: ResponseInit) =>
  worker.use(http.get(FEED, () => HttpResponse.json(body as object, init)));
const when = (el: HartHotlineBanner, id: string) =>
  el.shadowRoot!.querySelector(`[data-hotline="${id}"] [part="when"]`)!.textContent;

/** Mounts a banner with the feed and waits for its status event. */
async function mount(template = html`<hart-hotline-banner feed=${FEED}></hart-hotline-banner>`) {
  const status = oneEvent(document, 'hart-data-status') as Promise<CustomEvent<DataStatusDetail>>;
  const el = await fixture<HartHotlineBanner>(template);
  const event = await status;
  await nextFrame();
  return { el, event };
}

describe('hosted feed in the page', function () {
  this.timeout(20000);
  before(async () => {
    await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, quiet: true, onUnhandledRequest: 'bypass' });
  });
  after(() => worker.stop());
  beforeEach(() => {
    worker.resetHandlers();
    resetFeedCache();
    resetFeedAnnouncements();
    resetLiveCollections();
    requests = 0;
    document.querySelectorAll('script[data-hart-feed]').forEach((s) => s.remove());
  });

  it('renders the bundled data at once, then updates in place from the feed (status live)', async () => {
    serve(doc(withText('nhth', 'Feed text for the hotline', 'Texto del feed')));
    const status = oneEvent(document, 'hart-data-status') as Promise<CustomEvent<DataStatusDetail>>;
    const el = await fixture<HartHotlineBanner>(html`<hart-hotline-banner feed=${FEED}></hart-hotline-banner>`);
    expect(when(el, 'nhth')).to.equal(snapshot.hotlines[1].whenToUse.en);
    const event = await status;
    await el.updateComplete;
    expect(event.detail.status).to.equal('live');
    expect(event.detail.reasons).to.deep.equal([]);
    expect(when(el, 'nhth')).to.equal('Feed text for the hotline');
    await expectAccessible(el);
    await expectAccessibleInLangs(el, (lang) => {
      expect(when(el, 'nhth')).to.equal(lang === 'en' ? 'Feed text for the hotline' : 'Texto del feed');
    });
  });

  it('two elements on one page make one request, and the data goes live once', async () => {
    serve(doc());
    let changes = 0;
    const stop = onDataChange(() => changes++);
    await mount(html`<div>
      <hart-hotline-banner feed=${FEED}></hart-hotline-banner><hart-hotline-banner feed=${FEED} lang="es"></hart-hotline-banner>
    </div>`);
    await nextFrame();
    stop();
    expect(requests).to.equal(1);
    expect(changes, 'every element re-renders once, not once per element that asked').to.equal(1);
  });

  it('the same data from the feed causes no layout jump', async () => {
    serve(doc());
    const status = oneEvent(document, 'hart-data-status');
    const el = await fixture<HartHotlineBanner>(html`<hart-hotline-banner feed=${FEED}></hart-hotline-banner>`);
    const before = el.getBoundingClientRect().height;
    await status;
    await el.updateComplete;
    await nextFrame();
    expect(el.getBoundingClientRect().height).to.equal(before);
  });

  const failures: [string, () => void, RegExp][] = [
    ['404', () => worker.use(http.get(FEED, () => new HttpResponse('missing', { status: 404 }))), /HTTP 404/],
    ['500', () => worker.use(http.get(FEED, () => new HttpResponse('boom', { status: 500 }))), /HTTP 500/],
    ['network error', () => worker.use(http.get(FEED, () => HttpResponse.error())), /could not be reached/],
    [
      'HTML error page with 200',
      () => worker.use(http.get(FEED, () => HttpResponse.html('<h1>Maintenance</h1>'))),
      /not JSON/,
    ],
    [
      'malformed JSON',
      () =>
        worker.use(
          http.get(FEED, () => new HttpResponse('{"version":', { headers: { 'content-type': 'application/json' } })),
        ),
      /not valid JSON/,
    ],
    ['newer major version', () => serve(doc(snapshot.hotlines, '9.0.0')), /newer than this library reads/],
  ];
  for (const [name, setup, reason] of failures) {
    it(`${name}: the user sees the bundled numbers; the status says snapshot and why`, async () => {
      setup();
      const { el, event } = await mount();
      expect(event.detail.status).to.equal('snapshot');
      expect(event.detail.reasons.join(' ')).to.match(reason);
      expect(shadowText(el)).to.contain('1-888-373-7888');
      expect(when(el, 'nhth')).to.equal(snapshot.hotlines[1].whenToUse.en);
      await expectAccessibleInLangs(el, (lang) => {
        expect(shadowText(el)).to.contain('1-888-373-7888');
        expect(when(el, 'nhth')).to.equal(snapshot.hotlines[1].whenToUse[lang]);
      });
    });
  }

  it('XSS payloads in a text field render as text: no element or attribute is injected', async () => {
    const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>"><b>bold</b>';
    serve(doc(withText('nhth', payload)));
    const { el } = await mount();
    expect(when(el, 'nhth')).to.equal(payload);
    const root = el.shadowRoot!;
    expect(root.querySelector('img, script, b')).to.be.null;
    expect((window as { __pwned?: number }).__pwned).to.be.undefined;
    for (const node of root.querySelectorAll('*')) {
      for (const attr of node.getAttributeNames()) expect(attr.startsWith('on'), attr).to.be.false;
    }
  });

  it('a javascript: link in the feed never becomes a link; the bundled hotline stays', async () => {
    const hotlines = structuredClone(snapshot.hotlines);
    hotlines[1].contacts.find((c) => c.kind === 'chat')!.value = 'javascript:window.__pwned=3';
    hotlines[1].whenToUse = { en: 'Tampered', es: 'Alterado' };
    serve(doc(hotlines));
    const { el, event } = await mount();
    expect(event.detail.status).to.equal('partial');
    expect(event.detail.issues.some((i) => i.id === 'nhth' && /https/.test(i.message))).to.be.true;
    const hrefs = [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs.some((h) => h?.startsWith('javascript:'))).to.be.false;
    expect(when(el, 'nhth')).to.equal(snapshot.hotlines[1].whenToUse.en);
    await expectAccessibleInLangs(el, (lang) => {
      expect(when(el, 'nhth')).to.equal(snapshot.hotlines[1].whenToUse[lang]);
      expect(shadowText(el)).not.to.contain(lang === 'en' ? 'Tampered' : 'Alterado');
    });
  });

  it('an empty hotline list keeps the bundled numbers (status partial)', async () => {
    serve(doc([]));
    const { el, event } = await mount();
    expect(event.detail.status).to.equal('partial');
    expect(shadowText(el)).to.contain('1-800-842-2288');
    await expectAccessibleInLangs(el, (lang) => {
      expect(shadowText(el)).to.contain('1-800-842-2288');
      expect(when(el, 'careline')).to.equal(snapshot.hotlines.find((h) => h.id === 'careline')!.whenToUse[lang]);
    });
  });

  it('the page-wide feed: data-hart-feed on a script tag, or configure({ feed })', async () => {
    serve(doc(withText('careline', 'Page-wide feed text')));
    const script = document.createElement('script');
    script.type = 'text/plain';
    script.dataset.hartFeed = FEED;
    document.head.append(script);
    const { el, event } = await mount(html`<hart-hotline-banner></hart-hotline-banner>`);
    expect(event.detail.feed).to.equal(FEED);
    expect(when(el, 'careline')).to.equal('Page-wide feed text');
    script.remove();

    resetFeedCache();
    resetFeedAnnouncements();
    resetLiveCollections();
    serve(doc(withText('careline', 'Configured feed text')));
    configure({ feed: FEED });
    const second = await mount(html`<hart-hotline-banner></hart-hotline-banner>`);
    expect(when(second.el, 'careline')).to.equal('Configured feed text');
    configure({});
  });

  it('without a feed nothing is requested', async () => {
    await fixture(html`<hart-hotline-banner></hart-hotline-banner>`);
    await nextFrame();
    expect(requests).to.equal(0);
  });
});
