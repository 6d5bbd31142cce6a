/**
 * Guarded registration: a second copy of the library on one page (a theme and a plugin both add it) must not throw.
 * The first definition wins; the second is skipped with one console warning naming both versions.
 */
import { LIB_VERSION } from './version.js';

const warned = new Set<string>();

/** Defines `tag` unless it is already defined. */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag) as (CustomElementConstructor & { hartVersion?: string }) | undefined;
  if (!existing) {
    (ctor as CustomElementConstructor & { hartVersion?: string }).hartVersion = LIB_VERSION;
    customElements.define(tag, ctor);
    return;
  }
  if (existing === ctor || warned.has(tag)) return;
  warned.add(tag);
  console.warn(
    `hart-widgets: <${tag}> is already defined by hart-widgets ${existing.hartVersion ?? '(unknown version)'}; ` +
      `this copy (${LIB_VERSION}) was not registered. Load the library once per page.`,
  );
}
