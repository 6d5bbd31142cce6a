/**
 * Text normalization shared by the taxonomy, the search index and anyone who wants to match the same way:
 * case- and accent-insensitive (`Abogado` = `abogado`, `albergué` = `albergue`), words split on anything that is not a
 * letter or digit, a light plural fold and a short list of English and Spanish stop words.
 *
 * @module
 */

/** Lowercase, without accents (`Terapía` -> `terapia`, `niño` -> `nino`). */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/**
 * Words that say nothing about which help someone needs ("help", "ayuda", "near me"). Dropped from queries so that
 * "legal help" or "necesito ayuda legal" search for `legal` only; never dropped from what is indexed, which is harmless.
 */
export const stopWords: ReadonlySet<string> = /* @__PURE__ */ new Set([
  // English
  'a',
  'an',
  'and',
  'or',
  'the',
  'of',
  'for',
  'to',
  'in',
  'on',
  'at',
  'by',
  'with',
  'from',
  'my',
  'me',
  'i',
  'we',
  'our',
  'your',
  'is',
  'are',
  'it',
  'am',
  'need',
  'needs',
  'want',
  'get',
  'find',
  'looking',
  'help',
  'near',
  'service',
  'services',
  'program',
  'programs',
  'someone',
  'please',
  // Spanish
  'un',
  'una',
  'unos',
  'unas',
  'el',
  'la',
  'los',
  'las',
  'lo',
  'de',
  'del',
  'al',
  'y',
  'e',
  'o',
  'u',
  'para',
  'por',
  'con',
  'sin',
  'en',
  'mi',
  'mis',
  'su',
  'sus',
  'que',
  'es',
  'necesito',
  'necesita',
  'busco',
  'buscar',
  'quiero',
  'ayuda',
  'ayudar',
  'cerca',
  'servicio',
  'servicios',
  'programa',
  'programas',
  'alguien',
  'favor',
]);

/**
 * Folds one word to its index form: plural `s` removed from words longer than three letters (`lawyers` -> `lawyer`,
 * `abogados` -> `abogado`), but not from `ss` (`access`). Applied the same way to queries and to indexed text.
 */
export function stem(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

const wordPattern = /[\p{L}\p{N}]+/gu;
/** Text with a character past Latin Extended-A takes the general (slower) Unicode path. */
// eslint-disable-next-line no-control-regex -- a character range starting at NUL
const beyondLatin = /[^\x00-\u017f]/;
// eslint-disable-next-line no-control-regex -- a character range starting at NUL
const nonAscii = /[^\x00-\x7f]/;

let foldTable: Uint16Array | undefined;

/**
 * For every character up to U+017F (ASCII, Latin-1, Latin Extended-A: all of English and Spanish), the character it
 * folds to, or 0 when it is not part of a word. Built once from {@link foldText}, so the fast scan and the general
 * path can never disagree. 0xFFFF marks a character that folds to more than one (none today; handled anyway).
 */
function latinFolds(): Uint16Array {
  if (foldTable) return foldTable;
  const table = new Uint16Array(0x180);
  const letter = /^[\p{L}\p{N}]+$/u;
  for (let c = 0; c < table.length; c++) {
    const f = foldText(String.fromCharCode(c));
    if (f && letter.test(f)) table[c] = f.length === 1 ? f.charCodeAt(0) : 0xffff;
  }
  return (foldTable = table);
}

/**
 * Scans the words of `text` as folded character codes: calls `word(codes, length)` for each, with the plural `s`
 * already dropped (the same rule as {@link stem}). Returns false when the text needs the general Unicode path.
 */
function scanLatin(text: string, word: (codes: Uint16Array, length: number) => void): boolean {
  if (beyondLatin.test(text)) return false;
  const table = latinFolds();
  const codes = scratch.length >= text.length ? scratch : (scratch = new Uint16Array(text.length * 2));
  let n = 0;
  for (let i = 0; i <= text.length; i++) {
    const f = i < text.length ? table[text.charCodeAt(i)] : 0;
    if (f === 0xffff) return false;
    if (f) {
      codes[n++] = f;
      continue;
    }
    if (n) {
      if (n > 3 && codes[n - 1] === 115 && codes[n - 2] !== 115) n--;
      word(codes, n);
      n = 0;
    }
  }
  return true;
}
let scratch = new Uint16Array(256);

function wordOf(codes: Uint16Array, length: number): string {
  if (length <= 256) return String.fromCharCode(...codes.subarray(0, length));
  let word = ''; // a very long "word" (pasted data): spread arguments have a limit
  for (let k = 0; k < length; k += 256) word += String.fromCharCode(...codes.subarray(k, Math.min(length, k + 256)));
  return word;
}

/**
 * Calls `visit` with the index form of each word of `text`, in order (no array is built: the index calls this for
 * every text of every service).
 */
export function eachWord(text: string, visit: (word: string) => void): void {
  if (!nonAscii.test(text)) {
    // Plain ASCII: lowercase once and slice the words out (cheaper than building each word from codes).
    const lower = text.toLowerCase();
    const table = latinFolds();
    const len = lower.length;
    let i = 0;
    while (i < len) {
      while (i < len && !table[lower.charCodeAt(i)]) i++;
      const start = i;
      while (i < len && table[lower.charCodeAt(i)]) i++;
      if (i > start) {
        const end = i - start > 3 && lower.charCodeAt(i - 1) === 115 && lower.charCodeAt(i - 2) !== 115 ? i - 1 : i;
        visit(lower.slice(start, end));
      }
    }
    return;
  }
  // English and Spanish need no Unicode normalization: a table-driven scan skips it and the per-word strings of the
  // general path below.
  if (scanLatin(text, (codes, length) => visit(wordOf(codes, length)))) return;
  const folded = foldText(text);
  wordPattern.lastIndex = 0;
  for (let m = wordPattern.exec(folded); m; m = wordPattern.exec(folded)) visit(stem(m[0]));
}

/**
 * The index forms of the words of `text`, in order, duplicates kept.
 * @param text - any text
 */
export function tokenize(text: string): string[] {
  const words: string[] = [];
  eachWord(text, (w) => words.push(w));
  return words;
}

/**
 * The words of a query to search for: tokenized, without stop words, without duplicates. A query made only of stop
 * words ("help") yields no terms, which searches for everything.
 * @param query - what the person typed
 */
export function queryTerms(query: string): string[] {
  const seen = new Set<string>();
  for (const word of foldText(query).match(wordPattern) ?? []) {
    if (stopWords.has(word)) continue;
    seen.add(stem(word));
  }
  return [...seen];
}

/** Shortest query term matched as a prefix (`abog` finds `abogado`); shorter terms must match a whole word. */
export const MIN_PREFIX = 3;

/**
 * How a query term matches an indexed word: 2 = the same word, 1 = the term begins the word (terms of three or more
 * letters only), 0 = no match.
 */
export function termMatch(term: string, word: string): 0 | 1 | 2 {
  if (term === word) return 2;
  return term.length >= MIN_PREFIX && word.startsWith(term) ? 1 : 0;
}

/**
 * Gives each distinct index word a number, reading words straight from the text: no string is made for a word it
 * has already seen (the search index reads every word of every service, and most repeat). Same rules as
 * {@link eachWord}.
 */
export class WordTable {
  /** The words, by number. */
  readonly words: string[] = [];
  private slots = new Int32Array(1 << 12).fill(-1);
  private hashes: number[] = [];

  /** Calls `visit` with the number of each word of `text`, in order. */
  eachId(text: string, visit: (id: number) => void): void {
    if (scanLatin(text, (codes, length) => visit(this.idOf(codes, length)))) return;
    eachWord(text, (w) => {
      const codes = Uint16Array.from(w, (ch) => ch.charCodeAt(0));
      visit(this.idOf(codes, codes.length));
    });
  }

  private idOf(codes: Uint16Array, length: number): number {
    let h = 0x811c9dc5;
    for (let k = 0; k < length; k++) h = Math.imul(h ^ codes[k], 0x01000193);
    h >>>= 0;
    const mask = this.slots.length - 1;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const id = this.slots[s];
      if (id < 0) {
        const word = wordOf(codes, length);
        const created = this.words.push(word) - 1;
        this.hashes.push(h);
        this.slots[s] = created;
        if (this.words.length * 2 > this.slots.length) this.grow();
        return created;
      }
      if (this.hashes[id] === h && sameCodes(this.words[id], codes, length)) return id;
    }
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = this.slots.length - 1;
    this.hashes.forEach((h, id) => {
      let s = h & mask;
      while (this.slots[s] >= 0) s = (s + 1) & mask;
      this.slots[s] = id;
    });
  }
}

function sameCodes(word: string, codes: Uint16Array, length: number): boolean {
  if (word.length !== length) return false;
  for (let k = 0; k < length; k++) if (word.charCodeAt(k) !== codes[k]) return false;
  return true;
}
