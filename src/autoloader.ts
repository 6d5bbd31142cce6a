/**
 * `autoloader.js`: the smallest way to use the elements. It defines each element only when its tag first appears in
 * the page (now or later, e.g. added by a page builder), by importing that element's own chunk.
 *
 * @example
 * ```html
 * <script type="module" src=".../dist/cdn/autoloader.js"></script>
 * <hart-hotline-banner></hart-hotline-banner>
 * ```
 * @module
 */

/** Each tag and how to load it. */
const loaders: Record<string, () => Promise<unknown>> = {
  'hart-hotline-banner': () => import('./components/hotline-banner/hotline-banner.js'),
  'hart-quick-exit': () => import('./components/quick-exit/quick-exit.js'),
  'hart-red-flags': () => import('./components/red-flags/red-flags.js'),
  'hart-provider-finder': () => import('./components/provider-finder/provider-finder.js'),
  'hart-event-list': () => import('./components/event-list/event-list.js'),
  'hart-awareness-notice': () => import('./components/awareness-notice/awareness-notice.js'),
};

const started = new Set<string>();

/** Loads the elements whose tags are in `root` and not yet defined. */
export function discover(root: ParentNode): Promise<unknown[]> {
  const loads: Promise<unknown>[] = [];
  for (const [tag, load] of Object.entries(loaders)) {
    if (started.has(tag) || customElements.get(tag)) continue;
    const here = root instanceof Element && root.localName === tag;
    if (!here && !root.querySelector(tag)) continue;
    started.add(tag);
    loads.push(
      load().catch((err) => {
        started.delete(tag);
        console.error(`hart-widgets: could not load <${tag}>`, err);
      }),
    );
  }
  return Promise.all(loads);
}

if (typeof document !== 'undefined') {
  void discover(document);
  new MutationObserver((records) => {
    for (const r of records) {
      r.addedNodes.forEach((node) => {
        if (node instanceof Element) void discover(node);
      });
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}
