/**
 * Building links from data. Only `https:`, `tel:`, `sms:` and `mailto:` links are ever produced: anything else
 * (javascript:, data:, http:) is refused, so data can never become script.
 *
 * @module
 */
import type { ContactPoint } from './types.js';

/** URL schemes data may link to. */
export const allowedSchemes = ['https:', 'tel:', 'sms:', 'mailto:'] as const;

/**
 * Returns the URL when its scheme is allowed, otherwise `undefined`.
 * @param url - a URL from data
 */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const trimmed = url.trim();
  const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(trimmed)?.[1]?.toLowerCase();
  if (!scheme || !(allowedSchemes as readonly string[]).includes(scheme)) return undefined;
  if (/[\s<>"]/.test(trimmed)) return undefined;
  return trimmed;
}

/** Digits and a leading + of a phone value (E.164 or short code). */
function dialable(value: string): string {
  return value.replace(/[^\d+]/g, '');
}

/**
 * `tel:` link for a phone value. `pauseThen` is dialled after a pause (`,`), e.g. a conference access code.
 * @param value - E.164 number or short code
 * @param pauseThen - digits (and `#`) to send after the call connects
 */
export function telHref(value: string, pauseThen?: string): string {
  const tail = pauseThen ? ',,' + pauseThen.replace(/[^\d#*]/g, '').replace(/#/g, '%23') : '';
  return `tel:${dialable(value)}${tail}`;
}

/**
 * `sms:` link, with an optional message body (the hotline's keyword): `sms:233733?&body=HELP`.
 *
 * `?&body=` fills the message on both phone systems (docs/hotline-banner.md, "Text links"): Android's messaging app
 * reads `body=` among the `&`-separated fields after `?` (as RFC 5724 writes them), while iOS Messages has read
 * `&body=` since iOS 8 and documents no body at all. The empty field before `&` is ignored by both.
 * @param value - number or short code
 * @param body - text to prefill
 */
export function smsHref(value: string, body?: string): string {
  return `sms:${dialable(value)}${body ? `?&body=${encodeURIComponent(body)}` : ''}`;
}

/**
 * The link for a contact point, or `undefined` when its value is not safe to link.
 * @param contact - a contact point from data
 */
export function contactHref(contact: ContactPoint): string | undefined {
  switch (contact.kind) {
    case 'voice':
    case 'textphone':
      return telHref(contact.value, contact.extension);
    case 'text':
      return smsHref(contact.value, contact.keyword);
    case 'email':
      return safeHref(`mailto:${contact.value}`);
    case 'chat':
    case 'web':
      return safeHref(contact.value);
  }
}

/**
 * A phone number as people write it: `1-888-373-7888`; short codes unchanged.
 * @param value - E.164 number or short code
 */
export function displayPhone(value: string): string {
  const m = /^\+1(\d{3})(\d{3})(\d{4})$/.exec(value);
  return m ? `1-${m[1]}-${m[2]}-${m[3]}` : value;
}

/**
 * How a contact point is written for people: its `display` when the data gives one, else a phone value (call, text,
 * TTY) formatted with {@link displayPhone}, else the value itself (an address).
 * @param contact - a contact point from data
 */
export function contactDisplay(contact: ContactPoint): string {
  if (contact.display) return contact.display;
  return contact.kind === 'voice' || contact.kind === 'text' || contact.kind === 'textphone'
    ? displayPhone(contact.value)
    : contact.value;
}
