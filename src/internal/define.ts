/**
 * Guarded registration: a second copy of the library on one page (a theme and a plugin both add it) must not throw.
 * The first definition wins; the second copy is skipped with one console warning per page naming both versions.
 */
import { LIB_VERSION } from './version.js';

/** Defines `tag` unless it is already defined. */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag) as (CustomElementConstructor & { hartVersion?: string }) | undefined;
  if (!existing) {
    (ctor as CustomElementConstructor & { hartVersion?: string }).hartVersion = LIB_VERSION;
    customElements.define(tag, ctor);
    return;
  }
  // One warning per page for all tags and copies: the mark sits on the page's one registry, which every copy shares.
  const registry = customElements as CustomElementRegistry & { hartWarned?: 1 };
  if (existing === ctor || registry.hartWarned) return;
  registry.hartWarned = 1;
  console.warn(
    `hart-widgets: two copies on this page: ${existing.hartVersion ?? '(unknown version)'} (in use) and ${LIB_VERSION} (skipped). Load it once.`,
  );
}
