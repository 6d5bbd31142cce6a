import type { Lang } from '../../sdk/types.js';

/** Whom the card speaks to: adults about someone else (usted), or a teen about their own life (tú). */
export type Voice = 'adult' | 'teen';

/**
 * Every string the red-flags card shows or speaks, in English and Spanish (call, text, TTY and chat links:
 * internal/contact-link.ts). Strings that address the reader come in two voices, because the youth card speaks to
 * teens about their own situation (tú in Spanish, no blame).
 */
const en = {
  caution: {
    adult: 'One sign alone does not prove trafficking. If you are worried about someone, see what to do below.',
    teen: 'One of these signs alone does not prove that someone is trafficking you. But if something here sounds familiar, you can talk to someone: see what you can do below.',
  },
  whatToDo: { adult: 'What to do', teen: 'What you can do' },
  toolbar: 'Show or hide the signs',
  expandAll: 'Expand all',
  collapseAll: 'Collapse all',
  print: 'Print',
  printLabel: 'Print this list of signs',
  expandedAll: (n: number) => `All ${n} sections expanded`,
  collapsedAll: (n: number) => `All ${n} sections collapsed`,
  signs: (n: number) => (n === 1 ? '1 sign' : `${n} signs`),
  questions: (n: number) => (n === 1 ? '1 question' : `${n} questions`),
  questionsTitle: 'Questions to ask in private',
  questionsIntro: 'Ask them only when you are alone with the patient.',
  sources: (n: number) => `Sources (${n})`,
  reviewed: (date: string) => `Last reviewed: ${date}`,
};

/** The messages of one language (Spanish must have every English key). */
export type Messages = typeof en;

const es: Messages = {
  caution: {
    adult: 'Una sola señal no prueba que haya trata de personas. Si le preocupa alguien, vea abajo qué hacer.',
    teen: 'Una sola de estas señales no prueba que alguien te esté explotando. Pero si algo de esto te suena familiar, puedes hablar con alguien: mira abajo qué puedes hacer.',
  },
  whatToDo: { adult: 'Qué hacer', teen: 'Qué puedes hacer' },
  toolbar: 'Mostrar u ocultar las señales',
  expandAll: 'Expandir todo',
  collapseAll: 'Contraer todo',
  print: 'Imprimir',
  printLabel: 'Imprimir esta lista de señales',
  expandedAll: (n: number) => `Se expandieron las ${n} secciones`,
  collapsedAll: (n: number) => `Se contrajeron las ${n} secciones`,
  signs: (n: number) => (n === 1 ? '1 señal' : `${n} señales`),
  questions: (n: number) => (n === 1 ? '1 pregunta' : `${n} preguntas`),
  questionsTitle: 'Preguntas para hacer en privado',
  questionsIntro: 'Hágalas solo cuando esté a solas con el paciente.',
  sources: (n: number) => `Fuentes (${n})`,
  reviewed: (date: string) => `Última revisión: ${date}`,
};

export const messages: Record<Lang, Messages> = { en, es };
