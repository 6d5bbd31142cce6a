// Hostile host CSS: test/fixtures/proof/hostile.html puts every element on a theme at its worst
// (test/fixtures/proof/hostile.css: `* { all: revert }`, `html { font-size: 62.5% }`, !important colours, fonts,
// sizes, line height, letter spacing and upper case on everything, `box-sizing: content-box !important`,
// `a { display: none !important }`, a sticky header and a cookie bar at z-index 2147483647). The same page without
// the theme is the reference. The elements must look the same on both (their text keeps its size, font, colour and
// spacing), stay at least 16px, show every number, keep their links' contrast, and stay clickable.
import { expect } from '@open-wc/testing';
import { elementsReady, framesOf, loadFrame, channels, contrast } from '../support/proof-frame.js';

type Win = Window & typeof globalThis;
const IDS = ['banner', 'exit', 'compact', 'inline', 'flags', 'events', 'finder', 'notice', 'poster'];
/** Inherited text properties a host page can push into a shadow root through the host element. */
const TEXT_PROPS = [
  'font-size',
  'font-family',
  'font-weight',
  'line-height',
  'letter-spacing',
  'text-transform',
  'color',
] as const;

/**
 * Secondary text the elements draw smaller than the body on purpose, each with its reason. Everything else is at
 * least 16px.
 */
const SMALLER_PARTS = [
  '[part~="badge"]', // an event's type and status labels ("Cancelled", "Happening now")
  '.count', // the red flags' "5 signs" next to a category: a badge
  '.hint', // the quick exit's "or press Shift 3 times"
  '.details', // a hotline's hours and languages, under its number
  '.sources', // where the signs come from (red flags)
  '.reviewed', // "Last reviewed: …" under a card or a result
].join(', ');
/** Allowed parts are still no smaller than this. */
const SMALLEST_PX = 12;

interface TextSample {
  text: string;
  where: string;
  /** Inside one of SMALLER_PARTS. */
  secondary: boolean;
  style: Record<(typeof TEXT_PROPS)[number], string>;
}

/** Visible text of an element's shadow tree (nested shadow roots included), with each text's computed style. */
function textSamples(win: Win, host: Element): TextSample[] {
  const out: TextSample[] = [];
  const visit = (root: ShadowRoot, path: string) => {
    const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent!.replace(/\s+/g, ' ').trim();
      const parent = node.parentElement;
      if (!text || !parent) continue;
      const rect = parent.getBoundingClientRect();
      // Visually hidden text (live regions, screen-reader suffixes) is not seen: its size does not matter.
      if (rect.width <= 1 || rect.height <= 1) continue;
      const cs = win.getComputedStyle(parent);
      out.push({
        text: text.slice(0, 60),
        secondary: parent.closest(SMALLER_PARTS) !== null,
        where: `${path} ${parent.localName}${parent.getAttribute('part') ? `[part=${parent.getAttribute('part')}]` : ''}${parent.className && typeof parent.className === 'string' ? `.${parent.className.trim().split(/\s+/).join('.')}` : ''}`,
        style: Object.fromEntries(TEXT_PROPS.map((p) => [p, cs.getPropertyValue(p)])) as TextSample['style'],
      });
    }
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot, `${path} > ${el.localName}`);
  };
  visit(host.shadowRoot!, host.localName);
  return out;
}

/** Every link (nested shadow roots included). */
function shadowLinks(host: Element): HTMLAnchorElement[] {
  const out: HTMLAnchorElement[] = [];
  const visit = (root: ShadowRoot) => {
    out.push(...root.querySelectorAll('a'));
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
  };
  visit(host.shadowRoot!);
  return out;
}

/** The first opaque background behind `el`, walking up through shadow hosts. */
function backgroundOf(win: Win, el: Element): number[] {
  for (let node: Element | null = el; node;) {
    const bg = channels(win.getComputedStyle(node).backgroundColor);
    if (bg.alpha > 0.5) return bg.rgb;
    node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null;
  }
  return [255, 255, 255];
}

/** A short description of an element (chai would walk a frame's element as a plain object, for ever). */
const label = (el: Element | null) =>
  el
    ? `<${el.localName}${el.id ? `#${el.id}` : ''}${typeof el.className === 'string' && el.className ? `.${el.className.split(' ').join('.')}` : ''}>`
    : 'nothing';

/** Shown on screen (not inside a closed <details>, not display:none). */
const visible = (el: Element) =>
  el.getClientRects().length > 0 && el.checkVisibility({ visibilityProperty: true, opacityProperty: true });

/** The element at the centre of `el` after scrolling it to the middle of the viewport, through shadow roots. */
function hitAtCentre(doc: Document, el: Element): Element | null {
  el.scrollIntoView({ block: 'center', inline: 'center' });
  const r = el.getBoundingClientRect();
  const x = r.left + r.width / 2;
  const y = r.top + r.height / 2;
  let hit = doc.elementFromPoint(x, y);
  // Down through shadow roots. A root may answer with an element outside it (retargeted): stop at one seen before.
  const seen = new Set<Element>();
  while (hit?.shadowRoot && !seen.has(hit)) {
    seen.add(hit);
    const inner = hit.shadowRoot.elementFromPoint(x, y);
    if (!inner || seen.has(inner)) break;
    hit = inner;
  }
  return hit;
}

describe('hostile host CSS: the elements stay readable and usable', function () {
  this.timeout(60000);
  let themed: HTMLIFrameElement;
  let clean: HTMLIFrameElement;
  let win: Win;
  let doc: Document;

  before(async () => {
    [themed, clean] = await Promise.all([
      loadFrame('/test/fixtures/proof/hostile.html'),
      loadFrame('/test/fixtures/proof/hostile.html'),
    ]);
    clean.contentDocument!.querySelector('link[rel="stylesheet"]')!.remove();
    await Promise.all([elementsReady(themed), elementsReady(clean)]);
    win = themed.contentWindow as Win;
    doc = themed.contentDocument!;
    // The theme is really in force on the page around the elements.
    expect(win.getComputedStyle(doc.documentElement).fontSize).to.equal('10px');
    expect(win.getComputedStyle(doc.querySelector('h1')!).fontFamily).to.match(/Comic Sans/);
    expect(win.getComputedStyle(doc.getElementById('theme-link')!).display).to.equal('none');
  });
  after(() => {
    themed?.remove();
    clean?.remove();
  });

  it('the page does not scroll sideways', () => {
    const width = doc.documentElement.clientWidth;
    const wide: string[] = [];
    const visit = (root: Document | ShadowRoot, path: string) => {
      for (const el of root.querySelectorAll('*')) {
        const r = el.getBoundingClientRect();
        if (r.right > width + 0.5) wide.push(`${path}${label(el)} ends at ${Math.round(r.right)}px`);
        if (el.shadowRoot) visit(el.shadowRoot, `${path}${el.localName} > `);
      }
    };
    visit(doc, '');
    expect(doc.documentElement.scrollWidth, `wider than ${width}px: ${wide.join('; ')}`).to.be.at.most(width);
  });

  for (const id of IDS) {
    it(`#${id}: every visible text keeps the size, font, weight, spacing, case and colour it has on a plain page`, () => {
      const cleanWin = clean.contentWindow as Win;
      const expected = textSamples(cleanWin, clean.contentDocument!.getElementById(id)!);
      const actual = textSamples(win, doc.getElementById(id)!);
      expect(actual.map((s) => s.text)).to.deep.equal(expected.map((s) => s.text));
      const changed = actual.flatMap((s, i) =>
        TEXT_PROPS.filter((p) => s.style[p] !== expected[i].style[p]).map(
          (p) => `${s.where} "${s.text}": ${p} ${expected[i].style[p]} -> ${s.style[p]}`,
        ),
      );
      expect(
        changed.length,
        `${changed.length} text styles changed by the host page, e.g.:\n${changed.slice(0, 20).join('\n')}\n`,
      ).to.equal(0);
    });
  }

  for (const id of IDS) {
    it(`#${id}: text is at least 16px (badges, hints, details, sources and review dates may be smaller, and keep their size)`, () => {
      const expected = textSamples(clean.contentWindow as Win, clean.contentDocument!.getElementById(id)!);
      const actual = textSamples(win, doc.getElementById(id)!);
      const small = actual.filter((s, i) => {
        const size = parseFloat(s.style['font-size']);
        const plain = parseFloat(expected[i]?.style['font-size'] ?? '16');
        return s.secondary ? size < Math.max(plain, SMALLEST_PX) : size < 16;
      });
      expect(
        small.map((s) => `${s.where} "${s.text}" ${s.style['font-size']}`),
        'text below 16px',
      ).to.deep.equal([]);
    });
  }

  it('every hotline number is shown: tel: and sms: links have a size, and at least 44x44 px outside a sentence', () => {
    const exit = doc.getElementById('exit')!.shadowRoot!.querySelector('[part="button"]')!.getBoundingClientRect();
    expect(exit.width >= 44 && exit.height >= 44, `exit button ${exit.width}x${exit.height}`).to.be.true;
    for (const id of IDS) {
      const links = shadowLinks(doc.getElementById(id)!).filter((a) =>
        /^(tel|sms):/.test(a.getAttribute('href') ?? ''),
      );
      // The banners, red flags and notices always show the numbers. The event list and the finder show them only
      // inside events (a dial-in) and results, and the quick exit has none: whatever they have is checked the same.
      if (!['events', 'finder', 'exit'].includes(id)) expect(links.length, `#${id} call/text links`).to.be.at.least(1);
      for (const a of links) {
        const r = a.getBoundingClientRect();
        const where = `#${id} ${a.getAttribute('href')}`;
        expect(win.getComputedStyle(a).display, where).to.not.equal('none');
        expect(r.width > 0 && r.height > 0, `${where} has no size`).to.be.true;
        expect(a.textContent, where).to.match(/\d/);
        if (id === 'banner' || id === 'compact') {
          expect(r.width, `${where} width`).to.be.at.least(44);
          expect(r.height, `${where} height`).to.be.at.least(44);
        }
      }
    }
  });

  it('the main links keep at least 4.5:1 contrast against what is behind them', () => {
    const problems: string[] = [];
    const checked = new Set<string>();
    for (const id of IDS) {
      for (const a of shadowLinks(doc.getElementById(id)!)) {
        if (!visible(a)) continue;
        checked.add(id);
        const ratio = contrast(channels(win.getComputedStyle(a).color).rgb, backgroundOf(win, a));
        if (ratio < 4.5)
          problems.push(
            `#${id} ${a.getAttribute('href')} "${a.textContent.trim().slice(0, 40)}": ${ratio.toFixed(2)}:1`,
          );
      }
    }
    // Every element of the page has links these checks reach (the exit's own link included).
    expect([...checked].sort(), 'elements whose links were checked').to.deep.equal([...IDS].sort());
    expect(problems).to.deep.equal([]);
  });

  it('the call, text and exit links can be clicked: nothing covers them', () => {
    const covered: string[] = [];
    const checked = new Set<string>();
    for (const id of IDS) {
      for (const a of shadowLinks(doc.getElementById(id)!)) {
        if (!/^(tel|sms|https):/.test(a.getAttribute('href') ?? '') || !visible(a)) continue;
        checked.add(id);
        const hit = hitAtCentre(doc, a);
        if (hit?.closest('a') !== a)
          covered.push(`#${id} ${a.getAttribute('href')}: ${hit?.localName}.${hit?.className}`);
      }
    }
    expect([...checked].sort(), 'elements whose links were checked').to.deep.equal([...IDS].sort());
    expect(covered).to.deep.equal([]);
  });

  it('the quick exit stays on screen while the page scrolls (it is sticky)', async () => {
    for (const [name, frame] of [
      ['plain', clean],
      ['themed', themed],
    ] as const) {
      const d = frame.contentDocument!;
      const w = frame.contentWindow as Win;
      const exit = d.getElementById('exit')!;
      w.scrollTo(0, 0);
      const top = exit.getBoundingClientRect().top + w.scrollY;
      w.scrollTo(0, top + 400);
      await framesOf(w, 2);
      const r = exit.shadowRoot!.querySelector('[part="button"]')!.getBoundingClientRect();
      expect(
        r.top >= 0 && r.bottom <= w.innerHeight,
        `${name} page: exit button at ${r.top}-${r.bottom} after scrolling ${w.scrollY}px`,
      ).to.be.true;
      w.scrollTo(0, 0);
    }
  });

  it('the quick exit covers everything at once, the z-index 2147483647 header and cookie bar included', async () => {
    const exit = doc.getElementById('exit')!;
    const button = exit.shadowRoot!.querySelector<HTMLAnchorElement>('[part="button"]')!;
    const link = doc.getElementById('compact')!.shadowRoot!.querySelector('a[href^="tel:"]')!;
    expect(hitAtCentre(doc, button) === button, `the exit button is not on top: ${label(hitAtCentre(doc, button))}`).to
      .be.true;
    link.scrollIntoView({ block: 'center' });
    const linkBox = link.getBoundingClientRect();
    button.click();
    await framesOf(win, 2);
    expect((win as unknown as { __hartExits: string[] }).__hartExits).to.deep.equal(['https://www.weather.gov/']);
    // The cover is a modal dialog: in the top layer, above any z-index, opaque, the whole viewport.
    const cover = exit.shadowRoot!.querySelector('dialog')!;
    expect(cover.matches(':modal'), 'the cover is a modal dialog (top layer)').to.be.true;
    const box = cover.getBoundingClientRect();
    expect(
      box.left <= 0 && box.top <= 0 && box.right >= win.innerWidth - 1 && box.bottom >= win.innerHeight - 1,
      'the cover fills the viewport',
    ).to.be.true;
    expect(channels(win.getComputedStyle(cover).backgroundColor).alpha, 'the cover is opaque').to.equal(1);
    expect(win.getComputedStyle(doc.body).visibility).to.equal('hidden');
    // Nothing under it can be reached: not the header, the cookie bar or a call link (the page is inert).
    const bar = doc.querySelector('.cookie-bar')!.getBoundingClientRect();
    const header = doc.querySelector('.site-header')!.getBoundingClientRect();
    for (const [what, x, y] of [
      ['cookie bar', bar.left + 10, bar.top + 10],
      ['header', header.left + 10, Math.max(header.top, 0) + 10],
      ['call link', linkBox.left + 5, linkBox.top + 5],
    ] as const) {
      const hit = doc.elementFromPoint(x, y);
      expect(
        hit === doc.documentElement || hit === exit,
        `the ${what} can still be reached under the cover: ${label(hit)}`,
      ).to.be.true;
    }
  });
});
