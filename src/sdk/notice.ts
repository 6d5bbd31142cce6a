/**
 * The posting notice, ready to show: its text in a language, with every number filled in from the hotline data and
 * every link built by links.ts. DOM-free, so a React app or a PDF script can lay the notice out its own way.
 *
 * @module
 */
import type * as z from 'zod/mini';
import { baseLanguage } from './language-tag.js';
import { contactDisplay, contactHref } from './links.js';
import type { NoticeContactKindSchema } from './schemas.js';
import type { ContactPoint, Hotline as FullHotline, Notice as FullNotice, WithoutSources } from './types.js';

// Only the fields the notice shows: records with or without `sources` are accepted.
type Hotline = WithoutSources<FullHotline>;
type Notice = WithoutSources<FullNotice>;

/** A contact kind a notice shows: `voice` (call) or `text`. */
export type NoticeContactKind = z.output<typeof NoticeContactKindSchema>;

/** A language tag the notice has text for (`en`, `es`, and any added later). */
export type NoticeLang = string;

/** One number on the notice, ready to print or link. */
export interface NoticeAction {
  kind: NoticeContactKind;
  /** `tel:` or `sms:` link (from links.ts). */
  href: string;
  /** The number as people write it (`1-888-373-7888`, `233733`). */
  number: string;
  /** Word to send by text (`HELP`), when the hotline has one. */
  keyword?: string;
  /** The whole phrase in the notice's language (`Call 1-888-373-7888`, `Text HELP to 233733`). */
  label: string;
}

/** One help line of the notice. */
export interface NoticeLineView {
  /** Hotline id. */
  hotline: string;
  title: string;
  text?: string;
  actions: NoticeAction[];
}

/** The notice in one language. */
export interface NoticeView {
  lang: NoticeLang;
  languageName: string;
  heading: string;
  statement: string;
  lines: NoticeLineView[];
  footer?: string;
}

/** What the QR code encodes, and its caption in one language. */
export interface NoticeQr {
  hotline: string;
  kind: NoticeContactKind;
  /** The link the code carries (`tel:+18883737888`, `sms:233733?&body=HELP`). */
  href: string;
  number: string;
  /** `Scan to call 1-888-373-7888`. */
  caption: string;
}

/** The languages every notice has. */
export const NOTICE_DEFAULT_LANGS: readonly NoticeLang[] = ['en', 'es'];

/**
 * Fills `{name}` placeholders. Unknown placeholders stay as written, so a typo shows up instead of vanishing.
 * @param phrase - e.g. `Text {keyword} to {number}`
 * @param values - e.g. `{ keyword: 'HELP', number: '233733' }`
 */
export function fillPhrase(phrase: string, values: Record<string, string | undefined>): string {
  return phrase.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/**
 * The languages to show, in the order asked, keeping only those the notice has text for. `es-MX` matches `es`.
 * When none match, English and Spanish: a notice is never empty.
 * @param notice - the notice record
 * @param requested - language tags, e.g. from `langs="en es"`
 */
export function noticeLanguages(notice: Notice, requested: readonly string[]): NoticeLang[] {
  const available = Object.keys(notice.text);
  const out: NoticeLang[] = [];
  for (const tag of requested) {
    const wanted = tag.trim().toLowerCase();
    if (!wanted) continue;
    const match =
      available.find((a) => a.toLowerCase() === wanted) ??
      available.find((a) => a.toLowerCase() === baseLanguage(wanted));
    if (match && !out.includes(match)) out.push(match);
  }
  return out.length ? out : NOTICE_DEFAULT_LANGS.filter((l) => available.includes(l));
}

/** The hotline's first contact of a kind, if any. */
function contactOf(hotline: Hotline | undefined, kind: NoticeContactKind): ContactPoint | undefined {
  return hotline?.contacts.find((c) => c.kind === kind);
}

/** A number and link for one contact, with its phrase in the notice's language. */
function actionFor(contact: ContactPoint, phrases: Notice['text'][string]['actions']): NoticeAction | undefined {
  const href = contactHref(contact);
  if (!href) return undefined;
  const number = contactDisplay(contact);
  const kind = contact.kind as NoticeContactKind;
  const keyword = kind === 'text' ? contact.keyword : undefined;
  const phrase = kind === 'voice' ? phrases.call : keyword ? phrases.textKeyword : phrases.text;
  return { kind, href, number, keyword, label: fillPhrase(phrase, { number, keyword }) };
}

/**
 * The notice in one language with numbers from `hotlines`. A line whose hotline is missing (or has none of the
 * contacts it shows) is left out rather than printed without a number.
 * @param notice - the notice record
 * @param hotlines - the hotline records (bundled or from a feed)
 * @param options - `lang`: a language the notice has (see {@link noticeLanguages}); unknown or absent: English
 */
export function noticeView(
  notice: Notice,
  hotlines: readonly Hotline[],
  { lang = 'en' }: { lang?: NoticeLang } = {},
): NoticeView {
  const t = notice.text[lang] ?? notice.text.en;
  const shownLang = notice.text[lang] ? lang : 'en';
  const lines: NoticeLineView[] = [];
  for (const line of t.lines) {
    const hotline = hotlines.find((h) => h.id === line.hotline);
    const actions = line.show
      .map((kind) => contactOf(hotline, kind))
      .map((c) => (c ? actionFor(c, t.actions) : undefined))
      .filter((a): a is NoticeAction => Boolean(a));
    if (actions.length) lines.push({ hotline: line.hotline, title: line.title, text: line.text, actions });
  }
  return {
    lang: shownLang,
    languageName: t.languageName,
    heading: t.heading,
    statement: t.statement,
    lines,
    footer: t.footer,
  };
}

/**
 * What the QR code should carry: the notice's `qr` choice unless `kind` overrides it. Falls back to the other kind
 * when the hotline lacks the one asked for; `undefined` when the hotline is missing.
 * @param notice - the notice record
 * @param hotlines - the hotline records
 * @param lang - caption language
 * @param kind - `voice` to call, `text` to text; default from the notice data
 */
export function noticeQr(
  notice: Notice,
  hotlines: readonly Hotline[],
  lang: NoticeLang,
  kind: NoticeContactKind = notice.qr.kind,
): NoticeQr | undefined {
  const hotline = hotlines.find((h) => h.id === notice.qr.hotline);
  const other: NoticeContactKind = kind === 'voice' ? 'text' : 'voice';
  const contact = contactOf(hotline, kind) ?? contactOf(hotline, other);
  const href = contact && contactHref(contact);
  if (!contact || !href) return undefined;
  const phrases = (notice.text[lang] ?? notice.text.en).actions;
  const number = contactDisplay(contact);
  const used = contact.kind as NoticeContactKind;
  return {
    hotline: notice.qr.hotline,
    kind: used,
    href,
    number,
    caption: fillPhrase(used === 'voice' ? phrases.scanCall : phrases.scanText, { number }),
  };
}
