// The SDK's front door stays small and documented: `hart-widgets/sdk` exports at most 60 runtime values (the data,
// queries, loaders, formatting, exports), each with a doc comment typedoc shows; schemas and validation are in
// `hart-widgets/sdk/schema`; internals are imported from their modules by the tests, never from an entry point.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import * as sdk from '../../src/sdk/index.js';
import * as schema from '../../src/sdk/schema.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const MAX_RUNTIME_EXPORTS = 60;

/** Every export of an entry module with its doc comment, as the compiler (and so typedoc) sees it. */
function exportsWithDocs(entry: string): { name: string; runtime: boolean; doc: string }[] {
  const file = `${root}${entry}`;
  const program = ts.createProgram([file], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(file)!)!;
  return checker.getExportsOfModule(moduleSymbol).map((s) => {
    const target = s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
    const doc = ts.displayPartsToString(target.getDocumentationComment(checker)).trim();
    // `export type { ProviderIndex }` names a class but exports no value.
    const typeOnly = (s.declarations ?? []).some((d) => ts.isTypeOnlyImportOrExportDeclaration(d));
    return { name: s.name, runtime: !typeOnly && (target.flags & ts.SymbolFlags.Value) !== 0, doc };
  });
}

test(`hart-widgets/sdk has at most ${MAX_RUNTIME_EXPORTS} runtime exports`, () => {
  const names = Object.keys(sdk);
  assert.ok(names.length > 30, `only ${names.length}: the entry did not load`);
  assert.ok(names.length <= MAX_RUNTIME_EXPORTS, `${names.length} runtime exports: ${names.join(' ')}`);
});

test('hart-widgets/sdk keeps the data, queries, loaders, formatting and exports an app uses', () => {
  for (const name of [
    'bundled',
    'createDataset',
    'loadDataset',
    'loadFeed',
    'searchProviders',
    'redFlags',
    'whatToDo',
    'localize',
    'formatEventTime',
    'contactHref',
    'toIcs',
    'toHsds',
    'eventsJsonLd',
    'noticeView',
    'resolveNear',
  ]) {
    assert.equal(typeof (sdk as Record<string, unknown>)[name], name === 'bundled' ? 'object' : 'function', name);
  }
});

test('internals and schemas are not in hart-widgets/sdk; schemas and validation are in hart-widgets/sdk/schema', () => {
  const exported = new Set(Object.keys(sdk));
  for (const internal of [
    'resetFeedCache',
    'foldIcsLine',
    'escapeIcsText',
    'icsDateTime',
    'IdSchema',
    'PhoneSchema',
    'LocalizedTextSchema',
    'HotlineSchema',
    'validateCollections',
    'toHSDS',
    'toICS',
    'servesTown',
  ]) {
    assert.ok(!exported.has(internal), `${internal} is exported from hart-widgets/sdk`);
  }
  assert.ok(![...exported].some((n) => n.endsWith('Schema')), 'no zod schema in hart-widgets/sdk');
  assert.equal(typeof schema.validateCollections, 'function');
  assert.equal(typeof schema.checkReferences, 'function');
  assert.equal(schema.HotlineSchema.safeParse({}).success, false);
  assert.equal(typeof schema.FeedSchema.safeParse, 'function');
});

test('the package exports hart-widgets/sdk/schema, and typedoc documents it', () => {
  const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
  assert.deepEqual(pkg.exports['./sdk/schema'], {
    types: './dist/sdk/schema.d.ts',
    default: './dist/sdk/schema.js',
  });
  const typedoc = JSON.parse(readFileSync(`${root}typedoc.json`, 'utf8'));
  assert.ok(typedoc.entryPoints.includes('src/sdk/schema.ts'));
  assert.equal(typedoc.validation.notDocumented, true, 'typedoc warns on any undocumented export');
});

for (const entry of ['src/sdk/index.ts', 'src/sdk/schema.ts']) {
  test(`every export of ${entry} has a doc comment`, () => {
    const all = exportsWithDocs(entry);
    assert.ok(all.length > 10);
    assert.deepEqual(
      all.filter((e) => !e.doc).map((e) => e.name),
      [],
    );
    if (entry === 'src/sdk/index.ts') {
      // The compiler's count of values agrees with what the module really exports.
      assert.deepEqual(
        all
          .filter((e) => e.runtime)
          .map((e) => e.name)
          .sort(),
        Object.keys(sdk).sort(),
      );
    }
  });
}

test('Dataset is a declared interface, so hovers and docs name Hotline, Provider and HartEvent', () => {
  const dts = ts.transpileDeclaration(readFileSync(`${root}src/sdk/dataset.ts`, 'utf8'), {
    compilerOptions: { isolatedDeclarations: false },
  }).outputText;
  assert.match(dts, /export declare function createDataset\(collections: DatasetCollections\): Dataset;/);
  assert.match(dts, /byId\(id: string\): Hotline \| undefined;/);
  assert.match(dts, /all\(\): Provider\[\];/);
  assert.match(readFileSync(`${root}src/sdk/events.ts`, 'utf8'), /all\(\): HartEvent\[\];/);
});
