import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { toHsds, toHsdsNdjson, HSDS_NAMESPACE } from '../../src/sdk/hsds.js';
import { uuidv5, URL_NAMESPACE } from '../../src/sdk/uuid.js';
import { bundled } from '../../src/sdk/bundled.js';
import type { Provider } from '../../src/sdk/types.js';

// The Open Referral HSDS 3.0 JSON Schemas, kept unchanged as test fixtures (licence and attribution beside them).
const schemaDir = fileURLToPath(new URL('../fixtures/hsds-3.0/schema/', import.meta.url));

// ajv's draft 2020-12 build, each schema under its file name (they refer to each other as "phone.json"), with the
// formats the schemas use checked for real (uuid ids, uri, email, date-time).
const Ajv = Ajv2020 as unknown as typeof Ajv2020.default;
const ajv = new Ajv({ strict: false, allErrors: true });
ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i);
ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:[^\s]*$/i);
ajv.addFormat('email', /^[^\s@]+@[^\s@]+\.[^\s@]+$/);
ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/);
for (const file of readdirSync(schemaDir).filter((f) => f.endsWith('.json') && f !== 'openapi.json')) {
  ajv.addSchema(JSON.parse(readFileSync(join(schemaDir, file), 'utf8')), file);
}

function expectValid(schema: string, records: readonly unknown[]): void {
  const validate = ajv.getSchema(schema);
  assert.ok(validate, `${schema} is loaded`);
  for (const r of records) {
    const ok = validate(r);
    assert.ok(ok, `${schema}: ${(r as { name?: string }).name}: ${ajv.errorsText(validate.errors)}`);
  }
}

/** A provider that uses every field the export maps (the real data has no locations, languages or schedules). */
const full: Provider = {
  id: 'test-org',
  name: 'Test Org',
  alternateName: 'TO',
  description: { en: 'An organization for tests.', es: 'Una organización de prueba.' },
  url: 'https://example.org/',
  email: 'info@example.org',
  contacts: [
    { kind: 'voice', value: '+18605550100', display: '860-555-0100', label: { en: 'Main line' } },
    {
      kind: 'email',
      value: 'director@example.org',
      contactName: 'Pat Doe',
      contactTitle: { en: 'Director', es: 'Directora' },
    },
  ],
  locations: [
    { id: 'office', name: { en: 'Main office' }, town: 'Hartford', state: 'CT' },
    { id: 'shelter', town: 'Secretville', state: 'CT', confidential: true },
  ],
  services: [
    {
      id: 'test-service',
      name: { en: 'Crisis line', es: 'Línea de crisis' },
      description: { en: 'Answers calls.' },
      categories: ['survivor-care', 'housing'],
      populations: ['survivors', 'adults'],
      ages: { min: 18, max: 99 },
      eligibility: { en: 'Adults.', es: 'Personas adultas.' },
      serviceArea: { scope: 'towns', towns: ['Hartford', 'New Britain'], description: { en: 'Two towns.' } },
      languages: ['en', 'es', 'pt-BR'],
      contacts: [
        { kind: 'voice', value: '+18605550101', display: '860-555-0101', extension: '12' },
        { kind: 'text', value: '233733', keyword: 'HELP' },
        { kind: 'textphone', value: '711', extension: '#55*' },
        { kind: 'chat', value: 'https://example.org/chat' },
        { kind: 'email', value: 'help@example.org' },
        { kind: 'voice', value: '+18605550102', contactName: 'Sam Roe', contactTitle: { en: 'Coordinator' } },
      ],
      url: 'https://example.org/crisis',
      referral: { routes: ['self', 'professional'], description: { en: 'Call us.' } },
      crisis247: true,
      schedule: { en: 'Every day, all day.', es: 'Todos los días, a toda hora.' },
      locationIds: ['office', 'shelter'],
    },
  ],
  sources: [{ title: 'test' }],
  reviewed: '2026-11-28',
};

test('the HSDS 3.0 schemas reject a record that breaks them (the validator is not vacuous)', () => {
  const validate = ajv.getSchema('service.json')!;
  assert.equal(validate({ id: 'not-a-uuid', name: 'x', status: 'active' }), false);
  assert.equal(validate({ id: uuidv5('x', URL_NAMESPACE), name: 'x' }), false, 'status is required');
  assert.equal(
    validate({ id: uuidv5('x', URL_NAMESPACE), name: 'x', status: 'active', phones: [{ id: 'bad' }] }),
    false,
  );
});

for (const lang of ['en', 'es'] as const) {
  test(`the bundled providers export as valid HSDS 3.0 (${lang})`, () => {
    const out = toHsds(bundled.providers.all(), { lang });
    assert.equal(out.organizations.length, bundled.providers.all().length);
    assert.equal(out.services.length, bundled.providers.services().length);
    expectValid('organization.json', out.organizations);
    expectValid('service.json', out.services);
    expectValid('location.json', out.locations);
    expectValid('service_at_location.json', out.service_at_locations);
  });
}

test('a provider using every mapped field exports valid HSDS with phones, contacts, languages, areas and extensions', () => {
  const out = toHsds([full]);
  expectValid('organization.json', out.organizations);
  expectValid('service.json', out.services);
  expectValid('location.json', out.locations);
  expectValid('service_at_location.json', out.service_at_locations);

  const [org] = out.organizations;
  assert.equal(org.email, 'info@example.org');
  assert.equal(org.website, 'https://example.org/');
  assert.deepEqual(
    org.phones.map((p) => [p.number, p.type, p.description]),
    [['860-555-0100', 'voice', 'Main line']],
  );
  assert.deepEqual(
    org.contacts.map((c) => [c.name, c.title, c.email]),
    [['Pat Doe', 'Director', 'director@example.org']],
  );

  const [s] = out.services;
  assert.equal(s.organization_id, org.id);
  assert.equal(s.assured_date, '2026-11-28', "assured_date is the record's reviewed date");
  assert.equal(s.minimum_age, 18);
  assert.equal(s.maximum_age, 99);
  assert.equal(s.eligibility_description, 'Adults.');
  assert.equal(s.application_process, 'Call us.');
  assert.equal(s.email, 'help@example.org');
  assert.deepEqual(
    s.phones.map((p) => [p.type, p.number, p.extension, p.description]),
    [
      ['voice', '860-555-0101', 12, undefined],
      ['text', '233733', undefined, 'Text HELP'],
      ['textphone', '711', undefined, 'Code: #55*'],
    ],
  );
  assert.deepEqual(
    s.contacts.map((c) => [c.name, c.title, c.phones.map((p) => p.number)]),
    [['Sam Roe', 'Coordinator', ['+18605550102']]],
  );
  assert.deepEqual(
    s.languages.map((l) => [l.code, l.name]),
    [
      ['en', 'English'],
      ['es', 'Spanish'],
      ['pt-BR', 'Brazilian Portuguese'],
    ],
  );
  assert.deepEqual(
    s.service_areas.map((a) => [a.name, a.description]),
    [['Hartford, New Britain, Connecticut', 'Two towns.']],
  );
  assert.deepEqual(
    s.schedules.map((x) => x.description),
    ['Every day, all day.'],
  );

  const attrs = s.attributes.map((a) => `${a.link_type}:${a.taxonomy_term?.code ?? a.value}`);
  for (const want of [
    'service_category:survivor-care',
    'service_category:housing',
    'population:survivors',
    'referral_route:professional',
    'crisis_24_7:crisis_24_7',
    'service_area_scope:towns',
    'chat_url:https://example.org/chat',
  ]) {
    assert.ok(attrs.includes(want), `attribute ${want} in ${attrs.join(', ')}`);
  }
  assert.equal(s.attributes.find((a) => a.link_type === 'service_category')?.taxonomy_term?.name, 'Survivor care');
});

test('a confidential location exports with no address, town or coordinates: "call for location"', () => {
  const out = toHsds([full]);
  const sal = out.service_at_locations.map((x) => x.location);
  const office = sal.find((l) => l.name === 'Main office')!;
  assert.equal(office.description, 'Hartford, Connecticut');
  const hidden = sal.find((l) => l.name === 'Confidential location')!;
  assert.equal(hidden.description, 'Call for location.');
  assert.deepEqual(
    hidden.attributes.map((a) => [a.link_type, a.value]),
    [['confidential_location', 'true']],
  );
  assert.ok(!JSON.stringify(out).includes('Secretville'), 'the confidential town appears nowhere in the export');
  assert.ok(!JSON.stringify(out).includes('latitude'));
});

test('Spanish export uses Spanish text and falls back to English per field', () => {
  const [s] = toHsds([full], { lang: 'es' }).services;
  assert.equal(s.name, 'Línea de crisis');
  assert.equal(s.description, 'Answers calls.', 'no Spanish description: English');
  assert.equal(s.eligibility_description, 'Personas adultas.');
  assert.equal(s.languages.find((l) => l.code === 'es')?.name, 'español');
  assert.equal(
    s.attributes.find((a) => a.taxonomy_term?.code === 'housing')?.taxonomy_term?.name,
    'Ayuda con la vivienda',
  );
});

test('ids are UUIDs derived from our ids: stable between exports and unique within one', () => {
  const a = toHsds(bundled.providers.all());
  const b = toHsds(bundled.providers.all());
  assert.deepEqual(a, b);
  const ids = [
    ...a.organizations.map((o) => o.id),
    ...a.services.map((s) => s.id),
    ...a.services.flatMap((s) => s.phones.map((p) => p.id)),
  ];
  assert.equal(new Set(ids).size, ids.length);
  assert.equal(a.organizations[0].id, uuidv5(`organization/${bundled.providers.all()[0].id}`, HSDS_NAMESPACE));
  // The well-known RFC 4122 example (DNS namespace, "www.example.com").
  assert.equal(
    uuidv5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8'),
    '2ed6657d-e927-568b-95e1-2665a8aea6a2',
  );
});

test('the bundled export maps real records faithfully (Klingberg We Matter!)', () => {
  const s = toHsds(bundled.providers.all()).services.find((x) => x.name === 'We Matter!')!;
  assert.equal(s.minimum_age, 14);
  assert.equal(s.maximum_age, 21);
  assert.equal(s.contacts[0].name, 'Ellie Cuifalo');
  assert.equal(s.contacts[0].email, 'ellie.cuifalo@klingberg.org');
  assert.deepEqual(
    s.contacts[0].phones.map((p) => [p.number, p.type]),
    [['860-832-5519', 'voice']],
  );
  assert.ok(s.attributes.some((a) => a.link_type === 'referral_route' && a.taxonomy_term?.code === 'dcf-hart-liaison'));
  const unstated = toHsds(bundled.providers.all()).services.find((x) => x.name === 'Not a Number')!;
  assert.equal(unstated.service_areas[0].name, 'Not stated');
  assert.ok(
    unstated.attributes.some((a) => a.link_type === 'service_area_scope' && a.taxonomy_term?.code === 'unspecified'),
  );
});

test('NDJSON: one valid record per line, services with their organization nested, or organizations', () => {
  const text = toHsdsNdjson(bundled.providers.all());
  assert.ok(text.endsWith('\n'));
  const lines = text
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l));
  assert.equal(lines.length, bundled.providers.services().length);
  expectValid('service.json', lines);
  for (const l of lines) assert.equal(l.organization.id, l.organization_id);
  const orgs = toHsdsNdjson(bundled.providers.all(), { records: 'organizations', lang: 'es' })
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l));
  assert.equal(orgs.length, bundled.providers.all().length);
  expectValid('organization.json', orgs);
  assert.equal(toHsdsNdjson([]), '');
});
