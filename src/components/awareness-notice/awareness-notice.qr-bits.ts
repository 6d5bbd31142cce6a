/**
 * A QR code's module matrix as a short string, so codes made at build time cost a few hundred bytes in the bundle:
 * `<module count>:<base64 of the dark modules, row by row, one bit each, first module in the high bit>`.
 */

/** Packs a `count` x `count` matrix. */
export function encodeModules(count: number, isDark: (row: number, col: number) => boolean): string {
  const bytes = new Uint8Array(Math.ceil((count * count) / 8));
  for (let i = 0; i < count * count; i++) if (isDark(Math.floor(i / count), i % count)) bytes[i >> 3] |= 128 >> (i & 7);
  return `${count}:${btoa(String.fromCharCode(...bytes))}`;
}

/** Unpacks {@link encodeModules}' string: the module count and a dark-module test. */
export function decodeModules(packed: string): { count: number; isDark: (row: number, col: number) => boolean } {
  const [n, b64] = packed.split(':');
  const count = Number(n);
  const bits = atob(b64);
  return {
    count,
    isDark: (row, col) => {
      const i = row * count + col;
      return ((bits.charCodeAt(i >> 3) >> (7 - (i & 7))) & 1) === 1;
    },
  };
}
