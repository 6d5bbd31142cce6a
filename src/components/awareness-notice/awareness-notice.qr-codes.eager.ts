/**
 * awareness-notice.qr-codes.ts for `hart.js` (rollup.config.mjs swaps it in): the codes are in the file itself.
 */
import { noticeQrCodes } from '../../sdk/generated/display/notice-qr.js';

export const loadBundledQrCodes = (): Promise<Record<string, string>> => Promise.resolve(noticeQrCodes);
