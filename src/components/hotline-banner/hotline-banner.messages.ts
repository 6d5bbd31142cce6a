import type { Lang } from '../../sdk/types.js';

/** "Call X" / "Llame a X", with Spanish a + el contracted to al. */
const llameA = (name: string) => `Llame a ${name}`.replace(/^Llame a el /, 'Llame al ');

/**
 * Every string the hotline banner shows or speaks (text, TTY and chat links: internal/contact-link.ts). Each link's
 * accessible name starts with its visible text (WCAG 2.5.3 Label in Name) and then says the whole action.
 */
export const messages = {
  en: {
    region: 'Human trafficking help lines',
    heading: 'Help is available',
    call: (name: string, number: string) => `Call ${name}, ${number}`,
    or: 'or',
    confidential: 'Confidential',
    dismiss: 'Hide help numbers',
  },
  es: {
    region: 'Líneas de ayuda contra la trata de personas',
    heading: 'Hay ayuda disponible',
    call: (name: string, number: string) => `${llameA(name)}, ${number}`,
    or: 'o',
    confidential: 'Confidencial',
    dismiss: 'Ocultar los números de ayuda',
  },
} satisfies Record<Lang, unknown>;
