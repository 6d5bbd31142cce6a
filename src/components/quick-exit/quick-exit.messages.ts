import type { Lang } from '../../sdk/types.js';

/** Every string the quick exit shows or speaks. */
export const messages = {
  en: {
    button: 'Exit this page',
    hint: 'or press Shift 3 times',
    buttonLabel: 'Exit this page now (or press the Shift key 3 times)',
    progress: (left: number) =>
      `Shift pressed. Press Shift ${left} more ${left === 1 ? 'time' : 'times'} to exit this page.`,
    expired: 'Exit this page expired.',
    leaving: 'Loading',
  },
  es: {
    button: 'Salir de esta página',
    hint: 'o pulse Mayús 3 veces',
    buttonLabel: 'Salir de esta página ahora (o pulse la tecla Mayús 3 veces)',
    progress: (left: number) =>
      `Mayús pulsada. Pulse Mayús ${left} ${left === 1 ? 'vez' : 'veces'} más para salir de esta página.`,
    expired: 'Se canceló la salida rápida de esta página.',
    leaving: 'Cargando',
  },
} satisfies Record<Lang, unknown>;
