// A malformed data file fails the build with a message naming file, record and field.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

function buildWith(edit: (dir: string) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'hart-data-'));
  try {
    cpSync(join(root, 'data'), dir, { recursive: true });
    edit(dir);
    return spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/build-data.ts')], {
      cwd: root,
      env: { ...process.env, HART_DATA_DIR: dir, HART_DRY_RUN: '1' },
      encoding: 'utf8',
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const editJson = (file: string, change: (doc: { records: Record<string, unknown>[] }) => void) => {
  const doc = JSON.parse(readFileSync(file, 'utf8'));
  change(doc);
  writeFileSync(file, JSON.stringify(doc));
};

test('deleting a required field from a provider fails the build, naming the provider and the field', () => {
  let id = '';
  const run = buildWith((dir) =>
    editJson(join(dir, 'providers.json'), (doc) => {
      id = String(doc.records[0].id);
      delete doc.records[0].description;
    }),
  );
  assert.equal(run.status, 1, run.stdout);
  assert.match(run.stderr, new RegExp(`data/providers\\.json: ${id}: description: `));
});

test('a wrong phone number inside a hotline fails the build with its field path', () => {
  const run = buildWith((dir) =>
    editJson(join(dir, 'hotlines.json'), (doc) => {
      (doc.records[1].contacts as { value: string }[])[0].value = '+1888373788';
    }),
  );
  assert.equal(run.status, 1);
  assert.match(run.stderr, /data\/hotlines\.json: nhth: contacts\.0\.value: must be a US number/);
});

test('a file that is not JSON fails the build naming the file', () => {
  const run = buildWith((dir) => writeFileSync(join(dir, 'events.json'), '{ "records": [ }'));
  assert.equal(run.status, 1);
  assert.match(run.stderr, /data\/events\.json: \(file\): \(record\): not valid JSON/);
});

test('valid data passes (dry run writes nothing)', () => {
  const run = buildWith(() => {});
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /data ok: hotlines \d+/);
});
