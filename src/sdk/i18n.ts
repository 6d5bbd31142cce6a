/**
 * Language helpers shared by the SDK and the elements.
 *
 * @module
 */
import { baseLanguage } from './language-tag.js';
import type { Lang, LangOptions, LocalizedText } from './types.js';

/** Languages with complete interface text. */
export const supportedLangs: readonly Lang[] = ['en', 'es'];

/**
 * Maps any BCP 47 tag to a supported language: `es-MX` -> `es`; anything unknown -> `en`.
 * @param tag - a language tag, possibly empty
 */
export function normalizeLang(tag: string | null | undefined): Lang {
  return baseLanguage(tag ?? '') === 'es' ? 'es' : 'en';
}

/**
 * The text in the requested language, falling back to English field by field when a translation is missing.
 * @param value - localized text from the data
 * @param options - `lang`: the reader's language
 */
export function localize(value: LocalizedText | undefined, { lang = 'en' }: LangOptions = {}): string {
  if (!value) return '';
  return (lang === 'es' ? value.es : undefined) ?? value.en;
}

/**
 * The language a piece of localized text will actually be shown in (for a `lang` attribute on fallback text,
 * so screen readers pronounce English fallback as English).
 */
export function localizedLang(value: LocalizedText | undefined, { lang = 'en' }: LangOptions = {}): Lang {
  return lang === 'es' && value?.es ? 'es' : 'en';
}

/**
 * A calendar date (`2019-08-01`) in words: "August 1, 2019" / "1 de agosto de 2019" (es-US). Read at noon UTC, so no
 * time zone moves it to another day. Returns the input when it is not a date.
 * @param isoDate - a `YYYY-MM-DD` date
 * @param options - `lang`: the reader's language
 */
export function formatCalendarDate(isoDate: string, { lang = 'en' }: LangOptions = {}): string {
  const d = new Date(`${isoDate}T12:00:00Z`);
  // toLocaleDateString rather than a cached Intl.DateTimeFormat: a few dates per render, and less code in every bundle.
  return Number.isNaN(d.getTime())
    ? isoDate
    : d.toLocaleDateString(lang === 'es' ? 'es-US' : 'en-US', { dateStyle: 'long', timeZone: 'UTC' });
}

/** An average Gregorian month (30.436875 days) in milliseconds: a few hours either side of a date do not matter here. */
export const MONTH_MS = 2629746e3;

/** Months after its `reviewed` date when a contact is shown as possibly out of date. */
export const STALE_AFTER_MONTHS = 24;

/**
 * Whether a record reviewed on `reviewed` (`YYYY-MM-DD`) was last confirmed more than `months` months before `now`:
 * contacts and on-request trainings confirmed that long ago are shown with that date and what to do if they fail
 * (call the hotline, which is always current). It sits beside `formatCalendarDate`, in the module every element
 * loads, so that it costs no chunk (and request) of its own.
 * @param reviewed - the record's `reviewed` date
 * @param now - epoch milliseconds treated as now
 */
export function confirmedLongAgo(reviewed: string, now: number, months = STALE_AFTER_MONTHS): boolean {
  return Date.parse(reviewed) + months * MONTH_MS < now;
}
