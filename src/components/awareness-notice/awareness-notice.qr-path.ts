/** A QR code's module matrix as one SVG path (shared by the prebuilt codes and the encoder, both loaded later). */

/** A QR code as one SVG path: dark modules in a `size` x `size` box that includes the quiet zone. */
export interface QrPath {
  /** Width and height in modules, quiet zone included. */
  size: number;
  /** SVG path data of the dark modules, one rectangle per horizontal run. */
  d: string;
}

/** Four modules of light margin all round, as the QR standard asks, so phones find the code on any background. */
export const QUIET_ZONE = 4;

/** One rectangle per horizontal run of dark modules, offset by the quiet zone. */
export function pathOf(count: number, isDark: (row: number, col: number) => boolean): QrPath {
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
