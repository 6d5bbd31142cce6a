// Property tests (fast-check) of every element's attributes: random strings, tricky strings (markup, script URLs,
// prototype names, huge values, odd numbers) and real values, in random combinations. Whatever a page writes in an
// attribute: nothing throws out of the element (no error or unhandled rejection reaches the window, updates settle),
// no markup is injected (no script, img, iframe, object, embed, style or link element, no on* attribute, no link with
// another scheme than https, tel, sms, mailto), and the hotline banner always shows its numbers.
// `feed` is left out here: a random feed URL would send requests; the feed path has its own fuzz test
// (test/sdk/fuzz.test.ts). Runs are few and the seed fixed; fast-check prints the seed and counterexample on failure.
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import { exitNavigation } from '../../src/components/quick-exit/quick-exit.js';
import { trickyStrings } from '../support/tricky-strings.js';
import { ELEMENT_TAGS, nextFrame } from '../support/element-helpers.js';

const seed = 20261128;
const numRuns = 25;

/** Attributes an element reads (Lit's declared properties, plus lang), `feed` left out (see above). */
function attributesOf(tag: string): string[] {
  const ctor = customElements.get(tag) as unknown as {
    elementProperties: Map<string, { attribute?: string | boolean }>;
  };
  const names = [...ctor.elementProperties].flatMap(([prop, options]) =>
    options.attribute === false ? [] : [typeof options.attribute === 'string' ? options.attribute : prop.toLowerCase()],
  );
  return [...new Set([...names, 'lang'])].filter((n) => n !== 'feed');
}

// A path on this site (`/neutral`, the quick exit's own neutral page) is safe too; `//host` and `/\host` are not.
const SAFE_URL = /^(https:|tel:|sms:|mailto:|blob:|#|\/(?![/\\]))/;
const URL_SINKS = new Set(['a href', 'area href', 'use href', 'image href', 'form action', 'link href', 'base href']);
/** A tag no element uses: if it ever shows up, an attribute's text was parsed as markup. */
const CANARY = '<x-hart-canary>canary</x-hart-canary>';

/** Values that mean something to some element, so combinations reach real states too. */
const realValues = [
  'en',
  'es',
  'fr',
  'full',
  'compact',
  'inline',
  'card',
  'list',
  'poster',
  'display',
  'combined',
  'separate',
  'static',
  'top',
  'bottom',
  'hospitality',
  'youth',
  'education',
  'healthcare',
  'general',
  'guests rooms',
  'emergency nhth careline hsi',
  'nhth',
  'hsi',
  'call',
  'text',
  'none',
  'en es',
  'es en',
  'webinar',
  'legal',
  '2019-08-01T09:00:00-04:00',
  'America/New_York',
  'Not/AZone',
  '06106',
  'Hartford',
  'abogado',
  '5',
  '25',
  '17',
  '1',
  '3',
  '6',
  '12',
  '0',
  'https://www.weather.gov/',
  'https://example.org/news',
];

const value = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<string>(...trickyStrings) },
  { weight: 3, arbitrary: fc.constantFrom(...realValues) },
  { weight: 2, arbitrary: fc.string() },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.integer().map(String) },
  { weight: 1, arbitrary: fc.double().map(String) },
  { weight: 1, arbitrary: fc.constantFrom(CANARY, `x" ${CANARY}`, `</span>${CANARY}<span>`) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('x'.repeat(20000), '<img src=x onerror="window.__hartPwned=1">'.repeat(200)),
  },
);

const FORBIDDEN_TAGS = new Set([
  'script',
  'img',
  'iframe',
  'frame',
  'object',
  'embed',
  'style',
  'link',
  'meta',
  'base',
  'template',
  'foreignobject',
]);

/** What should not be there: injected elements, event-handler attributes, unsafe links. */
function injected(host: Element): string[] {
  const found: string[] = [];
  const visit = (root: ShadowRoot | Element, where: string) => {
    for (const el of root.querySelectorAll('*')) {
      const tag = el.localName;
      // The event list's JSON-LD data block (structured-data) is the one script allowed, in its light DOM.
      const jsonLd = tag === 'script' && el.getAttribute('type') === 'application/ld+json' && el.parentElement === host;
      if ((FORBIDDEN_TAGS.has(tag) && !jsonLd) || tag === 'x-hart-canary') found.push(`${where}: <${tag}>`);
      for (const attr of el.getAttributeNames()) {
        if (attr.startsWith('on')) found.push(`${where}: <${tag} ${attr}>`);
        // Attributes that make the browser follow or load a URL (a hart- element's own href is just an attribute).
        if (URL_SINKS.has(`${tag} ${attr}`) || /^(src|xlink:href|formaction)$/.test(attr)) {
          const url = el.getAttribute(attr)!.trim();
          if (!SAFE_URL.test(url)) found.push(`${where}: <${tag} ${attr}="${url.slice(0, 60)}">`);
        }
      }
      if (el.shadowRoot) visit(el.shadowRoot, `${where} > ${tag}`);
    }
  };
  visit(host.shadowRoot!, host.localName);
  visit(host, `${host.localName} (light DOM)`);
  return found;
}

type HartEl = HTMLElement & { updateComplete: Promise<boolean> };

/** Sets the attributes, lets the element settle, and returns what went wrong. */
async function render(tag: string, attrs: [string, string][]) {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => {
    errors.push(`uncaught: ${e.message}`);
    e.preventDefault();
  };
  const onRejection = (e: PromiseRejectionEvent) => {
    errors.push(`unhandled rejection: ${String(e.reason)}`);
    e.preventDefault();
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  const container = await fixture<HTMLElement>(html`<div></div>`);
  let el: HartEl | undefined;
  try {
    el = document.createElement(tag) as HartEl;
    for (const [name, v] of attrs) el.setAttribute(name, v);
    container.append(el);
    for (let i = 0; i < 3; i++) {
      await el.updateComplete;
      await nextFrame();
    }
  } catch (err) {
    errors.push(`threw: ${(err as Error)?.stack ?? err}`);
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return { el: el!, errors, container };
}

const attrsFor = (tag: string) =>
  fc.uniqueArray(fc.tuple(fc.constantFrom(...attributesOf(tag)), value), { maxLength: 8, selector: ([name]) => name });

describe('fuzzed attributes on every element', function () {
  this.timeout(120000);
  let replace: (url: string) => void;
  before(() => {
    // A quick exit must never navigate the test page away (none is clicked; this is a safety net).
    replace = exitNavigation.replace;
    exitNavigation.replace = () => {};
  });
  after(() => {
    exitNavigation.replace = replace;
  });
  afterEach(() => {
    delete (window as { __hartPwned?: number }).__hartPwned;
    document.body.style.removeProperty('visibility');
  });

  for (const tag of ELEMENT_TAGS) {
    it(`${tag}: random attributes never throw out of it and never inject markup`, async () => {
      expect(attributesOf(tag).length, `${tag} attributes`).to.be.greaterThan(1);
      await fc.assert(
        fc.asyncProperty(attrsFor(tag), async (attrs) => {
          const { el, errors, container } = await render(tag, attrs);
          try {
            expect(errors, `errors: ${errors.join('; ')}`).to.be.empty;
            expect(el.shadowRoot, 'rendered').to.exist;
            const bad = injected(el);
            expect(bad, `injected markup: ${bad.join('; ')}`).to.be.empty;
            expect((window as { __hartPwned?: number }).__hartPwned, 'script ran').to.be.undefined;
          } finally {
            container.remove();
          }
        }),
        { numRuns, seed, includeErrorInReport: true },
      );
    });
  }

  it('hart-hotline-banner always shows its numbers, whatever lines, variant, lang and the rest say', async () => {
    const known = ['emergency', 'nhth', 'careline', 'hsi'];
    const numbers: Record<string, string> = {
      emergency: 'tel:911',
      nhth: 'tel:+18883737888',
      careline: 'tel:+18008422288',
      hsi: 'tel:+18663472423',
    };
    await fc.assert(
      fc.asyncProperty(attrsFor('hart-hotline-banner'), async (attrs) => {
        const { el, errors, container } = await render('hart-hotline-banner', attrs);
        try {
          expect(errors, `errors: ${errors.join('; ')}`).to.be.empty;
          const lines = attrs.find(([n]) => n === 'lines')?.[1];
          const asked = (lines ?? '').split(/[\s,]+/).filter((id) => known.includes(id));
          const expected =
            lines !== undefined && asked.length ? [...new Set(asked)] : ['emergency', 'nhth', 'careline'];
          const hrefs = [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
          for (const id of expected)
            expect(hrefs, `${id} with ${JSON.stringify(attrs).slice(0, 200)}`).to.include(numbers[id]);
          if (!el.hidden) {
            for (const id of expected) {
              const link = el.shadowRoot!.querySelector(`a[href="${numbers[id]}"]`)!;
              expect(link.getClientRects().length, `${numbers[id]} is laid out`).to.be.greaterThan(0);
            }
          }
        } finally {
          container.remove();
        }
      }),
      { numRuns: 30, seed, includeErrorInReport: true },
    );
  });
});
