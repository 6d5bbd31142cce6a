/**
 * Guarded registration: a second copy of the library on one page (a theme and a plugin both add it) must not throw.
 * The first definition wins; the second copy is skipped with one console warning per page naming both versions.
 */
import { LIB_VERSION } from './version.js';

/**
 * Set on the page once a copy has warned. A symbol from the global registry, so every copy of the library (each with
 * its own module state) sees the same mark.
 */
const WARNED = Symbol.for('hart-widgets.warned');

/** Defines `tag` unless it is already defined. */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag) as (CustomElementConstructor & { hartVersion?: string }) | undefined;
  if (!existing) {
    (ctor as CustomElementConstructor & { hartVersion?: string }).hartVersion = LIB_VERSION;
    customElements.define(tag, ctor);
    return;
  }
  const page = globalThis as { [WARNED]?: true };
  if (existing === ctor || page[WARNED]) return;
  page[WARNED] = true;
  console.warn(
    `hart-widgets: two copies on this page: ${existing.hartVersion ?? '(unknown version)'} (in use) and ${LIB_VERSION} (skipped). Load it once.`,
  );
}
