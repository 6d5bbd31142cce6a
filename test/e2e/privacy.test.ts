// Privacy: the proof page holding every example of examples/examples.json (built on request by
// test/support/proof-pages-plugin.mjs) and the example pages are loaded, and every element on them is used (search
// and filters in the finder, calendar download and links, red flags expanded and printed, the notice printed, the
// quick exit by click and by keyboard, with navigation stubbed) while every request, cookie and storage access is
// recorded. Nothing may leave the page's origin except a configured feed, and nothing may be kept: no cookie, no Web
// Storage, no IndexedDB, no Cache Storage. Requests are seen three ways: resource timing inside the page, wrapped
// fetch/XHR/WebSocket/beacon calls (test/support/proof/recorder.js), and msw's service worker, which sees every
// request of the frame.
import { expect } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import { http, HttpResponse } from 'msw';
import { snapshot } from '../../src/sdk/generated/snapshot.js';
import { DATA_FORMAT_VERSION } from '../../src/sdk/version.js';
import { useEveryElement } from '../support/proof/drive.js';
import {
  elementsReady,
  expectedOnProofPage,
  loadExamples,
  loadFrame,
  networkQuiet,
  PROOF_PAGE,
  runProofPage,
  type PageState,
  type ProofResult,
} from '../support/proof-frame.js';
import { ELEMENT_TAGS } from '../support/element-helpers.js';

const FEED = 'https://feed.example.org/hart-data.json';

/** Requests msw's worker saw (every request of every page it controls, the frames included). */
const seenByWorker: { url: string; credentials: string }[] = [];
const worker = setupWorker(
  http.get(FEED, () =>
    HttpResponse.json({ version: DATA_FORMAT_VERSION, generated: '2026-11-28T00:00:00Z', collections: snapshot }),
  ),
);
worker.events.on('request:start', ({ request }) =>
  seenByWorker.push({ url: request.url, credentials: request.credentials }),
);

const offOrigin = (urls: string[]) => [
  ...new Set(urls.filter((u) => !u.startsWith(location.origin) && !u.startsWith('blob:' + location.origin))),
];
const urlOf = (request: string) => request.replace(/^(fetch|XMLHttpRequest \w+|WebSocket|EventSource) /, '');

/** Checks the recorder's findings: nothing kept, nothing off-origin but `allowed`. */
function expectPrivate({ report, record }: ProofResult, allowed: string[] = []) {
  expect(report.failures, 'what did not work').to.deep.equal([]);
  expect(record.problems, 'errors in the page').to.deep.equal([]);
  const urls = [
    ...record.resources.map((r) => r.name),
    ...record.entries,
    ...record.requests.map(urlOf),
    ...record.beacons,
  ];
  expect(offOrigin(urls), 'requests that left the origin').to.deep.equal(allowed);
  expect(record.beacons, 'beacons').to.deep.equal([]);
  expect(record.opened, 'window.open calls').to.deep.equal([]);
  expect(record.cookies, 'cookie accesses').to.deep.equal([]);
  expect(record.storage, 'localStorage/sessionStorage accesses').to.deep.equal([]);
  expect(record.indexedDB, 'IndexedDB accesses').to.deep.equal([]);
  expect(record.caches, 'Cache Storage accesses').to.deep.equal([]);
  expect(record.after, 'what the page keeps, after vs before').to.deep.equal(record.before);
}

/** Storage, cookies and databases of this origin, seen from the test page (shared with same-origin frames). */
async function originState(): Promise<PageState> {
  const dump = (s: Storage) => Object.fromEntries(Object.keys(s).map((k) => [k, s.getItem(k)]));
  return {
    storage: { localStorage: dump(localStorage), sessionStorage: dump(sessionStorage) },
    cookie: document.cookie,
    databases: indexedDB.databases ? (await indexedDB.databases()).map((d) => d.name!).sort() : 'not supported',
  };
}

/** The example pages a webmaster copies (DESIGN.md), served as `npm start` serves them (fallbacks-plugin.mjs). */
const examplePages = ['index.html', 'hotel.html', 'school.html', 'agency.html', 'csp.html'];

describe('privacy: every element used, nothing leaves the page, nothing is kept', function () {
  this.timeout(120000);
  const frames: HTMLIFrameElement[] = [];
  before(async () => {
    await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, quiet: true, onUnhandledRequest: 'bypass' });
  });
  after(() => worker.stop());
  beforeEach(() => {
    seenByWorker.length = 0;
  });
  afterEach(() => frames.splice(0).forEach((f) => f.remove()));

  it('a page with every example: all used, no request off the origin, no cookie, storage or database', async () => {
    const examples = await loadExamples();
    const expected = expectedOnProofPage(examples, ELEMENT_TAGS);
    const result = await runProofPage(PROOF_PAGE.everyElement);
    frames.push(result.frame);
    const { report } = result;
    const sections = [...result.frame.contentDocument!.querySelectorAll('main > section')];
    expect(
      sections.map((s) => s.id),
      'the examples of examples.json',
    ).to.deep.equal(examples.map((ex) => ex.id));
    expect(report.found, 'elements found, by tag').to.deep.equal(expected.found);
    for (const tag of ELEMENT_TAGS) expect(report.found[tag], tag).to.be.at.least(1);
    expectPrivate(result);
    expect(offOrigin(seenByWorker.map((r) => r.url)), 'requests msw saw leave the origin').to.deep.equal([]);
    // The links that lead elsewhere were only followed on a click: the exits (stubbed) and one calendar link per
    // event list showing events (its default prevented after the element saw it). None sent a request (checked above).
    expect(report.exits.length, 'quick exits (clicks, banner buttons, keyboard)').to.equal(expected.exits);
    expect(report.exits.length).to.be.at.least(3);
    expect(report.exits.every((u) => u === 'https://www.weather.gov/')).to.be.true;
    const withEvents = report.done.filter((d) => /^hart-event-list .*: downloaded \.ics/.test(d));
    expect(withEvents.length, 'event lists showing events').to.be.at.least(1);
    expect(report.followed).to.have.length(withEvents.length);
    for (const url of report.followed) expect(url).to.match(/^https:\/\/calendar\.google\.com\//);
    expect(report.downloads).to.have.length(withEvents.length);
    expect(report.prints).to.include.members(['page', 'notice print frame']);
  });

  it('with a feed on another host: the feed is the only request that leaves, sent once, without credentials', async () => {
    const result = await runProofPage(`${PROOF_PAGE.everyElement}?feed=${encodeURIComponent(FEED)}`);
    frames.push(result.frame);
    expectPrivate(result, [FEED]);
    expect(
      result.record.requests.filter((r) => r === `fetch ${FEED}`),
      'feed requests',
    ).to.have.length(1);
    const feedRequests = seenByWorker.filter((r) => r.url === FEED);
    expect(feedRequests).to.have.length(1);
    expect(feedRequests[0].credentials).to.equal('omit');
    expect(offOrigin(seenByWorker.map((r) => r.url))).to.deep.equal([FEED]);
    const status = result.report.events.filter((e) => e.startsWith('hart-data-status'));
    expect(status).to.have.length(1);
    expect(status[0]).to.contain('"status":"live"');
  });

  // The example pages a webmaster copies, as built (dist/cdn/hart.js): the test page uses them from outside the
  // frame (drive.ts on the frame's window), so the quick exit's cancelable hart-exit is cancelled instead of stubbed.
  for (const page of examplePages) {
    it(`examples/${page}: every element on it used, nothing leaves the origin, nothing is kept`, async function () {
      const before = await originState();
      const frame = await loadFrame(`/examples/${page}`);
      frames.push(frame);
      const win = frame.contentWindow as Window & typeof globalThis;
      const errors: string[] = [];
      win.addEventListener('error', (e) => errors.push(String(e.error ?? e.message)));
      win.addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
      if (page === 'index.html') {
        // The gallery builds its examples from examples.json after loading.
        const { examples } = await (await fetch('/examples/examples.json')).json();
        const end = Date.now() + 10000;
        while (frame.contentDocument!.querySelectorAll('.example').length < examples.length && Date.now() < end) {
          await new Promise((r) => setTimeout(r, 50));
        }
        expect(frame.contentDocument!.querySelectorAll('.example').length).to.equal(examples.length);
      }
      await elementsReady(frame);
      const report = await useEveryElement(win, { exit: 'cancel' });
      expect(report.failures, 'what did not work').to.deep.equal([]);
      expect(errors, 'errors in the page').to.deep.equal([]);
      expect(Object.values(report.found).reduce((a, b) => a + b, 0)).to.be.at.least(1);
      await networkQuiet(win);
      const entries = win.performance.getEntriesByType('resource').map((e) => e.name);
      expect(offOrigin(entries), 'resources from another origin').to.deep.equal([]);
      expect(offOrigin(seenByWorker.map((r) => r.url)), 'requests msw saw leave the origin').to.deep.equal([]);
      expect(frame.contentDocument!.cookie, 'cookies').to.equal(before.cookie);
      expect(await originState(), 'storage, cookies and databases of the origin').to.deep.equal(before);
    });
  }
});
