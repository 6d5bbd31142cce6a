/**
 * The QR codes of the bundled numbers, made at build time (scripts/build-qr.ts). In the module builds this is a
 * small chunk fetched only by posters, displays and printing. `hart.js` is built with
 * awareness-notice.qr-codes.eager.ts in its place (rollup.config.mjs), so that one file needs no chunk for them.
 */
export const loadBundledQrCodes = (): Promise<Record<string, string>> =>
  import('../../sdk/generated/display/notice-qr.js').then((m) => m.noticeQrCodes);
