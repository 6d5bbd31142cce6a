// The WordPress plugin as built by `npm run build` (scripts/wordpress/build.mjs): the zip and what is in it, the
// element definitions it carries, and its Spanish. Its behaviour in a real WordPress: test/wordpress/.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { inflateRawSync } from 'node:zlib';
// @ts-expect-error plain ES module without types
import { elementDefinitions } from '../../scripts/wordpress/build.mjs';
// @ts-expect-error plain ES module without types
import { compileMo, parsePo } from '../../scripts/wordpress/po.mjs';
// @ts-expect-error plain ES module without types
import { crc32 } from '../../scripts/wordpress/zip.mjs';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root));
const { version } = JSON.parse(read('package.json').toString());
const manifest = JSON.parse(read('custom-elements.json').toString());
const source = 'wordpress/hart-widgets/';
const phpFiles = [
  'hart-widgets.php',
  'uninstall.php',
  ...readdirSync(new URL(`${source}includes`, root)).map((f) => `includes/${f}`),
];

/** Every file of a zip archive by name, checked against its CRC-32. */
function unzip(data: Buffer): Map<string, Buffer> {
  const end = data.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = data.readUInt16LE(end + 10);
  let at = data.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    assert.equal(data.readUInt32LE(at), 0x02014b50, 'central directory entry');
    const method = data.readUInt16LE(at + 10);
    const crc = data.readUInt32LE(at + 16);
    const packed = data.readUInt32LE(at + 20);
    const nameLength = data.readUInt16LE(at + 28);
    const extra = data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
    const local = data.readUInt32LE(at + 42);
    const name = data.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
    const body = data.subarray(start, start + packed);
    const content = method === 8 ? inflateRawSync(body) : Buffer.from(body);
    assert.equal(crc32(content), crc, `${name}: CRC-32`);
    files.set(name, content);
    at += 46 + nameLength + extra;
  }
  return files;
}

/** The translated entries of a .mo file. */
function readMo(data: Buffer): Map<string, string> {
  assert.equal(data.readUInt32LE(0), 0x950412de);
  const n = data.readUInt32LE(8);
  const ids = data.readUInt32LE(12);
  const strs = data.readUInt32LE(16);
  const at = (table: number, i: number) => {
    const length = data.readUInt32LE(table + i * 8);
    const offset = data.readUInt32LE(table + i * 8 + 4);
    return data.subarray(offset, offset + length).toString('utf8');
  };
  return new Map(Array.from({ length: n }, (_, i) => [at(ids, i), at(strs, i)]));
}

/** The strings of the plugin's PHP that go through gettext, plus the translatable header fields. */
function phpStrings(): Set<string> {
  const strings = new Set<string>();
  for (const file of phpFiles) {
    const php = read(source + file).toString();
    for (const m of php.matchAll(/\b(?:__|esc_html__|esc_attr__)\(\s*'((?:[^'\\]|\\.)*)',\s*'([^']+)'\s*\)/g)) {
      assert.equal(m[2], 'hart-widgets', `${file}: text domain of "${m[1]}"`);
      strings.add(m[1].replace(/\\'/g, "'"));
    }
    for (const m of php.matchAll(/^ \* (?:Plugin Name|Description):\s+(.+)$/gm)) strings.add(m[1].trim());
  }
  return strings;
}

const po = parsePo(read(`${source}languages/hart-widgets-es_ES.po`).toString()) as { id: string; str: string }[];
const zip = unzip(read(`dist/wordpress/hart-widgets-${version}.zip`));

describe('the plugin zip', () => {
  it('holds the plugin folder with this version', () => {
    const main = zip.get('hart-widgets/hart-widgets.php')!.toString();
    assert.match(main, new RegExp(`^ \\* Version:\\s+${version.replace(/\./g, '\\.')}$`, 'm'));
    assert.ok(main.includes(`define( 'HART_WIDGETS_VERSION', '${version}' );`));
    assert.match(zip.get('hart-widgets/readme.txt')!.toString(), new RegExp(`^Stable tag: ${version}$`, 'm'));
    for (const file of [...phpFiles, 'assets/editor.js', 'readme.txt', 'languages/hart-widgets-es_ES.po'])
      assert.ok(zip.has(`hart-widgets/${file}`), file);
    assert.ok([...zip.keys()].every((name) => name.startsWith('hart-widgets/')));
  });

  it("bundles this version's dist/cdn byte for byte, without source maps", () => {
    const cdn = [...zip.keys()].filter((n) => n.startsWith('hart-widgets/cdn/'));
    assert.ok(
      cdn.every((n) => !n.endsWith('.map')),
      'no source maps',
    );
    const sri = JSON.parse(read('dist/cdn/sri.json').toString()) as Record<string, string>;
    for (const file of [...Object.keys(sri), 'sri.json'])
      assert.deepEqual(zip.get(`hart-widgets/cdn/${file}`), read(`dist/cdn/${file}`), file);
  });

  it('carries the tags and documented attributes of custom-elements.json, with the plain fallbacks', () => {
    const carried = JSON.parse(zip.get('hart-widgets/elements.json')!.toString());
    assert.deepEqual(carried.elements, elementDefinitions(manifest));
    const tags = Object.keys(carried.elements);
    assert.deepEqual(tags.sort(), [
      'hart-awareness-notice',
      'hart-event-list',
      'hart-hotline-banner',
      'hart-provider-finder',
      'hart-quick-exit',
      'hart-red-flags',
    ]);
    assert.deepEqual(carried.elements['hart-red-flags'].attributes.audience, {
      type: 'enum',
      values: ['general', 'hospitality', 'education', 'healthcare', 'youth'],
    });
    assert.deepEqual(carried.elements['hart-quick-exit'].attributes.href, { type: 'url' });
    assert.match(carried.fallbacks['hart-hotline-banner'].es, /href="tel:\+18883737888"/);
    assert.match(carried.fallbacks['hart-quick-exit'].es, />Salir de esta página</);
  });

  it('compiles the Spanish .po into the .mo WordPress loads', () => {
    const mo = zip.get('hart-widgets/languages/hart-widgets-es_ES.mo')!;
    assert.deepEqual(mo, compileMo(po));
    const entries = readMo(mo);
    assert.equal(entries.get('Quick exit'), 'Salida rápida');
    assert.match(entries.get('')!, /Language: es_ES/);
    assert.equal(entries.size, po.length);
  });
});

describe('the plugin speaks Spanish', () => {
  it('every string of its own UI has a Spanish translation, and the catalog has no stale entry', () => {
    const ids = new Set(po.filter((e) => e.id !== '').map((e) => e.id));
    assert.deepEqual(
      [...phpStrings()].filter((s) => !ids.has(s)),
      [],
      'strings missing from the .po',
    );
    assert.deepEqual(
      [...ids].filter((s) => !phpStrings().has(s)),
      [],
      'entries no string uses',
    );
    for (const e of po) assert.notEqual(e.str, '', `"${e.id}" is translated`);
    for (const e of po) if (e.id !== '') assert.notEqual(e.str, e.id, `"${e.id}" is Spanish`);
  });

  it('the block editor has a label for every element, attribute and value of custom-elements.json', () => {
    const labels = read(`${source}includes/labels.php`).toString();
    const keysOf = (fn: string) => {
      const body = labels.slice(labels.indexOf(`function ${fn}(`));
      return new Set([...body.slice(0, body.indexOf('\n}')).matchAll(/^\t\t'([a-z-]+)'\s+=>/gm)].map((m) => m[1]));
    };
    const elements = elementDefinitions(manifest) as Record<
      string,
      { attributes: Record<string, { values?: string[] }> }
    >;
    const attributes = Object.values(elements).flatMap((e) => Object.entries(e.attributes));
    const missing = (have: Set<string>, want: string[]) => [...new Set(want)].filter((w) => !have.has(w));
    assert.deepEqual(missing(keysOf('hart_widgets_element_labels'), Object.keys(elements)), []);
    assert.deepEqual(
      missing(
        keysOf('hart_widgets_attribute_labels'),
        attributes.map(([name]) => name),
      ),
      [],
    );
    assert.deepEqual(
      missing(
        keysOf('hart_widgets_value_labels'),
        attributes.flatMap(([, a]) => a.values ?? []),
      ),
      [],
    );
  });
});
