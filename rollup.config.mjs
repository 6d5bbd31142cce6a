// Script-tag builds from the compiled modules in dist/ (run `npm run build:ts` first; `npm run build` does).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyLitTemplates } from './scripts/rollup-minify-lit.mjs';

/** Shared with scripts/bench.ts so that the sizes it reports are the sizes shipped. */
export const terserOptions = { format: { comments: false }, ecma: 2020, module: true, compress: { passes: 2 } };
const plugins = () => [nodeResolve({ browser: true }), minifyLitTemplates(), terser(terserOptions)];

/** The elements, each also built as its own entry for the autoloader. */
const elements = ['hotline-banner', 'quick-exit', 'red-flags', 'provider-finder', 'event-list', 'awareness-notice'];

/** Third-party packages whose own import cycles are known and harmless (zod's core and its locales). */
const thirdPartyCycles = ['node_modules/zod/'];
const onwarn = (w, warn) => {
  // tsc's decorator helper refers to top-level `this`.
  if (w.code === 'THIS_IS_UNDEFINED') return;
  // A cycle is silenced only when every module in it is named third-party code: a cycle in our own code warns (and
  // test/scripts/import-graph.test.ts fails on it).
  if (w.code === 'CIRCULAR_DEPENDENCY' && w.ids?.every((id) => thirdPartyCycles.some((p) => id.includes(p)))) return;
  warn(w);
};
const chunkFileNames = 'chunks/[name]-[hash].js';

export default [
  {
    // hart.js: every element in one module. The feed loader and its validator stay a separate chunk, fetched only
    // when a page sets a feed (and so do other lazily loaded parts).
    input: 'dist/index.js',
    output: { dir: 'dist/cdn', entryFileNames: 'hart.js', chunkFileNames, format: 'es', sourcemap: true },
    plugins: plugins(),
    onwarn,
  },
  {
    // Classic scripts cannot load chunks: everything in one file.
    input: 'dist/index.js',
    output: {
      file: 'dist/cdn/hart.iife.js',
      format: 'iife',
      name: 'HartWidgets',
      sourcemap: true,
      inlineDynamicImports: true,
    },
    plugins: plugins(),
    onwarn,
  },
  {
    // autoloader.js plus one entry per element (hotline-banner.js, ...) sharing chunks (Lit once).
    input: Object.fromEntries([
      ['autoloader', 'dist/autoloader.js'],
      ...elements.map((name) => [name, `dist/components/${name}/${name}.js`]),
    ]),
    output: { dir: 'dist/cdn', entryFileNames: '[name].js', chunkFileNames, format: 'es', sourcemap: true },
    plugins: plugins(),
    onwarn,
  },
];
