/**
 * A hotline contact as a link, shared by every element that shows help numbers: the link's accessible name contains
 * its visible text and says the whole action (WCAG 2.5.3); a number wraps only after its hyphens; the content
 * is one span, because bare text beside an element inside a flex link loses its spaces; chat opens the hotline's
 * site in a new tab without opener or referrer. The words for a call, a text, a TTY and a chat are the same in every
 * element (an element may show a call as the number alone); the rendering and the look are the same everywhere.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { localize } from '../sdk/i18n.js';
import { breakableNumber } from './breakable-number.js';
import { contactDisplay, contactHref } from '../sdk/links.js';
import type { ContactPoint, Hotline as FullHotline, Lang, WithoutSources } from '../sdk/types.js';

type Hotline = WithoutSources<FullHotline>;

/**
 * Whom a link speaks to in Spanish: `usted` (adults, the default) or `tú` (the youth card). English reads the same in
 * both.
 */
export type LinkVoice = 'usted' | 'tu';

/** Call, text, TTY and chat wording, and how a link is named, in every language. */
export const contactLinkMessages = {
  en: {
    call: (number: string, _voice?: LinkVoice) => `Call ${number}`,
    text: (number: string, keyword?: string, _voice?: LinkVoice) =>
      keyword ? `Text ${keyword} to ${number}` : `Text ${number}`,
    tty: (number: string) => `TTY ${number}`,
    ttyLabel: (visible: string, name: string, note?: string) =>
      `${visible}: text telephone for ${name}${note ? ` (${note})` : ''}`,
    chat: 'Chat online',
    chatLabel: (name: string) => `Chat online with ${name} (opens the hotline's website in a new tab)`,
    /** The name of a link: its visible text, then whom it reaches. */
    linkLabel: (visible: string, name: string) => `${visible}, ${name}`,
  },
  es: {
    // Imperatives, as on the printed notice: "Llame al 911", "Envíe HELP por mensaje de texto al 233733".
    call: (number: string, voice: LinkVoice = 'usted') => `${voice === 'tu' ? 'Llama' : 'Llame'} al ${number}`,
    text: (number: string, keyword?: string, voice: LinkVoice = 'usted') => {
      const send = voice === 'tu' ? 'Envía' : 'Envíe';
      return keyword
        ? `${send} ${keyword} por mensaje de texto al ${number}`
        : `${send} un mensaje de texto al ${number}`;
    },
    tty: (number: string) => `TTY ${number}`,
    ttyLabel: (visible: string, name: string, note?: string) =>
      `${visible}: teléfono de texto para ${name}${note ? ` (${note})` : ''}`,
    chat: 'Chat en línea',
    chatLabel: (name: string) => `Chat en línea con ${name} (abre el sitio web de la línea en otra pestaña)`,
    linkLabel: (visible: string, name: string) => `${visible}, ${name}`,
  },
} satisfies Record<Lang, unknown>;

/** What a link shows and what it is called, for the call and text kinds an element words itself. */
export interface LinkWords {
  visible: string;
  label: string;
}

/** How an element words calls and texts. */
export interface ContactWording {
  voice(hotline: Hotline, number: string, lang: Lang): LinkWords;
  text(hotline: Hotline, number: string, keyword: string | undefined, lang: Lang): LinkWords;
}

/**
 * A text link as every element words it: "Text HELP to 233733" / "Envíe HELP por mensaje de texto al 233733", named
 * with the hotline it reaches.
 */
export function textLinkWords(
  h: Hotline,
  number: string,
  keyword: string | undefined,
  lang: Lang,
  voice?: LinkVoice,
): LinkWords {
  const m = contactLinkMessages[lang];
  const visible = m.text(number, keyword, voice);
  return { visible, label: m.linkLabel(visible, localize(h.name, { lang })) };
}

/** Options of {@link renderContactLink}. */
export interface ContactLinkOptions {
  /** Extra classes (e.g. for secondary contacts). */
  className?: string;
  /** Also print the chat address after the link text (on paper a link is only its words). */
  printChatAddress?: boolean;
}

/** The words of a contact's link, or undefined for kinds an element does not link. */
function contactWords(h: Hotline, c: ContactPoint, lang: Lang, wording: ContactWording): LinkWords | undefined {
  const shown = contactDisplay(c);
  const m = contactLinkMessages[lang];
  const actionName = localize(h.actionName ?? h.name, { lang });
  switch (c.kind) {
    case 'voice':
      return wording.voice(h, shown, lang);
    case 'text':
      return wording.text(h, shown, c.keyword, lang);
    case 'textphone': {
      const visible = m.tty(shown);
      return { visible, label: m.ttyLabel(visible, actionName, c.label ? localize(c.label, { lang }) : undefined) };
    }
    case 'chat':
      return { visible: m.chat, label: m.chatLabel(actionName) };
    default:
      return undefined;
  }
}

/** A hotline contact as a link (`part="link"`), or nothing when its address is not one data may link to. */
export function renderContactLink(
  h: Hotline,
  c: ContactPoint,
  lang: Lang,
  wording: ContactWording,
  options: ContactLinkOptions = {},
): TemplateResult | typeof nothing {
  const href = contactHref(c);
  const words = href && contactWords(h, c, lang, wording);
  if (!href || !words) return nothing;
  const shown = contactDisplay(c);
  const { visible, label } = words;
  const at = visible.indexOf(shown);
  const content =
    at < 0
      ? visible
      : html`${visible.slice(0, at)}<span class="number">${breakableNumber(shown)}</span>${visible.slice(at + shown.length)}`;
  const external = c.kind === 'chat';
  return html`<a
    part="link"
    class="link link--${c.kind} ${options.className ?? ''}"
    href=${href}
    aria-label=${label === visible ? nothing : label}
    target=${external ? '_blank' : nothing}
    rel=${external ? 'noopener noreferrer' : nothing}
    ><span class="link-text">${content}${
      external && options.printChatAddress ? html`<span class="print-only"> (${shown})</span>` : nothing
    }</span></a
  >`;
}

/**
 * The look of contact links: 44 px targets, white on blue. Elements set `--_link-bg` and
 * `--_link-color` from their own documented custom properties.
 */
export const contactLinkStyles = css`
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .link {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: 44px;
    min-width: 44px;
    padding: 0.25em 0.75em;
    border-radius: var(--hart-radius, 6px);
    background: var(--_link-bg, #0b4f9c);
    color: var(--_link-color, #ffffff);
    font-weight: 700;
    text-decoration: none;
    text-align: center;
    overflow-wrap: normal;
  }
  .link:hover {
    text-decoration: underline;
  }
  .print-only {
    display: none;
  }
  @media (forced-colors: active) {
    .link {
      border: 2px solid LinkText;
      color: LinkText;
      background: Canvas;
    }
  }
`;
