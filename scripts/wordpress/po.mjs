// Gettext for the WordPress plugin: reads a .po file and compiles it to the .mo WordPress loads (no msgfmt needed).
// Supports what the plugin's catalog uses: msgid/msgstr with multi-line strings and C escapes; no plurals, no context.

const unescape = (s) => s.replace(/\\(["\\nt])/g, (_, c) => ({ n: '\n', t: '\t', '"': '"', '\\': '\\' })[c]);

/**
 * The entries of a .po file, in file order: [{ id, str }]; the header is the entry with id ''.
 * @param {string} text
 * @returns {{ id: string, str: string }[]}
 */
export function parsePo(text) {
  const entries = [];
  let current = null;
  let field = null;
  const flush = () => {
    if (current && current.id !== undefined && current.str !== undefined) entries.push(current);
    current = null;
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) {
      if (line === '') flush();
      continue;
    }
    const m = /^(msgid|msgstr|msgctxt|msgid_plural|msgstr\[\d+\])\s+"(.*)"$/.exec(line);
    if (m) {
      if (m[1] !== 'msgid' && m[1] !== 'msgstr') throw new Error(`.po: ${m[1]} is not supported: ${line}`);
      if (m[1] === 'msgid') {
        flush();
        current = {};
      }
      field = m[1] === 'msgid' ? 'id' : 'str';
      current[field] = unescape(m[2]);
    } else if (/^"(.*)"$/.test(line) && current && field) {
      current[field] += unescape(line.slice(1, -1));
    } else {
      throw new Error(`.po: cannot read line: ${raw}`);
    }
  }
  flush();
  return entries;
}

/**
 * The .mo bytes (little-endian, no hash table) of the translated entries; untranslated ones are left out.
 * @param {{ id: string, str: string }[]} entries
 * @returns {Buffer}
 */
export function compileMo(entries) {
  const kept = entries
    .filter((e) => e.str !== '')
    .map((e) => ({ id: Buffer.from(e.id, 'utf8'), str: Buffer.from(e.str, 'utf8') }))
    .sort((a, b) => Buffer.compare(a.id, b.id));
  const n = kept.length;
  const idsTable = 28;
  const strsTable = idsTable + n * 8;
  let cursor = strsTable + n * 8;
  const header = Buffer.alloc(cursor);
  header.writeUInt32LE(0x950412de, 0);
  header.writeUInt32LE(0, 4);
  header.writeUInt32LE(n, 8);
  header.writeUInt32LE(idsTable, 12);
  header.writeUInt32LE(strsTable, 16);
  header.writeUInt32LE(0, 20);
  header.writeUInt32LE(cursor, 24);
  const blobs = [];
  const place = (buf, table, i) => {
    header.writeUInt32LE(buf.length, table + i * 8);
    header.writeUInt32LE(cursor, table + i * 8 + 4);
    blobs.push(buf, Buffer.alloc(1));
    cursor += buf.length + 1;
  };
  kept.forEach((e, i) => place(e.id, idsTable, i));
  kept.forEach((e, i) => place(e.str, strsTable, i));
  return Buffer.concat([header, ...blobs]);
}
