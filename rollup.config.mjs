// Script-tag builds from the compiled modules in dist/ (run `npm run build:ts` first; `npm run build` does).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const plugins = () => [nodeResolve({ browser: true }), terser({ format: { comments: false }, ecma: 2021, module: true })];

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
