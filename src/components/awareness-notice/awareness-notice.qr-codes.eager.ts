/** awareness-notice.qr-codes.ts for `hart.js` (rollup.config.mjs swaps it in): the codes are in the file itself. */
import { bundledQrPath } from './awareness-notice.qr-bundled.js';

export const loadBundledQr = () => Promise.resolve(bundledQrPath);
