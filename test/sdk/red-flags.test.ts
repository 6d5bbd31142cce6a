// Red flags: the content of data/red-flags.json (per audience, sourced, bilingual), the schema's rules, and the SDK's
// redFlags() / whatToDo() queries.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { redFlags, redFlagsAudiences, whatToDo } from '../../src/sdk/red-flags.js';
import { redFlagsIssues } from '../../src/sdk/red-flags-integrity.js';
import * as core from '../../src/sdk/core.js';
import { validateRecord } from '../../src/sdk/validate.js';
import { hotlines } from '../../src/sdk/generated/hotlines.js';
import { hotlines as shownHotlines } from '../../src/sdk/generated/display/hotlines.js';
import { redFlags as records } from '../../src/sdk/generated/redFlags.js';
import type { BilingualText, RedFlags } from '../../src/sdk/types.js';

const AUDIENCES = ['general', 'hospitality', 'education', 'healthcare', 'youth'] as const;
const file = JSON.parse(readFileSync(new URL('../../data/red-flags.json', import.meta.url), 'utf8')) as {
  records: RedFlags[];
};
const clone = <T>(v: T): T => structuredClone(v);
/** The bundled collections, as the elements read them. */
const data = { redFlags: records, hotlines: shownHotlines };
const card = (audience: string) => redFlags(data, { audience })!;
const byId = (id: string) => clone(records.find((r) => r.id === id)!);

/** Every bilingual text in a record, with its path. */
function texts(r: RedFlags): [string, BilingualText][] {
  return [
    ['title', r.title],
    ...(r.intro ? [['intro', r.intro] as [string, BilingualText]] : []),
    ...r.categories.flatMap((c, i) => [
      [`categories.${i}.title`, c.title] as [string, BilingualText],
      ...c.indicators.map((ind, j) => [`categories.${i}.indicators.${j}`, ind.text] as [string, BilingualText]),
    ]),
    ...(r.questions ?? []).map((q, i) => [`questions.${i}`, q.text] as [string, BilingualText]),
    ...r.whatToDo.map((s, i) => [`whatToDo.${i}`, s.text] as [string, BilingualText]),
  ];
}

test('the bundled data is data/red-flags.json, and the SDK core exports the queries', () => {
  assert.deepEqual(
    records.map((r) => r.id),
    file.records.map((r) => r.id),
  );
  assert.equal(core.redFlags, redFlags);
  assert.equal(core.whatToDo, whatToDo);
});

test('one card per audience: general, hospitality, education, healthcare, youth', () => {
  assert.deepEqual([...redFlagsAudiences(data)].sort(), [...AUDIENCES].sort());
  for (const a of AUDIENCES) assert.equal(card(a).audience, a);
  assert.equal(redFlags(data, { audience: 'judiciary' }), undefined, 'no card for an audience without data');
  assert.equal(redFlags(data, { audience: 'nonsense' }), undefined);
});

test('every audience has indicators in every category it declares', () => {
  for (const a of AUDIENCES) {
    const c = card(a);
    assert.ok(c.categories.length > 0, a);
    for (const cat of c.categories) assert.ok(cat.indicators.length > 0, `${a}: ${cat.id} is empty`);
  }
  for (const r of records) for (const cat of r.categories) assert.ok(cat.indicators.length > 0, `${r.id}: ${cat.id}`);
});

test('every record lists its sources, and every indicator has source keys that name one of them', () => {
  const known = ['DHS', 'NHTH', 'ED', 'HHS', 'AG'];
  for (const r of records) {
    assert.ok(r.sources.length > 0, `${r.id}: no sources`);
    assert.equal(r.reviewed, '2026-11-28', `${r.id}: facts come from the current fact sheets`);
    const keys = new Set(r.sources.map((s) => s.key).filter(Boolean));
    for (const ind of [...r.categories.flatMap((c) => c.indicators), ...(r.questions ?? [])]) {
      assert.ok(ind.sourceKeys.length > 0, `${r.id}: ${ind.id}`);
      for (const k of ind.sourceKeys) {
        assert.ok(known.includes(k), `${r.id}: ${ind.id}: unknown key ${k}`);
        assert.ok(keys.has(k), `${r.id}: ${ind.id}: key ${k} is not among the record's sources`);
      }
    }
  }
  // Source titles are the fact sheet's, so a reader can look them up.
  const titles = records.flatMap((r) => r.sources.map((s) => s.title));
  for (const t of [
    '"Indicators of Human Trafficking"',
    '"Recognizing the Signs"',
    '"Human Trafficking in America\'s Schools"',
    '"Look Beneath the Surface"',
    'attorneys general',
  ]) {
    assert.ok(
      titles.some((x) => x.includes(t)),
      t,
    );
  }
});

test('the sources of each audience match the fact sheet keys: DHS/NHTH, DHS, ED, HHS, AG/NHTH/ED (+ AG via the shared list)', () => {
  const keysOf = (a: string) =>
    [
      ...new Set(
        card(a)
          .sources.map((s) => s.key)
          .filter(Boolean),
      ),
    ].sort();
  assert.deepEqual(keysOf('general'), ['DHS', 'NHTH']);
  assert.deepEqual(keysOf('hospitality'), ['DHS']);
  assert.deepEqual(keysOf('education'), ['AG', 'ED']);
  assert.deepEqual(keysOf('healthcare'), ['AG', 'ED', 'HHS']);
  assert.deepEqual(keysOf('youth'), ['AG', 'ED', 'NHTH']);
});

test('every text has a Spanish version that is not a copy of the English', () => {
  let n = 0;
  for (const r of records) {
    for (const [path, text] of texts(r)) {
      assert.ok(text.es?.trim(), `${r.id}: ${path}: no Spanish`);
      assert.notEqual(text.es.trim(), text.en.trim(), `${r.id}: ${path}: Spanish equals English`);
      n++;
    }
  }
  assert.ok(n > 80, `only ${n} texts checked`);
});

test('child sex trafficking signs are one shared list, shown by both education and health care', () => {
  const shared = records.find((r) => r.id === 'child-sex-trafficking')!;
  assert.equal(shared.audience, undefined);
  for (const a of ['education', 'healthcare']) {
    const cat = card(a).categories.find((c) => c.id === 'child-sex-trafficking')!;
    assert.ok(cat, `${a} shows the child sex trafficking signs`);
    assert.equal(cat.sharedFrom, 'child-sex-trafficking');
    assert.deepEqual(cat.indicators, shared.categories[0].indicators);
    assert.ok(
      card(a).sources.some((s) => s.key === 'AG'),
      `${a} lists the attorneys general among its sources`,
    );
  }
  assert.equal(
    card(AUDIENCES[1]).categories.some((c) => c.sharedFrom),
    false,
  );
  // Its own categories come first.
  assert.equal(card('education').categories.at(-1)!.id, 'child-sex-trafficking');
});

test('category filters: one id, several ids, unknown ids', () => {
  assert.deepEqual(
    redFlags(data, { audience: 'hospitality', category: 'rooms' })!.categories.map((c) => c.id),
    ['rooms'],
  );
  assert.deepEqual(
    redFlags(data, { audience: 'education', category: ['child-sex-trafficking', 'general'] })!.categories.map(
      (c) => c.id,
    ),
    ['general', 'child-sex-trafficking'],
    'data order, not query order',
  );
  assert.deepEqual(redFlags(data, { audience: 'hospitality', category: 'typo' })!.categories, []);
  assert.equal(redFlags(data, { audience: 'hospitality', category: [] })!.categories.length, 3);
  assert.equal(
    redFlags(data, { audience: 'hospitality', category: 'rooms' })!.whatToDo.length,
    card('hospitality').whatToDo.length,
  );
});

test('health care has the questions to ask in private; the other audiences have none', () => {
  const q = card('healthcare').questions.map((x) => x.text.en);
  assert.equal(q.length, 6);
  for (const phrase of ['leave your job', 'paid', 'threatened', 'sleep and eat', 'permission', 'taken your ID']) {
    assert.ok(
      q.some((x) => x.includes(phrase)),
      phrase,
    );
  }
  for (const a of AUDIENCES.filter((x) => x !== 'healthcare')) assert.deepEqual(card(a).questions, []);
});

test('what-to-do numbers come from the hotline data, never from the guidance text', () => {
  const numbers = hotlines
    .flatMap((h) => h.contacts.flatMap((c) => [c.value, c.display ?? c.value]))
    .map((n) => n.replace(/\D/g, ''));
  for (const a of AUDIENCES) {
    const steps = whatToDo(data, a);
    assert.ok(steps.length > 0, a);
    for (const step of steps) {
      for (const lang of ['en', 'es'] as const) {
        const digits = step.text[lang].match(/\d[\d\s().-]{2,}\d/g) ?? [];
        for (const d of digits)
          assert.ok(!numbers.includes(d.replace(/\D/g, '')), `${a}: ${step.id}: copies a number (${d})`);
        assert.doesNotMatch(step.text[lang], /\b911\b|233733|1-8\d\d-/, `${a}: ${step.id}`);
      }
      // The bundled hotline record itself (as the elements bundle it: without sources).
      for (const h of step.hotlines)
        assert.equal(
          h,
          shownHotlines.find((x) => x.id === h.id),
          'the hotline record itself',
        );
    }
    // Every card has an emergency step and a step with a place to call.
    assert.ok(
      steps.some((s) => s.hotlines.some((h) => h.id === 'emergency')),
      `${a}: 911`,
    );
    assert.ok(
      steps.some((s) => s.hotlines.some((h) => h.id === 'nhth' || h.id === 'careline')),
      `${a}: a hotline`,
    );
  }
});

test('what to do, per audience, says what the fact sheets say', () => {
  const ids = (a: string) => whatToDo(data, a).flatMap((s) => s.hotlines.map((h) => h.id));
  const text = (a: string) =>
    whatToDo(data, a)
      .map((s) => s.text.en)
      .join(' ');
  assert.deepEqual(ids('hospitality'), ['emergency', 'nhth', 'hsi', 'careline']);
  assert.match(text('hospitality'), /Do not confront/);
  assert.match(text('hospitality'), /manager or security/);
  for (const a of ['education', 'healthcare']) {
    assert.match(text(a), /mandated reporters/, a);
    assert.match(text(a), /DCF Careline by phone within 12 hours/, a);
    assert.match(text(a), /Within 48 hours, .*DCF-136/, a);
    assert.ok(ids(a).includes('careline'), a);
    assert.match(
      whatToDo(data, a)
        .map((s) => s.text.es)
        .join(' '),
      /12 horas.*48 horas.*DCF-136/s,
      `${a} (es)`,
    );
  }
  assert.match(text('healthcare'), /alone.*professional interpreter/s);
  assert.match(text('general'), /Do not confront/);
  assert.deepEqual(ids('youth'), ['emergency', 'nhth', 'careline']);
});

test('the youth card speaks to teens about their own situation, without blame', () => {
  const c = card('youth');
  const en = texts(records.find((r) => r.id === 'youth')!)
    .map(([, t]) => t.en)
    .join(' ');
  const es = texts(records.find((r) => r.id === 'youth')!)
    .map(([, t]) => t.es)
    .join(' ');
  assert.match(whatToDo(data, 'youth')[0].text.en, /^You are not in trouble/);
  assert.match(whatToDo(data, 'youth')[0].text.es, /^No estás en problemas/);
  assert.match(en, /not your fault/);
  assert.ok(
    c.categories.flatMap((x) => x.indicators).every((i) => /\b(you|your)\b/i.test(i.text.en)),
    'every sign speaks to "you"',
  );
  assert.ok(
    c.categories.flatMap((x) => x.indicators).every((i) => /\b(tú|ti|te|tu|tus)\b/i.test(i.text.es)),
    'tú in Spanish',
  );
  assert.doesNotMatch(es, /\busted\b/i, 'teens are addressed as tú');
  assert.doesNotMatch(en, /\b(victim|perpetrator|prostitut\w*|commercial sex)\b/i, 'plain, non-labelling words');
});

test('whatToDo takes other collections, and skips hotline ids the data does not have', () => {
  const only911 = hotlines.filter((h) => h.id === 'emergency');
  const steps = whatToDo({ ...data, hotlines: only911 }, 'hospitality');
  assert.deepEqual(
    steps.flatMap((s) => s.hotlines.map((h) => h.id)),
    ['emergency'],
  );
  assert.deepEqual(whatToDo(data, 'nobody'), []);
  const edited = [
    { ...byId('general'), whatToDo: [{ id: 'x', text: { en: 'Call', es: 'Llame' }, hotlines: ['careline'] }] },
  ];
  assert.deepEqual(
    whatToDo({ ...data, redFlags: edited }, 'general').map((s) => s.hotlines[0].id),
    ['careline'],
  );
});

test('redFlags takes other collections; a missing shared list leaves the card without it', () => {
  const withoutShared = records.filter((r) => r.id !== 'child-sex-trafficking');
  const c = redFlags({ ...data, redFlags: withoutShared }, { audience: 'education' })!;
  assert.deepEqual(
    c.categories.map((x) => x.id),
    ['general', 'sex-trafficking', 'labor-trafficking'],
  );
  assert.ok(!c.sources.some((s) => s.key === 'AG'));
  const older = records.map((r) => (r.id === 'child-sex-trafficking' ? { ...r, reviewed: '2019-08-01' } : r));
  assert.equal(
    redFlags({ ...data, redFlags: older }, { audience: 'education' })!.reviewed,
    '2019-08-01',
    'the oldest part dates the card',
  );
  assert.equal(redFlags({ ...data, redFlags: older }, { audience: 'hospitality' })!.reviewed, '2026-11-28');
});

test('the bundled records have no cross-record problems', () => {
  assert.deepEqual(redFlagsIssues({ redFlags: records, hotlines }), []);
});

test('cross-record problems are reported with record id and field', () => {
  const education = byId('education');
  education.includes = ['nope', 'general'];
  education.whatToDo[0].hotlines = ['not-a-hotline'];
  const orphan = { ...byId('child-sex-trafficking'), id: 'orphan-list' };
  const dup = { ...byId('youth'), id: 'youth-two' };
  const issues = redFlagsIssues({
    redFlags: [...records.filter((r) => r.id !== 'education'), education, orphan, dup],
    hotlines,
  });
  const where = issues.map((i) => `${i.id}: ${i.path}`).sort();
  // child-sex-trafficking is still included by health care, so it is not reported as unused.
  assert.deepEqual(
    where,
    [
      'education: includes.0',
      'education: includes.1',
      'education: whatToDo.0.hotlines.0',
      'orphan-list: audience',
      'youth-two: audience',
    ].sort(),
  );
  const clash = byId('healthcare');
  clash.categories.push({ ...byId('child-sex-trafficking').categories[0], indicators: clash.categories[0].indicators });
  assert.ok(
    redFlagsIssues({ redFlags: [...records.filter((r) => r.id !== 'healthcare'), clash], hotlines }).some((i) =>
      /clashes/.test(i.message),
    ),
  );
});

test('the schema keeps records strict: ids unique, source keys known and listed, cards need guidance', () => {
  const problems = (r: unknown) => {
    const res = validateRecord('redFlags', r);
    return res.ok ? [] : res.issues.map((i) => `${i.path}: ${i.message}`);
  };
  assert.deepEqual(problems(byId('hospitality')), []);

  const noSpanish = byId('hospitality');
  delete (noSpanish.categories[0].indicators[0].text as Partial<BilingualText>).es;
  assert.ok(problems(noSpanish).some((p) => p.startsWith('categories.0.indicators.0.text.es')));

  const badKey = byId('hospitality');
  (badKey.categories[0].indicators[0].sourceKeys as string[]) = ['WHO'];
  assert.ok(problems(badKey).some((p) => p.startsWith('categories.0.indicators.0.sourceKeys.0')));

  const unlistedKey = byId('hospitality');
  unlistedKey.categories[1].indicators[0].sourceKeys = ['HHS'];
  assert.deepEqual(problems(unlistedKey), [
    'categories.1.indicators.0.sourceKeys.0: source key "HHS" is not the key of any of the record\'s sources',
  ]);

  const dupIndicator = byId('hospitality');
  dupIndicator.categories[1].indicators[0].id = dupIndicator.categories[0].indicators[0].id;
  assert.ok(problems(dupIndicator).some((p) => p.startsWith('categories.1.indicators.0.id: duplicate')));

  const dupCategory = byId('hospitality');
  dupCategory.categories[2].id = 'guests';
  assert.ok(problems(dupCategory).some((p) => p.startsWith('categories.2.id: duplicate')));

  const noGuidance = byId('hospitality');
  noGuidance.whatToDo = [];
  assert.ok(problems(noGuidance).some((p) => p.startsWith('whatToDo: a card needs')));

  const emptyCategory = byId('hospitality');
  emptyCategory.categories[0].indicators = [];
  assert.ok(problems(emptyCategory).some((p) => p.startsWith('categories.0.indicators')));

  const noSources = byId('hospitality');
  noSources.sources = [];
  assert.ok(problems(noSources).some((p) => p.startsWith('sources')));

  const sharedWithGuidance = byId('child-sex-trafficking');
  sharedWithGuidance.whatToDo = byId('general').whatToDo;
  sharedWithGuidance.includes = ['general'];
  assert.deepEqual(
    problems(sharedWithGuidance)
      .map((p) => p.split(':')[0])
      .sort(),
    ['includes', 'whatToDo'],
  );

  const selfInclude = byId('education');
  selfInclude.includes = ['education'];
  assert.ok(problems(selfInclude).some((p) => p.startsWith('includes: a record cannot include itself')));
});
