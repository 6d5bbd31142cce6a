// The data tools for the people who keep the data: messages as `file: id: field: problem`, exit 1 on errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/hart-data.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

function withData(edit: (dir: string) => void, run: (dir: string) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'hart-cli-'));
  try {
    cpSync(join(root, 'data'), join(dir, 'data'), { recursive: true });
    edit(join(dir, 'data'));
    run(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const cli = (args: string[]) => {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(
    args,
    (l) => out.push(l),
    (l) => err.push(l),
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
};
const edit = (dir: string, file: string, change: (records: Record<string, any>[]) => void) => {
  const doc = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  change(doc.records);
  writeFileSync(join(dir, file), JSON.stringify(doc));
};

test('check: valid data passes (exit 0); records not reviewed for 12 months are warnings', () => {
  withData(
    () => {},
    (dir) => {
      const fresh = cli(['check', '--data', join(dir, 'data'), '--now', '2026-12-01']);
      assert.equal(fresh.code, 0, fresh.err);
      assert.match(
        fresh.out,
        /^warning: data\/providers\.json: love146: reviewed: not reviewed for \d+ months \(2019-08-01\)/m,
      );
      assert.doesNotMatch(fresh.out, /data\/hotlines\.json: nhth: reviewed/);
      const later = cli(['check', '--data', join(dir, 'data'), '--now', '2028-06-01']);
      assert.match(later.out, /warning: data\/hotlines\.json: nhth: reviewed: not reviewed for 18 months/);
    },
  );
});

test('check: past events still marked scheduled are warnings', () => {
  withData(
    () => {},
    (dir) => {
      const r = cli(['check', '--data', join(dir, 'data'), '--now', '2019-09-01']);
      assert.match(
        r.out,
        /warning: data\/events\.json: dcst-2019-101: status: ended 2019-08-14 but is still "scheduled"/,
      );
      assert.doesNotMatch(r.out, /dcst-2019-juvenile-defenders: status/);
    },
  );
});

test('check: an invalid number, a bad link, a duplicate id and a dangling reference are errors (exit 1)', () => {
  withData(
    (data) => {
      edit(data, 'hotlines.json', (r) => (r[2].contacts[0].value = '+1800842228'));
      edit(data, 'resources.json', (r) => {
        r.find((x) => x.url)!.url = 'http://insecure.example.org/';
        r.push(structuredClone(r[0]));
      });
      edit(data, 'red-flags.json', (r) => (r[0].whatToDo[0].hotlines = ['no-such-line']));
    },
    (dir) => {
      const r = cli(['check', '--data', join(dir, 'data')]);
      assert.equal(r.code, 1);
      assert.match(r.err, /error: data\/hotlines\.json: careline: contacts\.0\.value: must be a US number/);
      assert.match(r.err, /error: data\/resources\.json: [a-z0-9-]+: url: must be an https: URL/);
      assert.match(r.err, /error: data\/resources\.json: [a-z0-9-]+: id: duplicate id/);
      assert.match(
        r.err,
        /error: data\/red-flags\.json: [a-z0-9-]+: whatToDo\.0\.hotlines\.0: refers to unknown hotline "no-such-line"/,
      );
    },
  );
});

test('check: records that name an invalid hotline point at its problem, not at an "unknown" hotline', () => {
  withData(
    (data) => edit(data, 'hotlines.json', (r) => (r.find((h) => h.id === 'nhth')!.scope = 'State')),
    (dir) => {
      const r = cli(['check', '--data', join(dir, 'data')]);
      assert.equal(r.code, 1);
      assert.match(
        r.err,
        /^error: data\/hotlines\.json: nhth: scope: must be one of: national, state \(found "State"\)$/m,
      );
      assert.match(
        r.err,
        /^error: data\/notice\.json: [a-z0-9-]+: qr\.hotline: refers to hotline "nhth", which has a problem of its own \(fix that first\)$/m,
      );
      assert.match(
        r.err,
        /^error: data\/red-flags\.json: general: whatToDo\.\d+\.hotlines\.\d+: refers to hotline "nhth", which has a problem/m,
      );
      assert.doesNotMatch(r.err, /unknown hotline "nhth"/);
    },
  );
});

test('build: writes the feed and its JSON Schema; refuses invalid data', () => {
  withData(
    () => {},
    (dir) => {
      const out = join(dir, 'out');
      const r = cli(['build', '--data', join(dir, 'data'), '--out', out]);
      assert.equal(r.code, 0, r.err);
      const feed = JSON.parse(readFileSync(join(out, 'hart-data.json'), 'utf8'));
      assert.match(feed.version, /^1\.\d+\.\d+$/);
      assert.ok(feed.collections.hotlines.length >= 4);
      assert.equal(
        JSON.parse(readFileSync(join(out, 'hart-data.schema.json'), 'utf8')).$schema,
        'https://json-schema.org/draft/2020-12/schema',
      );
    },
  );
  withData(
    (data) => edit(data, 'events.json', (r) => delete r[0].title),
    (dir) => {
      const r = cli(['build', '--data', join(dir, 'data'), '--out', join(dir, 'out')]);
      assert.equal(r.code, 1);
      assert.match(r.err, /data\/events\.json: [a-z0-9-]+: title: /);
      assert.equal(existsSync(join(dir, 'out', 'hart-data.json')), false);
    },
  );
  // A reference to a record that does not exist is as much an error for the published feed as for the build.
  withData(
    (data) => edit(data, 'notice.json', (r) => (r[0].qr.hotline = 'no-such-line')),
    (dir) => {
      const r = cli(['build', '--data', join(dir, 'data'), '--out', join(dir, 'out')]);
      assert.equal(r.code, 1);
      assert.match(r.err, /data\/notice\.json: [a-z0-9-]+: qr\.hotline: refers to unknown hotline "no-such-line"/);
      assert.equal(existsSync(join(dir, 'out', 'hart-data.json')), false);
    },
  );
});

test('hsds: writes the providers as HSDS 3.0 JSON and NDJSON', () => {
  withData(
    () => {},
    (dir) => {
      const out = join(dir, 'out');
      const r = cli(['hsds', '--data', join(dir, 'data'), '--out', out, '--lang', 'es']);
      assert.equal(r.code, 0, r.err);
      const doc = JSON.parse(readFileSync(join(out, 'hsds.json'), 'utf8'));
      const providers = JSON.parse(readFileSync(join(dir, 'data', 'providers.json'), 'utf8')).records;
      assert.equal(doc.organizations.length, providers.length);
      assert.deepEqual(
        doc.organizations.map((o: { name: string }) => o.name),
        providers.map((p: { name: string }) => p.name),
      );
      const lines = readFileSync(join(out, 'hsds.ndjson'), 'utf8').trim().split('\n');
      assert.equal(
        lines.length,
        providers.reduce((n: number, p: { services: unknown[] }) => n + p.services.length, 0),
      );
      assert.ok(lines.every((l) => JSON.parse(l).organization?.id));
    },
  );
});

test('the installed command (bin/hart-data.js) runs and exits with the check result', () => {
  const run = spawnSync(process.execPath, [join(root, 'bin/hart-data.js'), 'check', '--data', join(root, 'data')], {
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /0 error\(s\), \d+ warning\(s\)/);
  const bad = spawnSync(process.execPath, [join(root, 'bin/hart-data.js'), 'frobnicate'], { encoding: 'utf8' });
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /Usage:/);
});

test('check --strict: records past their review age and past events still scheduled fail (exit 1); today too', () => {
  withData(
    () => {},
    (dir) => {
      const data = join(dir, 'data');
      const plain = cli(['check', '--data', data, '--now', '2026-12-03']);
      assert.equal(plain.code, 0, 'without --strict they are warnings');
      assert.match(plain.out, /^warning: data\/events\.json: dcst-2019-101: status: ended 2019-08-14/m);
      const strict = cli(['check', '--data', data, '--now', '2026-12-03', '--strict']);
      assert.equal(strict.code, 1);
      assert.match(strict.err, /^error: data\/providers\.json: love146: reviewed: not reviewed for \d+ months/m);
      assert.match(
        strict.err,
        /^error: data\/events\.json: dcst-2019-101: status: ended 2019-08-14 but is still "scheduled"/m,
      );
      assert.match(
        strict.err,
        /^error: data\/news\.json: news-2019-man-sentenced-to-15-years-for-sex-trafficking: reviewed:/m,
      );
      assert.doesNotMatch(strict.out, /^warning:/m);
      // A fresh, upcoming-only dataset passes --strict.
      const early = cli(['check', '--data', data, '--now', '2019-08-02', '--strict']);
      assert.equal(early.code, 0, early.err);
    },
  );
  // Today's data, with the real clock: --strict exits 1.
  const today = cli(['check', '--data', join(root, 'data'), '--strict']);
  assert.equal(today.code, 1);
  assert.match(today.err, /past|not reviewed for/);
});
