import { html } from 'lit';

/**
 * A phone number that may wrap only after its hyphens (`1-888-<wbr>373-<wbr>7888`), never inside a group of digits:
 * with large text on a small phone a whole number can be wider than the screen.
 */
export const breakableNumber = (number: string) =>
  number.split('-').map((part, i) => (i ? html`-<wbr />${part}` : part));
