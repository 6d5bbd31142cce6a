// Touch: on a phone-sized screen, a tap with a finger on the quick exit leaves the page, and a tap on each of the
// banner's call and text links follows its tel:/sms: link. Taps go through the browser's driver (the `hart-tap`
// command of web-test-runner.config.mjs). WebKit's driver (WebKitWebDriver) has no touch input: it delivers a touch
// pointer action as mouse input, and the WebKit run asserts exactly that.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../src/components/hotline-banner/hotline-banner.js';
import type { HartHotlineBanner } from '../../src/components/hotline-banner/hotline-banner.js';
import { engine, nextFrame } from '../support/element-helpers.js';

/** The pointer a tap arrives as: a finger, except in WebKit, whose driver cannot send touch input. */
const tapPointer = engine === 'webkit' ? 'mouse' : 'touch';

/** Taps the centre of an element of this document (scrolled into view first). */
async function tap(el: Element, offset = { x: 0, y: 0 }): Promise<void> {
  el.scrollIntoView({ block: 'center' });
  await nextFrame();
  const r = el.getBoundingClientRect();
  await executeServerCommand('hart-tap', { x: offset.x + r.left + r.width / 2, y: offset.y + r.top + r.height / 2 });
}

describe('touch on a phone-sized screen', function () {
  this.timeout(30000);
  const pointers: string[] = [];
  const onPointer = (e: PointerEvent) => pointers.push(e.pointerType);
  beforeEach(async () => {
    await setViewport({ width: 375, height: 667 });
    pointers.length = 0;
    addEventListener('pointerdown', onPointer, true);
  });
  afterEach(async () => {
    removeEventListener('pointerdown', onPointer, true);
    await setViewport({ width: 800, height: 600 });
  });

  it('a tap on the quick exit leaves the page for its neutral page', async () => {
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe title="Help page" style="display: block; width: 375px; height: 400px; border: 0"></iframe>`,
    );
    // A page of its own with the quick exit, so that leaving is real: the frame goes to the exit's page.
    frame.srcdoc = `<!doctype html><html lang="en"><body>
      <h1>Help</h1><hart-quick-exit href="/examples/examples.json?left-by-tap"></hart-quick-exit>
      <script type="module">
        window.framePointers = [];
        addEventListener('pointerdown', (e) => framePointers.push(e.pointerType), true);
        // An absolute URL: WebKit resolves a srcdoc page's module specifiers against about:srcdoc.
        await import(parent.location.origin + '/src/components/quick-exit/quick-exit.ts');
        await customElements.whenDefined('hart-quick-exit');
        await document.querySelector('hart-quick-exit').updateComplete;
        window.ready = true;
      </script></body></html>`;
    const win = () => frame.contentWindow as Window & { ready?: boolean; framePointers?: string[] };
    await waitUntil(() => win().ready, 'the quick exit is ready in the frame', { timeout: 10000 });
    const button = win().document.querySelector('hart-quick-exit')!.shadowRoot!.querySelector('[part="button"]')!;
    const box = frame.getBoundingClientRect();
    const r = button.getBoundingClientRect();
    expect(r.bottom, 'the button is on screen').to.be.at.most(400);
    const left = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const pointersInFrame = [...(win().framePointers ?? [])];
    expect(pointersInFrame).to.deep.equal([]);
    const seen = win().framePointers!;
    await executeServerCommand('hart-tap', { x: box.left + r.left + r.width / 2, y: box.top + r.top + r.height / 2 });
    expect(seen, 'the tap reached the button').to.deep.equal([tapPointer]);
    await left;
    expect(frame.contentWindow!.location.pathname + frame.contentWindow!.location.search).to.equal(
      '/examples/examples.json?left-by-tap',
    );
  });

  for (const variant of ['full', 'compact'] as const) {
    it(`a tap on each call and text link of the ${variant} banner follows its tel:/sms: link`, async () => {
      const el = await fixture<HartHotlineBanner>(
        html`<hart-hotline-banner variant=${variant} lang="en"></hart-hotline-banner>`,
      );
      const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"], a[href^="sms:"]')];
      expect(links.map((a) => a.getAttribute('href'))).to.include.members([
        'tel:911',
        'tel:+18883737888',
        'sms:233733?&body=HELP',
        'tel:+18008422288',
      ]);
      // What the tap did, seen last on its way (window, bubbling): which link it activated and whether anything
      // stopped the link. The test then stops it itself, so the browser does not try to dial.
      const followed: { href: string | null; stopped: boolean }[] = [];
      const onClick = (e: MouseEvent) => {
        const a = e.composedPath().find((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement);
        followed.push({ href: a?.getAttribute('href') ?? null, stopped: e.defaultPrevented });
        e.preventDefault();
      };
      addEventListener('click', onClick);
      try {
        for (const a of links) {
          followed.length = 0;
          pointers.length = 0;
          const r = a.getBoundingClientRect();
          expect(Math.min(r.width, r.height), `${a.getAttribute('href')}: a 44 px target`).to.be.at.least(44);
          await tap(a);
          await waitUntil(() => followed.length > 0, `the tap on ${a.getAttribute('href')} clicks`, { timeout: 3000 });
          expect(followed).to.deep.equal([{ href: a.getAttribute('href'), stopped: false }]);
          expect(pointers, a.getAttribute('href')!).to.deep.equal([tapPointer]);
        }
      } finally {
        removeEventListener('click', onClick);
      }
    });
  }
});
