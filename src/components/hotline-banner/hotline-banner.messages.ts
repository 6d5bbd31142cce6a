import type { Lang } from '../../sdk/types.js';

/** "Call X" / "Llamar a X", with Spanish a + el contracted to al. */
const llamarA = (name: string) => `Llamar a ${name}`.replace(/^Llamar a el /, 'Llamar al ');

/**
 * Every string the hotline banner shows or speaks (TTY and chat links: internal/contact-link.ts). Each link's
 * accessible name starts with its visible text (WCAG 2.5.3 Label in Name) and then says the whole action.
 */
export const messages = {
  en: {
    region: 'Human trafficking help lines',
    heading: 'Help is available',
    call: (name: string, number: string) => `Call ${name}, ${number}`,
    callInline: 'call',
    or: 'or',
    textVisible: (number: string, keyword?: string) => (keyword ? `Text ${keyword} to ${number}` : `Text ${number}`),
    confidential: 'Confidential',
    dismiss: 'Hide help numbers',
  },
  es: {
    region: 'Líneas de ayuda contra la trata de personas',
    heading: 'Hay ayuda disponible',
    call: (name: string, number: string) => `${llamarA(name)}, ${number}`,
    callInline: 'llame al',
    or: 'o',
    textVisible: (number: string, keyword?: string) =>
      keyword ? `Envíe ${keyword} por texto al ${number}` : `Envíe un texto al ${number}`,
    confidential: 'Confidencial',
    dismiss: 'Ocultar los números de ayuda',
  },
} satisfies Record<Lang, unknown>;
