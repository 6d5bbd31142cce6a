import type { Lang } from '../../sdk/types.js';

/**
 * Every string of the notice element's own interface (buttons, labels, announcements), in English and Spanish.
 * The notice's content (heading, statement, lines, action phrases) is data: data/notice.json.
 */
export const messages = {
  en: {
    region: 'Human trafficking notice',
    documentTitle: 'Human trafficking notice',
    print: 'Print notice',
    printHint: 'Prints only the notice. In the print dialog, choose Letter or A4 paper and keep the scale at 100%.',
    printing: 'The print dialog for the notice is open.',
    printFailed: "Printing could not start here. Use your browser's Print command instead.",
    pause: 'Pause',
    pauseLabel: 'Pause language rotation',
    resume: 'Resume',
    resumeLabel: 'Resume language rotation',
    paused: 'Language rotation paused.',
    resumed: 'Language rotation resumed.',
    languages: 'Languages',
    qrLabel: (caption: string) => `QR code. ${caption}`,
    qrFailed: 'QR code not available. Use the numbers shown.',
    requirements: 'For businesses: posting this notice in Connecticut',
    whoMustPost: 'Who must post it',
    where: 'Where to post it',
    penalty: 'Penalty for not posting it',
    officialForm: 'The official form',
    law: 'The law',
  },
  es: {
    region: 'Aviso sobre la trata de personas',
    documentTitle: 'Aviso sobre la trata de personas',
    print: 'Imprimir aviso',
    printHint: 'Imprime solo el aviso. En la ventana de impresión, elija papel Carta o A4 y deje la escala en 100 %.',
    printing: 'Se abrió la ventana para imprimir el aviso.',
    printFailed: 'No se pudo iniciar la impresión aquí. Use el comando Imprimir de su navegador.',
    pause: 'Pausar',
    pauseLabel: 'Pausar el cambio de idioma',
    resume: 'Reanudar',
    resumeLabel: 'Reanudar el cambio de idioma',
    paused: 'Se pausó el cambio de idioma.',
    resumed: 'Se reanudó el cambio de idioma.',
    languages: 'Idiomas',
    qrLabel: (caption: string) => `Código QR. ${caption}`,
    qrFailed: 'Código QR no disponible. Use los números indicados.',
    requirements: 'Para negocios: cómo colocar este aviso en Connecticut',
    whoMustPost: 'Quién debe colocarlo',
    where: 'Dónde colocarlo',
    penalty: 'Sanción por no colocarlo',
    officialForm: 'El formulario oficial',
    law: 'La ley',
  },
} satisfies Record<Lang, unknown>;

/** The interface strings' shape. */
export type NoticeMessages = (typeof messages)['en'];
