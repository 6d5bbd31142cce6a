import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ServiceCategorySchema, PopulationSchema, ReferralRouteSchema } from '../../src/sdk/schemas.js';
import {
  categoryLabel,
  matchCategories,
  populationIds,
  populations,
  referralRoutes,
  serviceCategories,
  serviceCategoryDescriptions,
  serviceCategoryIds,
  termWords,
} from '../../src/sdk/taxonomy.js';
import fc from 'fast-check';
import { foldText, queryTerms, stem, tokenize, WordTable } from '../../src/sdk/text-search.js';

test('every category, population and referral route of the schemas has English and Spanish labels', () => {
  assert.deepEqual([...serviceCategoryIds].sort(), [...ServiceCategorySchema.options].sort());
  assert.deepEqual([...populationIds].sort(), [...PopulationSchema.options].sort());
  assert.deepEqual(Object.keys(referralRoutes).sort(), [...ReferralRouteSchema.options].sort());
  for (const t of [
    ...Object.values(serviceCategories),
    ...Object.values(populations),
    ...Object.values(referralRoutes),
  ]) {
    assert.ok(t.label.en && t.label.es, t.label.en);
    assert.notEqual(t.label.en, t.label.es, `${t.label.en} is translated`);
  }
  for (const c of serviceCategoryIds) {
    assert.ok(serviceCategoryDescriptions[c].en && serviceCategoryDescriptions[c].es, `${c} is described`);
    assert.ok(
      serviceCategories[c].synonyms.en.length >= 3 && serviceCategories[c].synonyms.es.length >= 3,
      `${c} has synonyms`,
    );
  }
  assert.equal(categoryLabel('legal', { lang: 'es' }), 'Ayuda legal');
});

test('synonyms point to their categories in both languages, ignoring case and accents', () => {
  const cases: [string, string][] = [
    ['lawyer', 'legal'],
    ['abogado', 'legal'],
    ['Abogada', 'legal'],
    ['attorney', 'legal'],
    ['therapy', 'mental-health'],
    ['terapia', 'mental-health'],
    ['TERAPÍA', 'mental-health'],
    ['psicologo', 'mental-health'],
    ['vivienda', 'housing'],
    ['church', 'faith-community'],
    ['iglesia', 'faith-community'],
    ['visa', 'immigration'],
    ['inmigración', 'immigration'],
    ['mentor', 'mentoring'],
    ['foster', 'foster-care'],
    ['crianza', 'foster-care'],
    ['doctor', 'health-care'],
    ['médico', 'health-care'],
    ['job', 'employment'],
    ['empleo', 'employment'],
    ['compensation', 'victim-compensation'],
    ['compensación', 'victim-compensation'],
  ];
  for (const [word, category] of cases)
    assert.ok(matchCategories(word).includes(category as never), `${word} -> ${category}: ${matchCategories(word)}`);
  assert.deepEqual(matchCategories('abogado'), ['legal']);
  assert.deepEqual(matchCategories('zzz'), []);
});

test('no synonym leaks a common word into a category (stop words never become terms)', () => {
  for (const c of serviceCategoryIds)
    for (const w of termWords(serviceCategories[c]))
      assert.ok(!['de', 'la', 'the', 'and', 'y', 'help', 'ayuda', 'sin'].includes(w), `${c}: ${w}`);
});

test('text folding: accents, case, plurals and stop words', () => {
  assert.equal(foldText('Niño TERAPÍA Ñandú'), 'nino terapia nandu');
  assert.deepEqual(tokenize('Abogados, lawyers & access!'), ['abogado', 'lawyer', 'access']);
  assert.deepEqual(tokenize('Línea: 24/7'), ['linea', '24', '7']);
  assert.deepEqual(queryTerms('Necesito ayuda legal para mi hija'), ['legal', 'hija']);
  assert.deepEqual(queryTerms('help near me'), []);
  assert.deepEqual(queryTerms('legal LEGAL légal'), ['legal']);
});

test('the fast Latin scan splits and folds exactly like the general Unicode path', () => {
  const general = (text: string) => (foldText(text).match(/[\p{L}\p{N}]+/gu) ?? []).map(stem);
  const chars = 'aAbBsSzZ09 -.,;\'"/ñÑáÁéÉíÍóÓúÚüÜçÇßæøÆØœŒłŁđĐıİĳŉſ×÷¡¿ªº²µ·\u00a0\t\n€ŀ';
  const text = fc.array(fc.constantFrom(...chars), { maxLength: 40 }).map((a) => a.join(''));
  fc.assert(
    fc.property(text, (t) => {
      assert.deepEqual(tokenize(t), general(t));
      const table = new WordTable();
      const ids: number[] = [];
      table.eachId(t, (id) => ids.push(id));
      assert.deepEqual(
        ids.map((id) => table.words[id]),
        general(t),
      );
    }),
    { numRuns: 2000 },
  );
  // Beyond Latin (Greek, Cyrillic, combining marks) takes the general path.
  assert.deepEqual(tokenize('Σοφία te\u0301rapia Москва'), general('Σοφία te\u0301rapia Москва'));
  assert.deepEqual(tokenize('x'.repeat(3000)), ['x'.repeat(3000)]);
});
