/**
 * "Print only this card". Styles inside a shadow root cannot hide the rest of the page, so for the duration of one
 * print the page is marked and a print-only stylesheet is adopted by the document (and by every shadow root between
 * it and the card):
 * - the siblings of the card and of each of its ancestors get `data-hart-print-hide` (not printed);
 * - the ancestors get `data-hart-print-path` (their boxes, margins and scroll clipping are neutralised on paper);
 * - `<html>` gets `data-hart-printing="red-flags"`, a hook for the host page's own print CSS.
 * Nothing changes on screen: every rule is inside `@media print`. A constructed stylesheet needs no inline style, so
 * this works under a strict CSP. Limits: content a host renders in its own shadow root around a slotted card, and
 * host print rules marked `!important`, can still print.
 */

const PRINT_CSS = `@media print {
  [data-hart-print-hide] { display: none !important; }
  [data-hart-print-path] {
    display: block !important; position: static !important; float: none !important;
    margin: 0 !important; padding: 0 !important; border: 0 !important; box-shadow: none !important;
    width: auto !important; max-width: none !important; min-width: 0 !important;
    height: auto !important; min-height: 0 !important; max-height: none !important;
    overflow: visible !important; transform: none !important; columns: auto !important; background: none !important;
  }
  [data-hart-print-target] {
    position: static !important; float: none !important; margin: 0 !important;
    width: auto !important; max-width: none !important;
  }
}`;

let release: (() => void) | undefined;

/** Whether this browser can adopt constructed stylesheets (every current browser). */
const supported = (): boolean =>
  typeof CSSStyleSheet !== 'undefined' &&
  'replaceSync' in CSSStyleSheet.prototype &&
  'adoptedStyleSheets' in Document.prototype;

/**
 * Marks the page so that only `target` prints. Returns the function that undoes it (also called automatically before
 * the next isolation). Does nothing (the whole page prints) where constructed stylesheets are not supported.
 * @param target - the element to print
 * @param kind - the value of `data-hart-printing` on `<html>`
 */
export function isolateForPrint(target: Element, kind: string): () => void {
  releasePrintIsolation();
  if (!supported()) return () => {};
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(PRINT_CSS);
  const marked: [Element, string][] = [];
  const roots = new Set<Document | ShadowRoot>();
  const mark = (el: Element, attr: string, value = '') => {
    if (el.hasAttribute(attr)) return;
    el.setAttribute(attr, value);
    marked.push([el, attr]);
  };

  mark(target, 'data-hart-print-target');
  let node: Element = target;
  for (;;) {
    const parent = node.parentNode;
    if (!parent || parent instanceof Document) break;
    roots.add(node.getRootNode() as Document | ShadowRoot);
    for (const sibling of Array.from((parent as Element | ShadowRoot).children)) {
      if (sibling !== node) mark(sibling, 'data-hart-print-hide');
    }
    // Cross out of a shadow root to its host, which lives in the tree above.
    const next = parent instanceof ShadowRoot ? parent.host : (parent as Element);
    if (next === document.documentElement) break;
    mark(next, 'data-hart-print-path');
    node = next;
  }
  roots.add(document);
  mark(document.documentElement, 'data-hart-printing', kind);
  roots.forEach((root) => {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  });

  const undo = () => {
    marked.forEach(([el, attr]) => el.removeAttribute(attr));
    roots.forEach((root) => {
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
    });
    if (release === undo) release = undefined;
  };
  release = undo;
  return undo;
}

/** Undoes the current print isolation, if any. */
export function releasePrintIsolation(): void {
  release?.();
}
