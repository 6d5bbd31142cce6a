// Just enough PDF reading for the print tests, in plain Node (no poppler): the page count, and the text of each
// page as Chromium's PDF backend (Skia) writes it: Type0 fonts with a ToUnicode CMap, text shown by Tj/TJ with
// hex glyph strings, Flate-compressed streams, no object streams. Anything else fails loudly, not silently.
import { inflateSync } from 'node:zlib';

interface PdfObject {
  dict: string;
  stream?: Buffer;
}

function parseObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const re = /(\d+) 0 obj\s*([\s\S]*?)endobj/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const body = m[2];
    const at = body.search(/stream\r?\n/);
    if (at < 0) {
      objects.set(Number(m[1]), { dict: body });
      continue;
    }
    const dict = body.slice(0, at);
    const start = at + (body[at + 6] === '\r' ? 8 : 7);
    const raw = Buffer.from(body.slice(start, body.lastIndexOf('endstream')), 'latin1');
    const stream = /\/FlateDecode/.test(dict) ? inflateSync(raw) : raw;
    objects.set(Number(m[1]), { dict, stream });
  }
  if (/\/Type\s*\/ObjStm/.test(text)) throw new Error('PDF uses object streams, which this reader does not handle');
  return objects;
}

/** `/Name N 0 R` pairs of a dictionary entry such as `/Font << ... >>`. */
function refsIn(dict: string, key: string): Map<string, number> {
  const out = new Map<string, number>();
  const m = new RegExp(`/${key}\\s*<<([^>]*)>>`).exec(dict);
  if (!m) return out;
  for (const r of m[1].matchAll(/\/(\S+?)\s+(\d+)\s+0\s+R/g)) out.set(r[1], Number(r[2]));
  return out;
}

const hexToString = (hex: string): string => {
  let s = '';
  for (let i = 0; i + 4 <= hex.length; i += 4) s += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
  return s;
};

/** Glyph code -> Unicode text, from a ToUnicode CMap (bfchar and bfrange). */
function parseCMap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g))
      map.set(parseInt(m[1], 16), hexToString(m[2]));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(<[0-9a-fA-F]+>|\[[^\]]*\])/g)) {
      const lo = parseInt(m[1], 16);
      const hi = parseInt(m[2], 16);
      if (m[3].startsWith('[')) {
        [...m[3].matchAll(/<([0-9a-fA-F]+)>/g)].forEach((d, i) => map.set(lo + i, hexToString(d[1])));
      } else {
        const base = parseInt(m[3].slice(1, -1), 16);
        for (let c = lo; c <= hi; c++) map.set(c, String.fromCharCode(base + c - lo));
      }
    }
  }
  return map;
}

/** A PDF's pages, each with its text (glyph runs joined as they come: words at a line break run together). */
export function readPdf(pdf: Uint8Array): { pages: string[] } {
  const objects = parseObjects(Buffer.from(pdf));
  const cmaps = new Map<number, Map<number, string>>();
  const cmapOfFont = (fontNum: number): Map<number, string> => {
    const cached = cmaps.get(fontNum);
    if (cached) return cached;
    const font = objects.get(fontNum);
    const ref = font && /\/ToUnicode\s+(\d+)\s+0\s+R/.exec(font.dict);
    const stream = ref ? objects.get(Number(ref[1]))?.stream : undefined;
    if (!stream) throw new Error(`font ${fontNum} has no ToUnicode map`);
    const map = parseCMap(stream.toString('latin1'));
    cmaps.set(fontNum, map);
    return map;
  };

  const pages: string[] = [];
  // Pages in the order of the page tree's /Kids.
  const tree = [...objects.values()].find((o) => /\/Type\s*\/Pages\b/.test(o.dict));
  const kids = tree
    ? [...(/\/Kids\s*\[([^\]]*)\]/.exec(tree.dict)?.[1] ?? '').matchAll(/(\d+)\s+0\s+R/g)].map((k) => Number(k[1]))
    : [];
  for (const num of kids) {
    const page = objects.get(num);
    if (!page || !/\/Type\s*\/Page(?![a-zA-Z])/.test(page.dict)) continue;
    const fonts = refsIn(page.dict, 'Font');
    const contents = /\/Contents\s+(\d+)\s+0\s+R/.exec(page.dict);
    const stream = contents ? (objects.get(Number(contents[1]))?.stream?.toString('latin1') ?? '') : '';
    const runs: string[] = [];
    let cmap: Map<number, string> | undefined;
    const decode = (hex: string) => {
      if (!cmap) throw new Error('text shown before a font was set');
      let s = '';
      for (let i = 0; i + 4 <= hex.length; i += 4) s += cmap.get(parseInt(hex.slice(i, i + 4), 16)) ?? '\uFFFD';
      return s;
    };
    const ops = /\/(\S+)\s+[\d.]+\s+Tf|<([0-9a-fA-F]*)>\s*Tj|\[((?:[^\]]|\n)*?)\]\s*TJ/g;
    for (let m = ops.exec(stream); m; m = ops.exec(stream)) {
      if (m[1]) {
        const fontNum = fonts.get(m[1]);
        if (fontNum === undefined) throw new Error(`page ${num} uses unknown font ${m[1]}`);
        cmap = cmapOfFont(fontNum);
      } else if (m[2] !== undefined) {
        runs.push(decode(m[2]));
      } else if (m[3] !== undefined) {
        runs.push([...m[3].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => decode(h[1])).join(''));
      }
    }
    pages.push(runs.join(''));
  }
  const declared = (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []
  ).length;
  if (declared !== pages.length)
    throw new Error(`found ${declared} page objects but read ${pages.length} from the page tree`);
  return { pages };
}

/** A QR code found in a PDF: `size` x `size` modules, quiet zone included; `dark[row][col]`. */
export interface PdfQr {
  size: number;
  dark: boolean[][];
}

/**
 * The QR codes drawn on each page, read back from the PDF's vector paths: an SVG QR code prints as a white
 * `0 0 N N re f` square in module units followed by one black path of rectangles (`m`/`l`/`h`, filled by `f`).
 */
export function readPdfQrCodes(pdf: Uint8Array): PdfQr[][] {
  const objects = parseObjects(Buffer.from(pdf));
  const tree = [...objects.values()].find((o) => /\/Type\s*\/Pages\b/.test(o.dict));
  const kids = [...(/\/Kids\s*\[([^\]]*)\]/.exec(tree?.dict ?? '')?.[1] ?? '').matchAll(/(\d+)\s+0\s+R/g)].map((k) =>
    Number(k[1]),
  );
  return kids.map((num) => {
    const page = objects.get(num)!;
    const contents = /\/Contents\s+(\d+)\s+0\s+R/.exec(page.dict);
    const stream = contents ? (objects.get(Number(contents[1]))?.stream?.toString('latin1') ?? '') : '';
    const codes: PdfQr[] = [];
    const re = /\b0 0 (\d+) \1 re\s+f\s+0 0 0 RG 0 0 0 rg\s+((?:-?[\d.]+ -?[\d.]+ [ml]\s+|h\s+)+)f\b/g;
    for (let m = re.exec(stream); m; m = re.exec(stream)) {
      const size = Number(m[1]);
      const dark = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
      for (const sub of m[2].split(/\bh\b/)) {
        const pts = [...sub.matchAll(/(-?[\d.]+) (-?[\d.]+) [ml]/g)].map((p) => [Number(p[1]), Number(p[2])]);
        if (!pts.length) continue;
        const xs = pts.map((p) => Math.round(p[0]));
        const ys = pts.map((p) => Math.round(p[1]));
        for (let y = Math.min(...ys); y < Math.max(...ys); y++)
          for (let x = Math.min(...xs); x < Math.max(...xs); x++) dark[y][x] = true;
      }
      codes.push({ size, dark });
    }
    return codes;
  });
}

/** A QR code as RGBA pixels (`scale` px per module, on white), for a QR reader such as jsQR. */
export function qrPixels({ size, dark }: PdfQr, scale = 8): { data: Uint8ClampedArray; width: number; height: number } {
  const width = size * scale;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  for (let y = 0; y < width; y++) {
    for (let x = 0; x < width; x++) {
      if (!dark[Math.floor(y / scale)][Math.floor(x / scale)]) continue;
      const i = (y * width + x) * 4;
      data[i] = data[i + 1] = data[i + 2] = 0;
    }
  }
  return { data, width, height: width };
}

/** Text without any whitespace: line breaks in a PDF fall anywhere, so tests compare text this way. */
export const squash = (s: string): string => s.replace(/\s+/g, '');
