/**
 * The QR encoder (qrcode-generator), loaded only when a feed changes what a code holds: error correction level M
 * (about 15% of the code may be damaged or dirty and it still reads), the version the content needs, byte mode.
 * scripts/build-qr.ts makes the prebuilt codes with the same settings.
 */
import qrcode from 'qrcode-generator';
import { pathOf, type QrPath } from './awareness-notice.qr-path.js';

/** The code for `text` (ASCII). */
export function encodeQrPath(text: string): QrPath {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  return pathOf(qr.getModuleCount(), (r, c) => qr.isDark(r, c));
}
