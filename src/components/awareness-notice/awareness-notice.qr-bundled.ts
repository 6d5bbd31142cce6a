/** The QR codes of the bundled numbers, made at build time (scripts/build-qr.ts), as paths. */
import { noticeQrCodes } from '../../sdk/generated/display/notice-qr.js';
import { decodeModules } from './awareness-notice.qr-bits.js';
import { pathOf, type QrPath } from './awareness-notice.qr-path.js';

/** The prebuilt code for `text`, if the bundled data has one. */
export function bundledQrPath(text: string): QrPath | undefined {
  const packed = noticeQrCodes[text];
  if (!packed) return undefined;
  const { count, isDark } = decodeModules(packed);
  return pathOf(count, isDark);
}
