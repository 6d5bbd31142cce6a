// autoloader.js defines an element when its tag first appears (now or later) and loads nothing else.
import { expect } from '@open-wc/testing';
import { reportFromFrame } from '../support/element-helpers.js';

describe('autoloader.js', function () {
  this.timeout(20000);

  it('loads the banner now, the red flags when they are added later, and never the others', async () => {
    const r = await reportFromFrame<{
      before: boolean;
      files: string[];
      finder: boolean;
    }>(`<!doctype html><html lang="en"><body>
      <hart-hotline-banner></hart-hotline-banner>
      <script type="module" src="/dist/cdn/autoloader.js"></script>
      <script type="module">
        await customElements.whenDefined('hart-hotline-banner');
        const before = !!customElements.get('hart-red-flags');
        const later = document.createElement('div');
        later.innerHTML = '<section><hart-red-flags audience="general"></hart-red-flags></section>';
        document.body.append(later);
        await customElements.whenDefined('hart-red-flags');
        await document.querySelector('hart-red-flags').updateComplete;
        // Every file the page fetched, once the list has stopped growing for a few frames (a file the autoloader
        // wrongly asked for would be in it).
        const frame = () => new Promise((r) => requestAnimationFrame(r));
        let files = [];
        for (let still = 0; still < 3; ) {
          await frame();
          const now = performance.getEntriesByType('resource').map((e) => e.name.split('/').pop());
          still = now.length === files.length ? still + 1 : 0;
          files = now;
        }
        parent.postMessage({ before, files, finder: !!customElements.get('hart-provider-finder') }, '*');
      </script></body></html>`);
    expect(r.files).to.include('hotline-banner.js');
    expect(r.before, 'red flags were loaded before their tag appeared').to.be.false;
    expect(r.files).to.include('red-flags.js');
    expect(r.finder).to.be.false;
    expect(r.files).to.not.include('provider-finder.js');
    expect(r.files).to.not.include('event-list.js');
  });
});
