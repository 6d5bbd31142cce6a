/**
 * The words a calendar entry carries for an event (title, description with joining and registration details,
 * location), shared by the .ics export, the Google / Outlook links and the structured data, so they never disagree.
 *
 * @module
 */
import { localize, localizedLang } from './i18n.js';
import { displayPhone } from './links.js';
import type { HartEvent, Lang, LangOptions, WithoutSources } from './types.js';

/** An event with or without `sources` (the event list bundles them without; nothing here reads them). */
type AnyEvent = WithoutSources<HartEvent>;

/** Words about events in English and Spanish (the event list element shows the same ones). */
export const eventWords = {
  en: {
    cancelled: 'Cancelled',
    postponed: 'Postponed',
    online: 'Online',
    phone: 'By phone',
    'not-stated': 'How to join was not published.',
    join: 'Join by phone',
    accessCode: 'access code',
    register: 'Register',
    organizers: 'Organized by',
  },
  es: {
    cancelled: 'Cancelado',
    postponed: 'Pospuesto',
    online: 'En línea',
    phone: 'Por teléfono',
    'not-stated': 'No se publicó cómo unirse.',
    join: 'Unirse por teléfono',
    accessCode: 'código de acceso',
    register: 'Inscripción',
    organizers: 'Organizado por',
  },
} satisfies Record<Lang, Record<string, string>>;

/**
 * A dial-in as people read it: "(866) 646-6488, access code 9793137700#".
 * @param dialIn - the event's dial-in
 * @param lang - the reader's language
 */
export const dialInText = (
  dialIn: NonNullable<HartEvent['where']['dialIn']>,
  { lang = 'en' }: LangOptions = {},
): string => dialIn.display + (dialIn.accessCode ? `, ${eventWords[lang].accessCode} ${dialIn.accessCode}` : '');

/** What a calendar entry says about an event. */
export interface EventDetails {
  /** Title, prefixed "Cancelled: " / "Postponed: " when the event is not going ahead as dated. */
  title: string;
  /** Language the title is actually in (English when no translation exists). */
  titleLang: Lang;
  /** Description, then how to join, how to register and who organizes, one per paragraph. */
  description: string;
  /** Language the description is actually in. */
  descriptionLang: Lang;
  /** Where: "By phone: (866) 646-6488, access code 9793137700#", "Online", a place; empty when not known. */
  location: string;
  /** The event's https link (joining page, else registration page), when the data has one. */
  url?: string;
}

/**
 * The words for an event's calendar entry, in the reader's language.
 * @param event - an event from the data
 * @param lang - the reader's language
 */
export function eventDetails(event: AnyEvent, { lang = 'en' }: LangOptions = {}): EventDetails {
  const w = eventWords[lang];
  const { where, registration: r, status } = event;
  const dialIn = where.dialIn ? dialInText(where.dialIn, { lang }) : '';
  const place = [where.place?.name, where.place?.town, where.place?.town && 'CT'].filter(Boolean).join(', ');
  const register = [r?.url, r?.email, r?.phone && displayPhone(r.phone)].filter(Boolean).join('; ');
  return {
    title: (status === 'cancelled' || status === 'postponed' ? `${w[status]}: ` : '') + localize(event.title, { lang }),
    titleLang: localizedLang(event.title, { lang }),
    description: [
      localize(event.description, { lang }),
      dialIn && `${w.join}: ${dialIn}`,
      register && `${w.register}: ${register}`,
      event.organizers.length && `${w.organizers}: ${event.organizers.join('; ')}`,
    ]
      .filter(Boolean)
      .join('\n\n'),
    descriptionLang: localizedLang(event.description, { lang }),
    location:
      where.mode === 'phone' && dialIn
        ? `${w.phone}: ${dialIn}`
        : where.mode === 'online'
          ? (where.url ?? w.online)
          : where.mode === 'in-person'
            ? place
            : '',
    url: where.url ?? r?.url,
  };
}
