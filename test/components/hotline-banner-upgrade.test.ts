// No-JavaScript fallback and upgrade: the documented fallback markup (dist/fallback/, built by `npm run build`)
// shows the numbers without scripts, and the element takes its place without moving anything on the page.
import { expect } from '@open-wc/testing';
import { reportFromFrame } from '../support/element-helpers.js';

interface UpgradeResult {
  /** Sum of layout-shift entries after the first paint (Chromium; null where the API is missing). */
  cls: number | null;
  /** Top of the paragraph after the banner, before and after the upgrade. */
  afterBefore: number;
  afterAfter: number;
  /** Links visible before any script ran. */
  fallbackLinks: string[];
  upgraded: boolean;
}

const fallback = async (name: string) => {
  const res = await fetch(`/dist/fallback/${name}.html`);
  expect(res.ok, `dist/fallback/${name}.html (run npm run build)`).to.be.true;
  return res.text();
};

/**
 * Loads a page holding `markup` in an iframe, lets it paint with scripts not yet run, then loads the element
 * module (a late upgrade: the worst case) and reports what moved.
 */
function loadAndUpgrade(markup: string, scripts = true): Promise<UpgradeResult> {
  const probe = `
    try {
    let cls = null;
    let shifts = null;
    if (PerformanceObserver.supportedEntryTypes?.includes('layout-shift')) {
      cls = 0;
      shifts = new PerformanceObserver((list) => { for (const e of list.getEntries()) cls += e.value; });
      shifts.observe({ type: 'layout-shift', buffered: true });
    }
    const frames = (n) => new Promise((r) => { const step = () => (n-- ? requestAnimationFrame(step) : r()); step(); });
    const after = document.getElementById('after');
    const links = [...document.querySelectorAll('hart-hotline-banner a')].filter((a) => a.getClientRects().length).map((a) => a.getAttribute('href'));
    const shadowLinks = [...(document.querySelector('hart-hotline-banner').shadowRoot?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'));
    await frames(3);
    const afterBefore = after.getBoundingClientRect().top;
    ${
      // An absolute URL: WebKit resolves a srcdoc page's module specifiers against about:srcdoc, not the parent's URL.
      scripts ? "await import(parent.location.origin + '/src/components/hotline-banner/hotline-banner.ts');" : ''
    }
    ${scripts ? "await customElements.whenDefined('hart-hotline-banner'); await document.querySelector('hart-hotline-banner').updateComplete;" : ''}
    await frames(5);
    // The shifts of those frames may still wait to be delivered to the observer: take them now.
    for (const e of shifts?.takeRecords() ?? []) cls += e.value;
    parent.postMessage({ cls, afterBefore, afterAfter: after.getBoundingClientRect().top,
      fallbackLinks: links.length ? links : shadowLinks, upgraded: !!customElements.get('hart-hotline-banner') }, '*');
    } catch (err) { parent.postMessage({ error: String(err) + ' ' + (err && err.stack) }, '*'); }`;
  return reportFromFrame<UpgradeResult>(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>
    <h1>Partner page</h1>${markup}<p id="after">Content after the banner.</p>
    <script type="module">${probe}</script></body></html>`,
    'width:800px;height:900px;border:0',
  );
}

describe('hart-hotline-banner fallback markup and upgrade', function () {
  this.timeout(20000);

  for (const lang of ['en', 'es']) {
    for (const variant of ['full', 'compact', 'inline', 'compact.quick-exit']) {
      it(`${variant} (${lang}): the zero-shift fallback shows the numbers, and upgrading moves nothing`, async () => {
        const r = await loadAndUpgrade(await fallback(`hotline-banner.${lang}.${variant}`));
        expect(r.fallbackLinks).to.include.members([
          'tel:911',
          'tel:+18883737888',
          'sms:233733?&body=HELP',
          'tel:+18008422288',
        ]);
        expect(r.upgraded).to.be.true;
        expect(r.afterAfter).to.equal(r.afterBefore);
        if (r.cls !== null) expect(r.cls).to.equal(0);
      });
    }
  }

  it('plain-link fallback: the numbers show when scripts are blocked', async () => {
    const r = await loadAndUpgrade(await fallback('hotline-banner.en.plain'), false);
    expect(r.upgraded).to.be.false;
    expect(r.fallbackLinks).to.deep.equal(['tel:911', 'tel:+18883737888', 'sms:233733?&body=HELP', 'tel:+18008422288']);
  });

  it('zero-shift fallback with scripts blocked: the full banner shows, with real links', async () => {
    const r = await loadAndUpgrade(await fallback('hotline-banner.es.full'), false);
    expect(r.upgraded).to.be.false;
    expect(r.fallbackLinks).to.include.members([
      'tel:911',
      'tel:+18883737888',
      'sms:233733?&body=HELP',
      'tel:711',
      'tel:+18008422288',
    ]);
  });
});
