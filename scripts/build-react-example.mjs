// Builds the React 19 example: type-checks examples/react against the package's own published types (dist/*.d.ts,
// `hart-widgets/react`), then bundles examples/react/main.tsx into examples/react/dist/main.js (not committed).
// Run by `npm run build`, after dist/ and dist/react.d.ts exist.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'examples/react'], {
  cwd: root,
  stdio: 'inherit',
});
if (tsc.status !== 0) {
  console.error('examples/react: type errors (see above)');
  process.exit(tsc.status ?? 1);
}

await build({
  absWorkingDir: root,
  entryPoints: ['examples/react/main.tsx'],
  outdir: 'examples/react/dist',
  bundle: true,
  // The feed validator and other parts the elements load only when needed stay separate files.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  jsx: 'automatic',
  minify: true,
  sourcemap: true,
  // React's production build; the hart-widgets imports resolve through the package's own "exports".
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});
console.log('examples/react/dist/main.js (React example)');
