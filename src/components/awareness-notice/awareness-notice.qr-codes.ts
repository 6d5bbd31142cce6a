/**
 * The QR codes of the bundled numbers (awareness-notice.qr-bundled.ts). In the module builds a small chunk fetched
 * only by posters, displays and printing. `hart.js` is built with awareness-notice.qr-codes.eager.ts in this
 * module's place (rollup.config.mjs), so that one file needs no chunk for them.
 */
export const loadBundledQr = () => import('./awareness-notice.qr-bundled.js').then((m) => m.bundledQrPath);
