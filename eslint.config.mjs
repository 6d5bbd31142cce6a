// ESLint (flat config): typescript-eslint's type-aware rules where they catch real bugs (promises nobody awaits,
// `any` leaking into typed code, unused values), Lit's template rules and the web-component rules. Formatting is
// Prettier's job (`prettier --check .` in `npm run lint`), so no stylistic rules here.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

/** Tests that run in browsers, and the support files they import there (see test/support/README.md). */
const browserTests = [
  'test/components/**/*.ts',
  'test/e2e/**/*.ts',
  'test/support/element-helpers.ts',
  'test/support/proof-frame.ts',
  'test/support/proof/**/*.ts',
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'docs-site/',
      'docs/api/',
      'src/sdk/generated/',
      'examples/react/dist/',
      'test/fixtures/hsds-3.0/',
      '.scratch*/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node, ...globals.mocha },
      parserOptions: {
        projectService: { allowDefaultProject: ['*.mjs', '*.cjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      // Its fix removed casts tsc needs here (`as never` on a deliberately wrong value, a widened constructor type).
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
    },
  },
  // Browser code: Lit templates and custom elements.
  {
    files: ['src/**/*.ts', ...browserTests],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...wc.configs['flat/best-practice'],
  },
  // Lit calls an event listener bound in a template (`@click=${this.onClick}`) with the element as `this`, which
  // unbound-method cannot know.
  {
    files: ['src/components/**/*.ts'],
    rules: { '@typescript-eslint/unbound-method': 'off' },
  },
  // Tests.
  {
    files: ['test/**/*.ts'],
    rules: {
      // chai's property assertions (`expect(x).to.exist`) are expressions by design.
      '@typescript-eslint/no-unused-expressions': 'off',
      // Tests parse JSON and poke at results of deliberately wrong input; a wrong shape fails an assertion.
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // Methods of sinon stubs and spies are passed around unbound (`expect(stub.calledOnce)`).
      '@typescript-eslint/unbound-method': 'off',
      // Tests rewrite arbitrary JSON records to make them wrong on purpose.
      '@typescript-eslint/no-explicit-any': 'off',
      // Failure messages print whatever value was wrong.
      '@typescript-eslint/restrict-template-expressions': 'off',
      '@typescript-eslint/no-base-to-string': 'off',
      // Callbacks match helpers' and fakes' signatures, which expect a promise.
      '@typescript-eslint/require-await': 'off',
      // Promise.all over elements' optional `updateComplete` (undefined for an element not yet upgraded) is valid.
      '@typescript-eslint/await-thenable': 'off',
    },
  },
  {
    files: [
      'test/sdk/**/*.ts',
      'test/scripts/**/*.ts',
      'test/node-e2e/**/*.ts',
      'test/wordpress/**/*.ts',
      'test/components-node/**/*.ts',
    ],
    rules: {
      // node:test's test() and describe() return promises the runner itself awaits.
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            { from: 'package', name: ['test', 'describe', 'it', 'suite'], package: 'node:test' },
          ],
        },
      ],
    },
  },
  {
    files: browserTests,
    rules: {
      // @open-wc/semantic-dom-diff types chai's `equal` as returning a Promise (for DOM diffs), so every
      // `expect(x).to.equal(y)` would be reported. The promises that matter are caught by name below.
      '@typescript-eslint/no-floating-promises': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'ExpressionStatement > CallExpression[callee.property.name=/^(accessible|equalSnapshot)$/], ExpressionStatement > CallExpression[callee.name=/^(fixture|expectAccessible\\w*|oneEvent|aTimeout|waitUntil|nextFrame|elementUpdated|sendKeys|sendMouse|setViewport|emulateMedia|executeServerCommand)$/]',
          message: 'This returns a promise: await it, or the test goes on before it settles.',
        },
        {
          selector: "ExpressionStatement > MemberExpression[property.name='updateComplete']",
          message: 'await el.updateComplete.',
        },
      ],
    },
  },
  // Plain JavaScript (build scripts, wtr plugins, example scripts, proof pages): no type information.
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
