// Accessibility sweep over the example list (examples/examples.json: the list the gallery and the docs read). Every
// entry is rendered from its markup, in English and in Spanish (its own `lang` attributes removed, the language set
// on a wrapper, as a page would), and checked:
// - axe-core (every shadow root included);
// - forced colours (Windows High Contrast, emulated in Chromium): axe again, and every link, button and field keeps
//   its text readable against what is behind it;
// - prefers-reduced-motion (emulated in Chromium): nothing moves by itself (no running animation, the lobby display
//   does not rotate);
// - 200% text: the root font size doubled, which is what a browser's text-only zoom does (the elements size their text
//   with max(1rem, 16px), so they follow it): the text doubles, nothing scrolls sideways, nothing is cut off, axe;
// - 320 CSS px wide (WCAG 1.4.10 reflow): no horizontal scrolling, nothing cut off;
// - 320 CSS px wide with 200% text (large text on a small phone): no horizontal scrolling, nothing cut off, no controls
//   overlapping, every target at least 44 x 44 px (links inside a sentence excepted, WCAG 2.5.8).
// Firefox over WebDriver BiDi and WebKit over WebDriver cannot emulate media features; there those two checks assert
// that the browser is not Chromium and leave the check to Chromium.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import {
  ELEMENT_TAGS,
  emulatesMedia,
  expectAccessible,
  nextFrame,
  withForcedColors,
} from '../support/element-helpers.js';
import { channels, contrast } from '../support/proof-frame.js';
import { crowded, cutOff } from '../support/small-screen.js';

interface Example {
  id: string;
  element: string;
  markup: string;
}
const { examples } = (await (await fetch('/examples/examples.json')).json()) as { examples: Example[] };

type HartEl = HTMLElement & { updateComplete?: Promise<unknown> };

/** Renders an example's markup in a wrapper with `lang`, its own `lang` attributes removed, and waits for it. */
async function render(example: Example, lang: 'en' | 'es'): Promise<HTMLElement> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}></div>`);
  // The markup is this repository's own (examples.json), not user or feed data; the gallery renders it the same way.
  const fragment = document.createRange().createContextualFragment(example.markup);
  fragment.querySelectorAll('[lang]').forEach((el) => el.removeAttribute('lang'));
  wrapper.append(fragment);
  await settle(wrapper);
  // Every loop over the elements below checks them all: as many as the markup holds (an element may add nested ones,
  // such as the banner's own quick exit).
  const written = fragmentTags(example.markup);
  expect(hartElements(wrapper).length, `${example.id}: hart- elements on the page`).to.be.at.least(written);
  expect(written, `${example.id}: hart- tags in the markup`).to.be.at.least(1);
  return wrapper;
}

/** How many hart- elements a piece of markup writes. */
const fragmentTags = (markup: string) => (markup.match(/<hart-[a-z-]+/g) ?? []).length;

/** Every hart- element under `root`, nested ones included. */
function hartElements(root: ParentNode): HartEl[] {
  const out: HartEl[] = [];
  for (const el of root.querySelectorAll<HartEl>('*')) {
    if (el.localName.startsWith('hart-')) out.push(el);
    if (el.shadowRoot) out.push(...hartElements(el.shadowRoot));
  }
  return out;
}

async function settle(root: HTMLElement) {
  const tags = [...new Set(hartElements(root).map((el) => el.localName))];
  await Promise.all(tags.map((t) => customElements.whenDefined(t)));
  for (let i = 0; i < 3; i++) {
    await Promise.all(hartElements(root).map((el) => el.updateComplete));
    await nextFrame();
  }
  // Posters and displays draw their QR code once the encoder has loaded.
  const end = Date.now() + 3000;
  const qrPending = () =>
    hartElements(root).some(
      (el) => el.localName === 'hart-awareness-notice' && el.shadowRoot!.querySelector('span.qr-code'),
    );
  while (qrPending() && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
}

/** Every element of `root`'s shadow trees (and light DOM), nested roots included. */
function allElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) out.push(...allElements(el.shadowRoot));
  }
  return out;
}

/** Shown on screen: has a box, is not in a closed <details> or hidden, and is not visually hidden (1px clip). */
function shown(el: Element): boolean {
  if (!el.getClientRects().length || !el.checkVisibility({ visibilityProperty: true, opacityProperty: true }))
    return false;
  for (
    let node: Element | null = el;
    node;
    node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null
  ) {
    const r = node.getBoundingClientRect();
    // The visually-hidden pattern: a 1px box that clips what is inside it (live regions, a display's other languages).
    // An ancestor that takes no room but does not clip (the quick exit's example, whose button is fixed to the
    // viewport) hides nothing.
    if ((r.width <= 1 || r.height <= 1) && getComputedStyle(node).overflow !== 'visible') return false;
  }
  return true;
}

function backgroundOf(el: Element): number[] {
  for (let node: Element | null = el; node;) {
    const bg = channels(getComputedStyle(node).backgroundColor);
    if (bg.alpha > 0.5) return bg.rgb;
    node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null;
  }
  return channels(getComputedStyle(document.documentElement).backgroundColor).alpha > 0.5
    ? channels(getComputedStyle(document.documentElement).backgroundColor).rgb
    : [255, 255, 255];
}

const describeEl = (el: Element) =>
  `${el.localName}${el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : ''}${typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`;

/** What sticks out of the viewport to the right, or scrolls or is cut off sideways inside an element. */
function sideways(root: HTMLElement): string[] {
  const width = document.documentElement.clientWidth;
  const out: string[] = [];
  if (document.documentElement.scrollWidth > width)
    out.push(`the page scrolls sideways: ${document.documentElement.scrollWidth}px > ${width}px`);
  let measured = 0;
  for (const el of allElements(root)) {
    if (!shown(el)) continue;
    measured++;
    const r = el.getBoundingClientRect();
    if (r.right > width + 0.5) out.push(`${describeEl(el)} ends at ${Math.round(r.right)}px`);
    const overflowX = getComputedStyle(el).overflowX;
    if (overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1)
      out.push(
        `${describeEl(el)} is cut off or scrolls (overflow-x ${overflowX}: ${el.scrollWidth} > ${el.clientWidth})`,
      );
  }
  // A check over nothing would pass: the elements must have drawn something.
  if (!measured) out.push('no element shown: the example did not render');
  return out;
}

describe('accessibility sweep over examples/examples.json', function () {
  this.timeout(30000);

  it('lists examples of every element', () => {
    const elements = new Set(examples.map((e) => e.element));
    for (const tag of ELEMENT_TAGS) {
      expect(elements.has(tag), tag).to.be.true;
    }
  });

  afterEach(async () => {
    document.documentElement.style.removeProperty('font-size');
    document.body.style.removeProperty('visibility');
  });

  for (const example of examples) {
    for (const lang of ['en', 'es'] as const) {
      describe(`${example.id} (${lang})`, () => {
        it('axe finds no violation', async () => {
          const wrapper = await render(example, lang);
          for (const el of hartElements(wrapper))
            expect(el.shadowRoot?.textContent?.trim(), `${el.localName} rendered`).to.not.be.empty;
          await expectAccessible(wrapper);
        });

        it('forced colours: axe, and every control stays readable', async () => {
          const wrapper = await render(example, lang);
          const emulated = await withForcedColors(async () => {
            await nextFrame();
            expect(matchMedia('(forced-colors: active)').matches).to.be.true;
            const faint = allElements(wrapper)
              .filter((el) => /^(a|button|summary|input|select)$/.test(el.localName) && shown(el))
              .map((el) => ({ el, ratio: contrast(channels(getComputedStyle(el).color).rgb, backgroundOf(el)) }))
              .filter(({ ratio }) => ratio < 4.5)
              .map(({ el, ratio }) => `${describeEl(el)} ${ratio.toFixed(2)}:1`);
            expect(faint, 'controls below 4.5:1 in forced colours').to.deep.equal([]);
            await expectAccessible(wrapper);
          });
          // Firefox over WebDriver BiDi and WebKit over WebDriver cannot emulate forced colours: the check runs in Chromium.
          if (!emulated) expect(emulatesMedia, 'only Chromium must emulate forced colours').to.be.false;
        });

        it('prefers-reduced-motion: nothing moves by itself', async () => {
          let emulated = true;
          try {
            await emulateMedia({ reducedMotion: 'reduce' });
          } catch {
            emulated = false;
          }
          if (!emulated) {
            // Firefox and WebKit cannot emulate media features here: the check runs in Chromium.
            expect(emulatesMedia, 'only Chromium must emulate reduced motion').to.be.false;
            return;
          }
          try {
            const wrapper = await render(example, lang);
            expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.be.true;
            // Styles are applied by the next frames, and a CSS animation exists (running or pending) from then on;
            // the notice's rotation is a state of its own, checked below.
            await nextFrame();
            await nextFrame();
            const moving = allElements(wrapper).flatMap((el) =>
              el
                .getAnimations()
                .filter((a) => a.playState === 'running')
                .map((a) => `${describeEl(el)}: ${(a as CSSAnimation).animationName ?? a.constructor.name}`),
            );
            expect(moving, 'running animations').to.deep.equal([]);
            for (const notice of hartElements(wrapper).filter((el) => el.localName === 'hart-awareness-notice')) {
              expect((notice as unknown as { rotating: boolean }).rotating, 'the lobby display rotates').to.be.false;
            }
          } finally {
            await emulateMedia({ reducedMotion: 'no-preference' });
          }
        });

        it('200% text: the text doubles, nothing scrolls sideways or is cut off, axe', async () => {
          const wrapper = await render(example, lang);
          const sizeAt100 = hartElements(wrapper).map((el) => parseFloat(getComputedStyle(el).fontSize));
          document.documentElement.style.fontSize = '200%';
          await settle(wrapper);
          const sizeAt200 = hartElements(wrapper).map((el) => parseFloat(getComputedStyle(el).fontSize));
          expect(sizeAt200.length, 'elements measured at 200%').to.equal(sizeAt100.length);
          expect(sizeAt200.length, 'elements measured').to.be.at.least(1);
          sizeAt200.forEach((size, i) => {
            expect(size, `${hartElements(wrapper)[i].localName} font size`).to.equal(sizeAt100[i] * 2);
          });
          expect(sideways(wrapper)).to.deep.equal([]);
          await expectAccessible(wrapper);
        });

        it('320px wide with 200% text: no sideways scroll, nothing cut off or overlapping, targets >= 44 px', async () => {
          await setViewport({ width: 320, height: 640 });
          try {
            const wrapper = await render(example, lang);
            document.documentElement.style.fontSize = '200%';
            await settle(wrapper);
            expect(parseFloat(getComputedStyle(hartElements(wrapper)[0]).fontSize)).to.be.at.least(32);
            expect(cutOff(wrapper)).to.deep.equal([]);
            expect(crowded(wrapper)).to.deep.equal([]);
          } finally {
            await setViewport({ width: 800, height: 600 });
          }
        });

        it('320px wide: no horizontal scrolling, nothing cut off', async () => {
          await setViewport({ width: 320, height: 640 });
          try {
            const wrapper = await render(example, lang);
            expect(sideways(wrapper)).to.deep.equal([]);
          } finally {
            await setViewport({ width: 800, height: 600 });
          }
        });
      });
    }
  }
});
