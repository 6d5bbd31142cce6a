/**
 * QR codes made without any image service (nothing leaves the browser). Only the module matrix is used: the element
 * draws it as an SVG path with Lit, never through an HTML-string helper.
 *
 * The codes of the bundled numbers are made at build time (awareness-notice.qr-codes.ts): `hart.js` holds them, the
 * module builds fetch them as a small chunk the first time a poster, display or print needs one. The encoder
 * (qrcode-generator) is loaded only when a feed changes what a code holds; a page showing the notice inline loads
 * neither.
 */
import { decodeModules } from './awareness-notice.qr-bits.js';
import { loadBundledQrCodes } from './awareness-notice.qr-codes.js';

/** qrcode-generator's factory (`qrcode(typeNumber, errorCorrectionLevel)`). */
type QrFactory = typeof import('qrcode-generator');

/** A QR code as one SVG path: dark modules in a `size` x `size` box that includes the quiet zone. */
export interface QrPath {
  /** Width and height in modules, quiet zone included. */
  size: number;
  /** SVG path data of the dark modules, one rectangle per horizontal run. */
  d: string;
}

/** Four modules of light margin all round, as the QR standard asks, so phones find the code on any background. */
export const QUIET_ZONE = 4;

let bundled: Record<string, string> | undefined;
let factory: QrFactory | undefined;
let loadingBundled: Promise<unknown> | undefined;
let loadingEncoder: Promise<unknown> | undefined;
const cache = new Map<string, QrPath>();

/** True when {@link qrPath} can draw every one of `texts` now. */
export const qrReady = (texts: readonly string[]): boolean =>
  texts.every((t) => cache.has(t) || bundled?.[t] !== undefined || factory !== undefined);

/**
 * Loads what {@link qrPath} needs to draw `texts`: the prebuilt codes, and the encoder only for a text they do not
 * hold. Rejects when a part cannot be fetched (e.g. `chunks/` missing beside the module build); a later call tries
 * again.
 */
export async function loadQrCodes(texts: readonly string[]): Promise<void> {
  if (!bundled) {
    loadingBundled ??= loadBundledQrCodes().then(
      (codes) => (bundled = codes),
      (err: unknown) => {
        loadingBundled = undefined;
        throw err;
      },
    );
    await loadingBundled;
  }
  if (qrReady(texts)) return;
  loadingEncoder ??= import('qrcode-generator').then(
    (m) => (factory = ((m as { default?: QrFactory }).default ?? m) as QrFactory),
    (err: unknown) => {
      loadingEncoder = undefined;
      throw err;
    },
  );
  await loadingEncoder;
}

/** One rectangle per horizontal run of dark modules, offset by the quiet zone. */
function pathOf(count: number, isDark: (row: number, col: number) => boolean): QrPath {
  let d = '';
  for (let row = 0; row < count; row++) {
    let col = 0;
    while (col < count) {
      if (!isDark(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < count && isDark(row, col)) col++;
      d += `M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${col - start}v1h-${col - start}z`;
    }
  }
  return { size: count + 2 * QUIET_ZONE, d };
}

/**
 * The QR code for `text` (a `tel:` or `sms:` link), error correction level M (about 15% of the code may be damaged
 * or dirty and it still reads); `undefined` until {@link loadQrCodes} has loaded what it needs.
 * @param text - the content, ASCII
 */
export function qrPath(text: string): QrPath | undefined {
  let result = cache.get(text);
  if (result) return result;
  const prebuilt = bundled?.[text];
  if (prebuilt) {
    const { count, isDark } = decodeModules(prebuilt);
    result = pathOf(count, isDark);
  } else if (factory) {
    const qr = factory(0, 'M');
    qr.addData(text, 'Byte');
    qr.make();
    result = pathOf(qr.getModuleCount(), (r, c) => qr.isDark(r, c));
  } else {
    return undefined;
  }
  cache.set(text, result);
  return result;
}
