// The data in data/ as people edited it: valid, sourced, dated, with only valid numbers and https links.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileOf, readDataDir } from '../../src/cli/data-dir.js';
import { checkReferences } from '../../src/sdk/integrity.js';

const dataDir = new URL('../../data/', import.meta.url);
const files = readdirSync(dataDir).filter((f) => f.endsWith('.json'));
const docs = files.map((f) => ({ file: f, doc: JSON.parse(readFileSync(new URL(f, dataDir), 'utf8')) }));

const usPhone = /^(\+1[2-9]\d{2}[2-9]\d{6}|[2-9]11|\d{5,6})$/;

/** Every [path, value] pair under a JSON value. */
function* walk(value: unknown, path = ''): Generator<[string, unknown, Record<string, unknown> | undefined]> {
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) yield* walk(v, `${path}.${i}`);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      yield [`${path}.${k}`, v, value as Record<string, unknown>];
      yield* walk(v, `${path}.${k}`);
    }
  }
}

test('every data file is known and validates record by record with no problems', () => {
  assert.deepEqual(
    files.filter((f) => !Object.values(fileOf).includes(f)),
    [],
    'unknown file in data/',
  );
  const { collections, issues } = readDataDir(new URL('.', dataDir).pathname);
  assert.deepEqual(issues, []);
  assert.deepEqual(checkReferences(collections), []);
  assert.ok(collections.hotlines.length >= 4);
});

test('every record has sources and an ISO reviewed date', () => {
  for (const { file, doc } of docs) {
    for (const r of doc.records) {
      assert.ok(Array.isArray(r.sources) && r.sources.length > 0, `${file}: ${r.id}: no sources`);
      assert.match(r.reviewed, /^\d{4}-\d{2}-\d{2}$/, `${file}: ${r.id}: reviewed`);
      assert.ok(!Number.isNaN(Date.parse(r.reviewed)), `${file}: ${r.id}: reviewed is not a date`);
    }
  }
});

test('every phone number is a valid US number or short code', () => {
  let checked = 0;
  for (const { file, doc } of docs) {
    for (const [path, value, parent] of walk(doc.records)) {
      const isPhoneContact = path.endsWith('.value') && ['voice', 'text', 'textphone'].includes(String(parent?.kind));
      const isPhoneField = /\.(phone|dialIn\.number)$/.test(path) && typeof value === 'string';
      if (isPhoneContact || isPhoneField) {
        assert.match(String(value), usPhone, `${file}${path}`);
        checked++;
      }
    }
  }
  assert.ok(checked >= 8, `only ${checked} numbers found`);
});

test('every URL in the data is https', () => {
  let checked = 0;
  for (const { file, doc } of docs) {
    for (const [path, value] of walk(doc.records)) {
      if (typeof value === 'string' && /^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
        assert.match(value, /^https:\/\//, `${file}${path}`);
        checked++;
      }
    }
  }
  assert.ok(checked > 0);
});

test('the three "What to do" numbers of the HART page are exact', () => {
  const hotlines = docs.find((d) => d.file === 'hotlines.json')!.doc.records;
  const numbers = (id: string) =>
    hotlines.find((h: { id: string }) => h.id === id).contacts.map((c: { value: string }) => c.value);
  assert.deepEqual(numbers('emergency'), ['911']);
  assert.ok(numbers('nhth').includes('+18883737888'));
  assert.ok(numbers('nhth').includes('233733'));
  assert.ok(numbers('careline').includes('+18008422288'));
  assert.ok(numbers('careline').includes('+18006245518'));
  assert.ok(numbers('hsi').includes('+18663472423'));
});

test('hotlines are written in English and Spanish', () => {
  const hotlines = docs.find((d) => d.file === 'hotlines.json')!.doc.records;
  for (const h of hotlines) for (const f of ['name', 'whenToUse']) assert.ok(h[f].en && h[f].es, `${h.id}.${f}`);
});
