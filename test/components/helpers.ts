// Helpers shared by the element tests.
import { expect } from '@open-wc/testing';

/** Both interface languages: every element test runs its states in each. */
export const langs = ['en', 'es'] as const;

/** Runs axe-core over an element (its shadow DOM included) and fails with the violations listed. */
export async function expectAccessible(el: Element): Promise<void> {
  await expect(el).to.be.accessible();
}

/** The accessible name given by aria-label, or the text. */
export const nameOf = (el: Element): string => el.getAttribute('aria-label') ?? el.textContent?.trim() ?? '';

/** Visible text of an element's shadow root, whitespace folded. */
export const shadowText = (el: Element): string => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
