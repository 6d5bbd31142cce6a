// Script-tag builds from the compiled modules in dist/ (run `npm run build:ts` first; `npm run build` does).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyLitCss } from './scripts/rollup-minify-css.mjs';

/** Shared with scripts/bench.ts so that the sizes it reports are the sizes shipped. */
export const terserOptions = { format: { comments: false }, ecma: 2020, module: true, compress: { passes: 2 } };
const plugins = () => [nodeResolve({ browser: true }), minifyLitCss(), terser(terserOptions)];

const onwarn = (w, warn) => { if (w.code !== 'THIS_IS_UNDEFINED') warn(w); };

export default [
  {
    input: 'dist/index.js',
    output: { file: 'dist/cdn/hart.js', format: 'es', sourcemap: true },
    plugins: plugins(),
    onwarn,
  },
  {
    input: 'dist/index.js',
    output: { file: 'dist/cdn/hart.iife.js', format: 'iife', name: 'HartWidgets', sourcemap: true },
    plugins: plugins(),
    onwarn,
  },
];
