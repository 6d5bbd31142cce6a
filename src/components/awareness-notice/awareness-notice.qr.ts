/**
 * QR codes made without any image service (nothing leaves the browser), drawn by the element as an SVG path from
 * the module matrix, never through an HTML-string helper.
 *
 * The codes of the bundled numbers are made at build time: `hart.js` holds them, the module builds fetch them as a
 * small chunk the first time a poster, display or print needs one (awareness-notice.qr-codes.ts). The encoder is
 * loaded only when a feed changes what a code holds. A page showing the notice inline loads neither.
 */
import type { QrPath } from './awareness-notice.qr-path.js';
import { loadBundledQr } from './awareness-notice.qr-codes.js';

type Maker = (text: string) => QrPath | undefined;
let bundled: Maker | undefined;
let encoder: Maker | undefined;
const cache = new Map<string, QrPath | undefined>();

/** The QR code for `text` (a `tel:` or `sms:` link); `undefined` until {@link loadQrCodes} has loaded its part. */
export function qrPath(text: string): QrPath | undefined {
  if (!cache.get(text)) cache.set(text, bundled?.(text) ?? encoder?.(text));
  return cache.get(text);
}

/** True when every one of `texts` can be drawn now. */
export const qrReady = (texts: readonly string[]): boolean => texts.every(qrPath);

/**
 * Loads what {@link qrPath} needs for `texts`: the prebuilt codes, and the encoder only for a text they do not hold.
 * Rejects when a part cannot be fetched (a later call tries again).
 */
export async function loadQrCodes(texts: readonly string[]): Promise<void> {
  bundled ??= await loadBundledQr();
  if (!qrReady(texts)) encoder ??= (await import('./awareness-notice.qr-encoder.js')).encodeQrPath;
}
