// The minified CDN build shows what the unminified modules show: the build squeezes whitespace out of the elements'
// templates and minifies their code (scripts/rollup-minify-lit.mjs, terser), and none of it may change a pixel or a
// word. Each page is rendered twice, side by side in same-size frames: once from dist/cdn/hart.js, once from
// dist/index.js (tsc's output, templates as written); every element's box, attributes and rendered text must match.
import { expect } from '@open-wc/testing';

/** One element of a rendered page: where it is drawn, what it says and its attributes. */
interface Drawn {
  path: string;
  box: string;
  attrs: string;
  /** innerText of a shadow root's top elements: the text as rendered, with CSS white-space rules applied. */
  text?: string;
}

/** Runs in the frame: every element of the document and of its shadow roots, in tree order. */
function drawnElements(this: void): Drawn[] {
  const out: Drawn[] = [];
  const visit = (root: Document | ShadowRoot, prefix: string) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.localName === 'style' || el.localName === 'script') continue;
      const r = el.getBoundingClientRect();
      const path = `${prefix}${el.localName}`;
      const attrs = [...el.attributes]
        .map((a) => `${a.name}=${a.value}`)
        .sort()
        .join(' ');
      const text = el.parentNode === root && root instanceof ShadowRoot ? (el as HTMLElement).innerText : undefined;
      out.push({ path, box: [r.x, r.y, r.width, r.height].map((n) => n.toFixed(2)).join(','), attrs, text });
      if (el.shadowRoot) visit(el.shadowRoot, `${path} > `);
    }
  };
  visit(document, '');
  return out;
}

/** Renders `markup` in a frame with one build loaded and resolves with its drawn elements once they hold still. */
function render(markup: string, lang: string, script: string): Promise<Drawn[]> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 900px; height: 4000px; border: 0';
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
    <script type="module" src="${script}"></script></head><body>${markup}
    <script type="module">
      const drawn = ${drawnElements.toString()};
      const frame = () => new Promise((r) => requestAnimationFrame(r));
      try {
        const tags = [...new Set([...document.querySelectorAll('*')].map((e) => e.localName).filter((t) => t.startsWith('hart-')))];
        await Promise.all(tags.map((t) => customElements.whenDefined(t)));
        await document.fonts.ready;
        // Still for 10 frames in a row: lazy parts (the notice's QR code) have drawn.
        let last = '', still = 0;
        for (let i = 0; still < 10 && i < 600; i++) {
          await frame();
          const now = JSON.stringify(drawn());
          still = now === last ? still + 1 : 0;
          last = now;
        }
        parent.postMessage({ drawn: JSON.parse(last) }, '*');
      } catch (e) { parent.postMessage({ error: String(e) }, '*'); }
    </script></body></html>`;
  return new Promise((resolve, reject) => {
    addEventListener('message', function onMessage(e: MessageEvent<{ drawn?: Drawn[]; error?: string }>) {
      if (e.source !== frame.contentWindow) return;
      removeEventListener('message', onMessage);
      frame.remove();
      if (e.data.error) reject(new Error(e.data.error));
      else resolve(e.data.drawn!);
    });
    document.body.append(frame);
  });
}

const pages = {
  'banner with quick exit': '<hart-hotline-banner quick-exit dismissible></hart-hotline-banner>',
  'inline and full banners':
    '<hart-hotline-banner variant="inline"></hart-hotline-banner><hart-hotline-banner variant="full"></hart-hotline-banner>',
  'quick exit': '<hart-quick-exit></hart-quick-exit>',
  'red flags': '<hart-red-flags audience="hospitality"></hart-red-flags>',
  'provider finder': '<hart-provider-finder></hart-provider-finder>',
  'event list': '<hart-event-list></hart-event-list>',
  'awareness notice': '<hart-awareness-notice></hart-awareness-notice>',
};

describe('the minified build renders as the modules do', function () {
  this.timeout(60000);
  for (const [name, markup] of Object.entries(pages)) {
    for (const lang of ['en', 'es']) {
      it(`${name} (${lang})`, async () => {
        const shipped = await render(markup, lang, '/dist/cdn/hart.js');
        const modules = await render(markup, lang, '/dist/index.js');
        expect(shipped.filter((d) => d.path.includes(' > ')).length, 'elements drawn in shadow roots').to.be.above(2);
        expect(shipped).to.deep.equal(modules);
      });
    }
  }
});
