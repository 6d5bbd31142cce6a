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

/**
 * For `hart.js`, which must work as one file copied anywhere: modules with an `.eager.js` twin (the notice's QR codes
 * of the bundled numbers, the room keeper of the fixed quick exit and the sticky banner) are replaced by it, so what
 * the module builds fetch later is inside the file.
 */
const eagerTwins = ['.qr-codes.js', '/room-keeper.load.js'];
const oneFile = () => ({
  name: 'hart-one-file',
  async resolveId(source, importer, options) {
    if (!eagerTwins.some((end) => source.endsWith(end))) return null;
    const eager = await this.resolve(source.replace(/\.js$/, '.eager.js'), importer, { ...options, skipSelf: true });
    if (!eager) this.error(`no eager twin for ${source}`);
    return eager;
  },
});

export default [
  {
    // hart.js: every element in one module, working alone (QR codes of the bundled numbers included). Only what a
    // feed brings stays a separate chunk, fetched when a page sets a feed: the feed loader and its validator, and the
    // QR encoder when the feed changes a number (docs/embedding.md).
    input: 'dist/index.js',
    output: { dir: 'dist/cdn', entryFileNames: 'hart.js', chunkFileNames, format: 'es', sourcemap: true },
    plugins: [oneFile(), ...plugins()],
    // The QR encoder chunk shares the path drawing with the file: let hart.js export it to that chunk rather than
    // moving the whole bundle into a chunk behind a facade.
    preserveEntrySignatures: 'allow-extension',
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
