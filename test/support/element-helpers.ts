// Helpers shared by the browser tests (test/components/, test/e2e/): the engine, axe checks, print media, forced
// colours, frames.
import { expect } from '@open-wc/testing';

/** The engine running this test: Chromium, Firefox ESR or WebKit (WebKitGTK's MiniBrowser). */
export const engine: 'chromium' | 'firefox' | 'webkit' = /Firefox\//.test(navigator.userAgent)
  ? 'firefox'
  : /Chrom(e|ium)\//.test(navigator.userAgent)
    ? 'chromium'
    : 'webkit';

/**
 * Whether the test driver can emulate media (print, forced colours, prefers-reduced-motion): Chromium over the
 * DevTools protocol can; Firefox over WebDriver BiDi and WebKit over WebDriver cannot, and tests say so there.
 */
export const emulatesMedia = engine === 'chromium';

export { ELEMENT_TAGS } from './element-tags.js';

/** Both interface languages: every element test runs its states in each. */
export const langs = ['en', 'es'] as const;

/** Runs axe-core over an element (its shadow DOM included) and fails with the violations listed. */
export async function expectAccessible(el: Element): Promise<void> {
  await expect(el).to.be.accessible();
}

/**
 * Runs axe over the element's current state in each language: sets `lang` on it, waits for the render, runs
 * `check(lang)` (optional assertions on what that language shows), then axe. The element's own `lang` is put back
 * afterwards so the test's later assertions see it as before.
 */
export async function expectAccessibleInLangs(
  el: HTMLElement & { updateComplete: Promise<unknown> },
  check?: (lang: (typeof langs)[number]) => void | Promise<void>,
): Promise<void> {
  const before = el.getAttribute('lang');
  try {
    for (const lang of langs) {
      el.setAttribute('lang', lang);
      await el.updateComplete;
      await check?.(lang);
      await expectAccessible(el);
    }
  } finally {
    if (before === null) el.removeAttribute('lang');
    else el.setAttribute('lang', before);
    await el.updateComplete;
  }
}

/** The accessible name given by aria-label, or the text. */
export const nameOf = (el: Element): string => el.getAttribute('aria-label') ?? el.textContent?.trim() ?? '';

/** Visible text of an element's shadow root, whitespace folded. */
export const shadowText = (el: Element): string => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Every open shadow root at or under `el`. */
function shadowRoots(el: Element): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const visit = (node: Element) => {
    if (node.shadowRoot) {
      roots.push(node.shadowRoot);
      node.shadowRoot.querySelectorAll('*').forEach(visit);
    }
    node.querySelectorAll('*').forEach((child) => child.shadowRoot && visit(child));
  };
  visit(el);
  return roots;
}

/**
 * Applies the `@media print` rules of the components' own style sheets as if printing. Used where the browser
 * cannot emulate print media from the test runner (Firefox over WebDriver BiDi and WebKit over WebDriver have no
 * media emulation).
 * @returns a function that removes them again
 */
function forcePrintRules(el: Element): () => void {
  const undo: (() => void)[] = [];
  for (const root of shadowRoots(el)) {
    const css = root.adoptedStyleSheets
      .flatMap((sheet) => [...sheet.cssRules])
      .filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && /\bprint\b/.test(r.media.mediaText))
      .flatMap((r) => [...r.cssRules].map((inner) => inner.cssText))
      .join('\n');
    if (!css) continue;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    undo.push(() => (root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet)));
  }
  return () => undo.forEach((u) => u());
}

/**
 * Runs `check` with print styles in force: real print media emulation where the browser supports it (Chromium),
 * otherwise the components' own print rules applied directly (Firefox, WebKit).
 */
export async function withPrintMedia(el: Element, check: () => void | Promise<void>): Promise<void> {
  const { emulateMedia } = await import('@web/test-runner-commands');
  let emulated = true;
  let undo = () => {};
  try {
    await emulateMedia({ media: 'print' });
  } catch {
    emulated = false;
    undo = forcePrintRules(el);
  }
  try {
    await check();
  } finally {
    if (emulated) await emulateMedia({ media: 'screen' });
    else undo();
  }
}

/** Waits for two animation frames (rendering settled; not affected by fake timers). */
export const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));

/**
 * Emulates forced-colors mode (Windows High Contrast) while `check` runs. Chromium only: returns false without
 * running `check` where the browser cannot emulate it (Firefox over WebDriver BiDi, WebKit over WebDriver).
 */
export async function withForcedColors(check: () => void | Promise<void>): Promise<boolean> {
  const { executeServerCommand } = await import('@web/test-runner-commands');
  try {
    await executeServerCommand('hart-media-features', { features: [{ name: 'forced-colors', value: 'active' }] });
  } catch {
    return false;
  }
  try {
    await check();
  } finally {
    await executeServerCommand('hart-media-features', { features: [{ name: 'forced-colors', value: 'none' }] });
  }
  return true;
}

/**
 * Runs a whole page (`srcdoc`) in an iframe and resolves with the first message it posts to its parent; the frame is
 * removed then. A message with an `error` rejects, so a failure inside the page fails the test instead of hanging it.
 */
export function reportFromFrame<T>(srcdoc: string, style = ''): Promise<T> {
  const frame = document.createElement('iframe');
  frame.style.cssText = style;
  frame.srcdoc = srcdoc;
  return new Promise<T>((resolve, reject) => {
    addEventListener('message', function onMessage(e) {
      if (e.source !== frame.contentWindow) return;
      removeEventListener('message', onMessage);
      frame.remove();
      if (e.data?.error) reject(new Error(e.data.error));
      else resolve(e.data as T);
    });
    document.body.append(frame);
  });
}
