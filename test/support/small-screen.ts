// Checks for large text on a small phone (320 CSS px wide, root font size 200%), shared by the sweep over
// examples/examples.json and the example pages test: nothing sticks out sideways, no box cuts its text off, no two
// controls overlap, and every target a finger must hit is at least 44 x 44 px (WCAG 1.4.4, 1.4.10, 2.5.8).

/** Every element under `root`, inside shadow roots too. */
export function allElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) out.push(...allElements(el.shadowRoot));
  }
  return out;
}

const parentOf = (node: Element): Element | null =>
  node.parentElement ?? ((node.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;

/** Shown on screen: has a box, is visible, and is not visually hidden (a 1 px clipping box around it). */
export function shown(el: Element): boolean {
  if (!el.getClientRects().length || !el.checkVisibility({ visibilityProperty: true, opacityProperty: true }))
    return false;
  for (let node: Element | null = el; node; node = parentOf(node)) {
    const r = node.getBoundingClientRect();
    if (r.width <= 1 || r.height <= 1) return false;
  }
  return true;
}

export const describeEl = (el: Element) =>
  `${el.localName}${el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : ''}${typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`;

/** Controls a finger must hit: links, buttons, fields, disclosure summaries. */
const controls = (root: ParentNode) =>
  allElements(root).filter((el) => /^(a|button|summary|input|select|textarea)$/.test(el.localName) && shown(el));

/**
 * A link inside a sentence (the banner's `inline` variant, a link in running text) is exempt from the target-size
 * minimum (WCAG 2.5.8): it flows with the words around it.
 */
function inSentence(el: Element): boolean {
  const display = el.ownerDocument.defaultView!.getComputedStyle(el).display;
  if (el.localName !== 'a' || !display.startsWith('inline') || display === 'inline-flex') return false;
  const parent = el.parentNode;
  return !!parent && [...parent.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
}

/** What sticks out of the viewport sideways, and boxes whose overflow hides or scrolls their content. */
export function cutOff(root: ParentNode, doc: Document = document): string[] {
  const width = doc.documentElement.clientWidth;
  const out: string[] = [];
  if (doc.documentElement.scrollWidth > width)
    out.push(`the page scrolls sideways: ${doc.documentElement.scrollWidth}px > ${width}px`);
  for (const el of allElements(root)) {
    if (!shown(el)) continue;
    const r = el.getBoundingClientRect();
    if (r.right > width + 0.5 || r.left < -0.5)
      out.push(`${describeEl(el)} spans ${Math.round(r.left)}-${Math.round(r.right)}px`);
    const style = el.ownerDocument.defaultView!.getComputedStyle(el);
    // A text field scrolls its own value by design; every other box must show all it holds.
    if (/^(input|textarea)$/.test(el.localName)) continue;
    if (style.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1)
      out.push(`${describeEl(el)} is cut off sideways (${el.scrollWidth} > ${el.clientWidth})`);
    if (style.overflowY !== 'visible' && el.scrollHeight > el.clientHeight + 1 && el.clientHeight > 1)
      out.push(`${describeEl(el)} is cut off at the bottom (${el.scrollHeight} > ${el.clientHeight})`);
  }
  return out;
}

/** Targets under 44 x 44 px (links in a sentence, checkboxes and radios with their labels excepted), and overlaps. */
export function crowded(root: ParentNode): string[] {
  const out: string[] = [];
  const boxes = controls(root).map((el) => ({ el, r: el.getBoundingClientRect() }));
  for (const { el, r } of boxes) {
    if (inSentence(el) || (el.localName === 'input' && /^(checkbox|radio)$/.test((el as HTMLInputElement).type)))
      continue;
    if (r.width < 43.5 || r.height < 43.5)
      out.push(`${describeEl(el)} is ${Math.round(r.width)}x${Math.round(r.height)} px`);
  }
  boxes.forEach(({ el, r }, i) => {
    for (const { el: other, r: o } of boxes.slice(i + 1)) {
      if (el.contains(other) || other.contains(el)) continue;
      const w = Math.min(r.right, o.right) - Math.max(r.left, o.left);
      const h = Math.min(r.bottom, o.bottom) - Math.max(r.top, o.top);
      if (w > 1 && h > 1) out.push(`${describeEl(el)} overlaps ${describeEl(other)}`);
    }
  });
  return out;
}
