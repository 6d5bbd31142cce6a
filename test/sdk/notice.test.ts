// The posting notice: data/notice.json against the schema and the facts, and the SDK's noticeView / noticeQr /
// noticeLanguages / fillPhrase.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { hotlines } from '../../src/sdk/generated/hotlines.js';
import { notice as records } from '../../src/sdk/generated/notice.js';
import { fillPhrase, noticeLanguages, noticeQr, noticeView } from '../../src/sdk/notice.js';
import * as sdk from '../../src/sdk/index.js';
import { checkReferences } from '../../src/sdk/integrity.js';
import { validateRecord } from '../../src/sdk/validate.js';
import type { DatasetCollections, Notice } from '../../src/sdk/types.js';

const file = JSON.parse(readFileSync(new URL('../../data/notice.json', import.meta.url), 'utf8')) as {
  records: Notice[];
};
const n = records[0];
const clone = (): Notice => structuredClone(n);
const empty: DatasetCollections = {
  hotlines,
  providers: [],
  events: [],
  redFlags: [],
  legislation: [],
  resources: [],
  notice: [],
};

test('data/notice.json holds one valid notice, reviewed against the current fact sheet', () => {
  assert.equal(file.records.length, 1);
  assert.equal(records.length, 1);
  assert.equal(n.id, 'ct-human-trafficking-notice');
  assert.equal(n.reviewed, '2026-11-28');
  assert.ok(n.sources.some((s) => s.title.includes('54-234a')));
  assert.deepEqual(checkReferences({ ...empty, notice: records }), []);
});

test('English and Spanish are complete: same lines, same hotlines, every phrase filled in', () => {
  assert.deepEqual(Object.keys(n.text).sort(), ['en', 'es']);
  const shape = (lang: string) => n.text[lang].lines.map((l) => [l.hotline, l.show.join(), Boolean(l.text)]);
  assert.deepEqual(shape('es'), shape('en'));
  assert.deepEqual(
    n.text.en.lines.map((l) => l.hotline),
    ['emergency', 'nhth', 'careline'],
  );
  for (const lang of ['en', 'es']) {
    for (const [key, phrase] of Object.entries(n.text[lang].actions))
      assert.match(phrase, /\{number\}/, `${lang}.actions.${key}`);
  }
  for (const list of [
    n.whoMustPost,
    [n.where, n.penalty, n.officialForm, n.disclaimer],
    n.citations.map((c) => c.about),
  ]) {
    for (const item of list) {
      assert.ok(item.en.trim() && item.es.trim());
      assert.notEqual(item.en, item.es);
    }
  }
});

test('the notice text never writes a phone number: numbers come from data/hotlines.json', () => {
  const phoneLike = /\b1?-?\d{3}-\d{3}-\d{4}\b|\b911\b|\b233733\b|\+1\d{10}/;
  for (const [lang, t] of Object.entries(n.text)) {
    const all = [
      t.heading,
      t.statement,
      t.footer ?? '',
      ...t.lines.flatMap((l) => [l.title, l.text ?? '']),
      ...Object.values(t.actions),
    ];
    for (const s of all) assert.doesNotMatch(s, phoneLike, `${lang}: "${s}"`);
  }
});

test('says what § 54-222(b) asks for, and the facts the fact sheets give', () => {
  const en = noticeView(n, hotlines, { lang: 'en' });
  const es = noticeView(n, hotlines, { lang: 'es' });
  assert.match(en.statement, /forces you to do any activity and you cannot leave/);
  assert.match(en.statement, /state or federal anti-trafficking hotline/);
  assert.match(en.statement, /toll free/);
  assert.match(es.statement, /cualquier actividad y usted no puede irse/);
  assert.match(es.statement, /línea estatal o federal contra la trata de personas/);
  assert.match(es.statement, /gratuitas/);
  const nhth = (v: typeof en) => v.lines.find((l) => l.hotline === 'nhth')!.text!;
  assert.match(nhth(en), /Confidential/);
  assert.match(nhth(en), /24 hours a day/);
  assert.match(nhth(en), /English, Spanish/);
  assert.match(nhth(en), /200 other languages/);
  assert.match(nhth(es), /Confidencial/);
  assert.match(nhth(es), /24 horas/);
  assert.match(nhth(es), /inglés, en español/);
  assert.match(en.lines.find((l) => l.hotline === 'careline')!.title, /Under 18/);
  assert.match(es.lines.find((l) => l.hotline === 'careline')!.title, /Menor de 18/);
  assert.equal(n.whoMustPost.length, 10);
  assert.ok(n.whoMustPost.some((w) => /Hotels, motels, inns/.test(w.en)));
  assert.ok(n.whoMustPost.some((w) => /liquor permit/.test(w.en) && /exempt/.test(w.en)));
  assert.match(n.penalty.en, /\$100 for a first offense/);
  assert.match(n.penalty.en, /could not confirm/);
  assert.match(n.officialForm.en, /not the official form/);
  assert.match(n.disclaimer.en, /not legal advice/);
  assert.deepEqual(
    n.citations.map((c) => c.cite),
    ['Conn. Gen. Stat. § 54-234a', 'Conn. Gen. Stat. § 54-222(b)'],
  );
});

test('noticeView fills every number and link from the hotline data', () => {
  const v = noticeView(n, hotlines, { lang: 'en' });
  assert.equal(v.lang, 'en');
  assert.equal(v.languageName, 'English');
  const actions = v.lines.flatMap((l) => l.actions.map((a) => [a.label, a.href]));
  assert.deepEqual(actions, [
    ['Call 911', 'tel:911'],
    ['Call 1-888-373-7888', 'tel:+18883737888'],
    ['Text HELP to 233733', 'sms:233733?&body=HELP'],
    ['Call 1-800-842-2288', 'tel:+18008422288'],
  ]);
  const es = noticeView(n, hotlines, { lang: 'es' }).lines.flatMap((l) => l.actions.map((a) => a.label));
  assert.deepEqual(es, [
    'Llame al 911',
    'Llame al 1-888-373-7888',
    'Envíe HELP por mensaje de texto al 233733',
    'Llame al 1-800-842-2288',
  ]);
});

test('noticeView follows changed numbers and leaves out a line whose hotline is missing', () => {
  const changed = hotlines
    .filter((h) => h.id !== 'emergency')
    .map((h) =>
      h.id === 'nhth'
        ? {
            ...h,
            contacts: h.contacts.map((c) =>
              c.kind === 'voice' ? { ...c, value: '+18005550123', display: '1-800-555-0123' } : c,
            ),
          }
        : h,
    );
  const v = noticeView(n, changed, { lang: 'en' });
  assert.deepEqual(
    v.lines.map((l) => l.hotline),
    ['nhth', 'careline'],
  );
  assert.equal(v.lines[0].actions[0].label, 'Call 1-800-555-0123');
  assert.equal(v.lines[0].actions[0].href, 'tel:+18005550123');
});

test('an unknown language falls back to English', () => {
  assert.equal(noticeView(n, hotlines, { lang: 'fr' }).lang, 'en');
  assert.equal(noticeView(n, hotlines, { lang: 'fr' }).heading, n.text.en.heading);
});

test('noticeLanguages keeps the order asked, matches regional tags, and is never empty', () => {
  assert.deepEqual(noticeLanguages(n, ['en', 'es']), ['en', 'es']);
  assert.deepEqual(noticeLanguages(n, ['es', 'en', 'es']), ['es', 'en']);
  assert.deepEqual(noticeLanguages(n, ['es-MX']), ['es']);
  assert.deepEqual(noticeLanguages(n, ['EN_us']), ['en']);
  assert.deepEqual(noticeLanguages(n, ['fr', '']), ['en', 'es']);
  assert.deepEqual(noticeLanguages(n, []), ['en', 'es']);
});

test('a third language needs only data', () => {
  const withPt = clone();
  // Placeholder text for the test only: the data holds a language only with a real translation.
  withPt.text.pt = { ...structuredClone(n.text.en), languageName: 'Português (test)' };
  assert.equal(validateRecord('notice', withPt).ok, true);
  assert.deepEqual(noticeLanguages(withPt, ['pt-BR', 'en']), ['pt', 'en']);
  assert.equal(noticeView(withPt, hotlines, { lang: 'pt' }).lang, 'pt');
});

test('noticeQr carries the tel: or sms: link and a caption in the language', () => {
  assert.deepEqual(noticeQr(n, hotlines, 'en'), {
    hotline: 'nhth',
    kind: 'voice',
    href: 'tel:+18883737888',
    number: '1-888-373-7888',
    caption: 'Scan to call 1-888-373-7888',
  });
  const text = noticeQr(n, hotlines, 'es', 'text')!;
  assert.equal(text.href, 'sms:233733?&body=HELP');
  assert.equal(text.caption, 'Escanee para enviar un mensaje de texto al 233733');
  // A hotline without the kind asked for falls back to the other; a missing hotline gives no code.
  const voiceOnly = hotlines.map((h) =>
    h.id === 'nhth' ? { ...h, contacts: h.contacts.filter((c) => c.kind === 'voice') } : h,
  );
  assert.equal(noticeQr(n, voiceOnly, 'en', 'text')!.href, 'tel:+18883737888');
  assert.equal(
    noticeQr(
      n,
      hotlines.filter((h) => h.id !== 'nhth'),
      'en',
    ),
    undefined,
  );
});

test('fillPhrase fills placeholders and leaves unknown ones visible', () => {
  assert.equal(fillPhrase('Text {keyword} to {number}', { keyword: 'HELP', number: '233733' }), 'Text HELP to 233733');
  assert.equal(fillPhrase('Call {numbr}', { number: '911' }), 'Call {numbr}');
});

test('the schema refuses a notice without Spanish, a phrase without {number}, or an empty line list', () => {
  const noEs = clone();
  delete noEs.text.es;
  assert.equal(validateRecord('notice', noEs).ok, false);
  const badPhrase = clone();
  badPhrase.text.es.actions.call = 'Llame';
  const r = validateRecord('notice', badPhrase);
  assert.equal(r.ok, false);
  assert.ok(!r.ok && r.issues.some((i) => i.path === 'text.es.actions.call' && /\{number\}/.test(i.message)));
  const noKeyword = clone();
  noKeyword.text.en.actions.textKeyword = 'Text {number}';
  assert.equal(validateRecord('notice', noKeyword).ok, false);
  const noLines = clone();
  noLines.text.en.lines = [];
  assert.equal(validateRecord('notice', noLines).ok, false);
  const badKind = clone() as unknown as { text: { en: { lines: { show: string[] }[] } } };
  badKind.text.en.lines[0].show = ['chat'];
  assert.equal(validateRecord('notice', badKind).ok, false);
});

test('a notice line naming an unknown hotline is caught by the reference check', () => {
  const bad = clone();
  bad.text.es.lines[0].hotline = 'no-such-line';
  const issues = checkReferences({ ...empty, notice: [bad] });
  assert.deepEqual(
    issues.map((i) => i.path),
    ['text.es.lines.0.hotline'],
  );
});

test('the full SDK exports the notice helpers', () => {
  assert.equal(sdk.noticeView, noticeView);
  assert.equal(sdk.noticeQr, noticeQr);
  assert.equal(sdk.noticeLanguages, noticeLanguages);
});
