// A theme and a plugin both add the library: the second copy must not throw; one warning names both versions.
import { expect } from '@open-wc/testing';
import { reportFromFrame } from '../support/element-helpers.js';

function loadTwice(
  first: string,
  second: string,
): Promise<{ errors: string[]; warnings: string[]; defined: boolean; links: number }> {
  return reportFromFrame(`<!doctype html><html lang="en"><body>
    <script>
      window.__errors = []; window.__warnings = [];
      addEventListener('error', (e) => __errors.push(String(e.message)));
      const warn = console.warn; console.warn = (...a) => { __warnings.push(a.join(' ')); warn.apply(console, a); };
    </script>
    <hart-hotline-banner></hart-hotline-banner>
    ${first}${second}
    <script type="module">
      await customElements.whenDefined('hart-hotline-banner');
      const el = document.querySelector('hart-hotline-banner');
      await el.updateComplete;
      // Both copies have run (and warned) once the window's load event has fired: every script of the page is done.
      if (document.readyState !== 'complete') await new Promise((r) => addEventListener('load', r, { once: true }));
      parent.postMessage({ errors: __errors, warnings: __warnings, defined: !!customElements.get('hart-quick-exit'),
        links: el.shadowRoot.querySelectorAll('a').length }, '*');
    </script></body></html>`);
}

/** The library's warnings about a second copy (other warnings, e.g. from the test runner, are not ours). */
const copyWarnings = (warnings: string[]) => warnings.filter((w) => w.startsWith('hart-widgets: two copies'));
const versions = /two copies on this page: (\d+\.\d+\.\d+) \(in use\) and (\d+\.\d+\.\d+) \(skipped\)/;

describe('two copies of the library on one page', function () {
  this.timeout(20000);
  const iife = (q: string) => `<script src="/dist/cdn/hart.iife.js?copy=${q}"></script>`;
  const esm = (q: string) => `<script type="module" src="/dist/cdn/hart.js?copy=${q}"></script>`;

  it('classic script twice: no error, one warning for the page naming both versions, elements work', async () => {
    const r = await loadTwice(iife('theme'), iife('plugin'));
    expect(r.errors).to.deep.equal([]);
    expect(r.defined).to.be.true;
    expect(r.links).to.be.greaterThan(3);
    // One warning, not one per element (six elements, one on the page).
    const ours = copyWarnings(r.warnings);
    expect(ours).to.have.length(1);
    expect(ours[0]).to.match(versions);
  });

  it('module and classic script together: no error, one warning', async () => {
    const r = await loadTwice(esm('a'), iife('b'));
    expect(r.errors).to.deep.equal([]);
    expect(r.links).to.be.greaterThan(3);
    expect(copyWarnings(r.warnings)).to.have.length(1);
    expect(copyWarnings(r.warnings)[0]).to.match(versions);
  });

  it('three copies: still one warning', async () => {
    const r = await loadTwice(iife('theme'), iife('plugin') + iife('widget'));
    expect(r.errors).to.deep.equal([]);
    expect(copyWarnings(r.warnings)).to.have.length(1);
  });
});
