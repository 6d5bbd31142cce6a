/**
 * Resolves an element's language (DESIGN.md rule): its own `lang`, else the nearest ancestor's `lang` (crossing
 * shadow roots), else `<html lang>`, else English. One shared observer re-renders elements when any `lang` changes.
 */
import { normalizeLang } from '../sdk/i18n.js';
import type { Lang } from '../sdk/types.js';

/** The effective language of `el`. */
export function resolveLang(el: Element): Lang {
  // Server-side rendering (build-time fallback markup) has no document: the element's own attribute decides.
  if (typeof document === 'undefined') return normalizeLang(el.getAttribute('lang'));
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang') && node.getAttribute('lang')) {
      return normalizeLang(node.getAttribute('lang'));
    }
    const parent: Node | null = node.parentNode;
    node = parent instanceof ShadowRoot ? parent.host : parent;
  }
  return normalizeLang(document.documentElement.lang);
}

type Listener = () => void;
const listeners = new Set<Listener>();
let observer: MutationObserver | undefined;

/**
 * Calls `listener` whenever a `lang` attribute changes anywhere in the document.
 * @returns a function that stops listening
 */
export function onLangChange(listener: Listener): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((l) => l()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    listeners.delete(listener);
    if (!listeners.size) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
