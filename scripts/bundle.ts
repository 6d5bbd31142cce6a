/**
 * Bundles modules of dist/ as a developer's bundler would (Lit counted once, minified as the CDN build is), for the
 * budgets stated per feature rather than per CDN file. Shared by `npm run size` and `npm run bench`.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup, type Plugin } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terserPlugin from '@rollup/plugin-terser';
import { minifyLitTemplates } from './rollup-minify-lit.mjs';
import { terserOptions } from '../rollup.config.mjs';

// The plugin's CommonJS typings lack a call signature under NodeNext; at run time the default export is the factory.
const terser = terserPlugin as unknown as (options: object) => Plugin;
const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Bundles entry modules (paths relative to the repository, e.g. `dist/components/event-list/event-list.js`) and
 * returns the code loaded up front: the entry chunk and what it imports statically. Lazily imported chunks (the feed
 * validator, parts loaded on first use) are left out, unless `withLazy`: then the parts the elements load later by
 * themselves (the notice's QR code) are counted too, but not those a feed brings.
 */
export async function bundle(inputs: string[], withLazy = false, base = root): Promise<Buffer> {
  const virtual = inputs.map((i) => `export * from ${JSON.stringify(resolve(base, i))};`).join('\n');
  const build = await rollup({
    input: 'bench-entry',
    plugins: [
      {
        name: 'entry',
        resolveId: (id) => (id === 'bench-entry' ? id : null),
        load: (id) => (id === 'bench-entry' ? virtual : null),
      },
      nodeResolve({ browser: true, rootDir: root }),
      minifyLitTemplates(),
      terser(terserOptions),
    ],
    onwarn: () => {},
  });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  const chunks = new Map(output.filter((o) => o.type === 'chunk').map((c) => [c.fileName, c]));
  const upFront = new Set<string>();
  const visit = (name: string) => {
    if (upFront.has(name)) return;
    upFront.add(name);
    chunks.get(name)?.imports.forEach(visit);
  };
  visit(output.find((o) => o.type === 'chunk' && o.isEntry)!.fileName);
  if (withLazy) {
    const feedOnly = /\/sdk\/(feed|validate|generated\/hotlines)\.js$/;
    for (const [name, c] of chunks) if (!Object.keys(c.modules).some((id) => feedOnly.test(id))) upFront.add(name);
  }
  return Buffer.from([...upFront].map((n) => chunks.get(n)!.code).join('\n'));
}
