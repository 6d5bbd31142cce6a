/**
 * QR codes made on the page with qrcode-generator (no image service, nothing leaves the browser). Only the module
 * matrix is used: the element draws it as an SVG path with Lit, never through the library's HTML-string helpers.
 *
 * The library is loaded on demand (a separate chunk in the script-tag build): only posters, lobby displays and
 * printing need it, so a page showing the notice inline does not download it.
 */

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

let factory: QrFactory | undefined;
let loading: Promise<QrFactory> | undefined;
const cache = new Map<string, QrPath>();

/** Loads the QR encoder once; later calls share the same promise. */
export function loadQrEncoder(): Promise<QrFactory> {
  loading ??= import('qrcode-generator').then((m) => {
    factory = ((m as { default?: QrFactory }).default ?? m) as QrFactory;
    return factory;
  });
  return loading;
}

/** True once {@link loadQrEncoder} has finished. */
export const qrEncoderReady = (): boolean => factory !== undefined;

/**
 * The QR code for `text` (a `tel:` or `sms:` link), error correction level M (about 15% of the code may be damaged
 * or dirty and it still reads); `undefined` until the encoder has loaded.
 * @param text - the content, ASCII
 */
export function qrPath(text: string): QrPath | undefined {
  const hit = cache.get(text);
  if (hit || !factory) return hit;
  const qr = factory(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const count = qr.getModuleCount();
  let d = '';
  for (let row = 0; row < count; row++) {
    let col = 0;
    while (col < count) {
      if (!qr.isDark(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < count && qr.isDark(row, col)) col++;
      d += `M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${col - start}v1h-${col - start}z`;
    }
  }
  const result = { size: count + 2 * QUIET_ZONE, d };
  cache.set(text, result);
  return result;
}
