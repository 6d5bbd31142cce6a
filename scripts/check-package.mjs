// `npm run test:package`: the npm package as a consumer gets it. Packs the built repository (`npm pack`), installs the
// tarball into a new project outside the repository (its own package.json and node_modules, packages from the
// registry) and checks, from there:
//   - `npm publish --dry-run` has no warning but the one about not being logged in;
//   - the tarball holds what consumers need and nothing else, and every `exports` target is in it;
//   - Node 20 imports every JavaScript entry point; `npx hart-data check` runs on the shipped data;
//   - TypeScript (strict, skipLibCheck false) under moduleResolution bundler and node16: the entry points' types,
//     HTMLElementTagNameMap (typed, not `any`) and the React JSX types;
//   - Vite 6 builds a page with one element (`hart-widgets/hotline-banner.js`) and a page with every element
//     (`hart-widgets`); headless Chromium renders both from a local server, with no request leaving 127.0.0.1.
// Figures (tarball size, Vite first-load gzip sizes) go to reports/package-check.json, which `npm run bench` prints.
// Needs `npm run build` first (npm test builds before it). KEEP=1 keeps the temporary project.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { extname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { CHROMIUM, CHROMIUM_ARGS } from './browsers.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** What the consumer project installs from the registry beside the tarball (exact, so CI is repeatable). */
const CONSUMER_DEPS = ['vite@6.4.6', 'typescript@5.9.3', '@types/react@19.3.3'];

/**
 * The entry points a consumer imports. `node`: imported in plain Node 20 (no DOM); `types`: imported by the
 * TypeScript check. Adding a subpath to the package is one line here.
 */
const ENTRY_POINTS = [
  { specifier: 'hart-widgets', node: true, types: true },
  { specifier: 'hart-widgets/sdk', node: true, types: true },
  { specifier: 'hart-widgets/autoloader.js', node: true, types: true },
  { specifier: 'hart-widgets/hotline-banner.js', node: true, types: true },
  { specifier: 'hart-widgets/quick-exit.js', node: true, types: true },
  { specifier: 'hart-widgets/red-flags.js', node: true, types: true },
  { specifier: 'hart-widgets/provider-finder.js', node: true, types: true },
  { specifier: 'hart-widgets/event-list.js', node: true, types: true },
  { specifier: 'hart-widgets/awareness-notice.js', node: true, types: true },
  { specifier: 'hart-widgets/react', node: false, types: true },
];

/** Files a consumer needs; the tarball must hold each. */
const REQUIRED = [
  'package.json',
  'README.md',
  'CHANGELOG.md',
  'LICENSE',
  'bin/hart-data.js',
  'custom-elements.json',
  'data/hotlines.json',
  'dist/cdn/hart.js',
  'dist/cdn/hart.iife.js',
  'dist/cdn/sri.json',
  'dist/react.d.ts',
];
/** What must never ship: sources, tests and their fixtures, examples, docs sources, tool configs, stray maps. */
const FORBIDDEN = [
  /^(src|test|tests|scripts|examples|docs|docs-site|reports|wordpress)\//,
  /\.test\.[cm]?[jt]s$/,
  /(^|\/)fixtures?\//,
  /^(tsconfig|rollup|web-test-runner|custom-elements-manifest\.config|typedoc)/,
  /^\./,
  /^dist\/(?!cdn\/).*\.map$/, // tsc maps point at src/, which is not shipped
  /^dist\/wordpress\//, // the WordPress plugin zip is its own download
];

const steps = [];
/** Runs one named step, timing it; a thrown error fails the whole check with the step's name. */
async function step(name, fn) {
  const t = Date.now();
  process.stdout.write(`- ${name} ... `);
  try {
    const note = await fn();
    const s = ((Date.now() - t) / 1000).toFixed(1);
    console.log(`ok (${s} s)${note ? `: ${note}` : ''}`);
    steps.push({ name, seconds: Number(s) });
  } catch (err) {
    console.log('FAILED');
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
    throw err;
  }
}

/** Runs a command; its output is shown only when it fails. */
function run(cmd, args, cwd, extraEnv = {}) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, ...extraEnv }, maxBuffer: 1 << 26 });
  if (r.status !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} (in ${cwd}) exited ${r.status}\n${r.stdout}\n${r.stderr}`);
  }
  return r;
}

const kB = (n) => `${(n / 1000).toFixed(1)} kB`;

if (!existsSync(join(root, 'dist/index.js')) || !existsSync(join(root, 'dist/cdn/sri.json'))) {
  console.error('dist/ is not built: run `npm run build` first.');
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'hart-consumer-'));
const app = join(work, 'app');
mkdirSync(app);
const report = { generated: new Date().toISOString(), version: pkg.version, deps: CONSUMER_DEPS };
console.log(`Consumer project: ${app}`);

try {
  await step('npm publish --dry-run has no warnings', () => {
    const r = run('npm', ['publish', '--dry-run', '--ignore-scripts'], root);
    const warnings = `${r.stdout}\n${r.stderr}`
      .split('\n')
      .filter((l) => /npm warn/i.test(l) && !/logged in|requires you to be logged/i.test(l));
    if (warnings.length) throw new Error(warnings.join('\n'));
  });

  let tarball;
  await step('npm pack: what consumers need and nothing else', () => {
    const r = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], root);
    const [info] = JSON.parse(r.stdout.slice(r.stdout.indexOf('[')));
    tarball = join(work, info.filename);
    const files = info.files.map((f) => f.path);
    const missing = REQUIRED.filter((f) => !files.includes(f));
    const forbidden = files.filter((f) => FORBIDDEN.some((re) => re.test(f)));
    const targets = Object.values(pkg.exports)
      .flatMap((t) => (typeof t === 'string' ? [t] : Object.values(t)))
      .map((t) => t.replace(/^\.\//, ''))
      .filter((t) => !files.includes(t));
    if (missing.length || forbidden.length || targets.length) {
      throw new Error(
        `missing: ${missing.join(', ') || '-'}\nmust not ship: ${forbidden.join(', ') || '-'}\n` +
          `exports targets not in the tarball: ${targets.join(', ') || '-'}`,
      );
    }
    report.tarball = { file: info.filename, packed: info.size, unpacked: info.unpackedSize, files: info.entryCount };
    return `${kB(info.size)} packed, ${kB(info.unpackedSize)} unpacked, ${info.entryCount} files`;
  });

  await step(`install the tarball with ${CONSUMER_DEPS.join(', ')}`, () => {
    writeFileSync(
      join(app, 'package.json'),
      JSON.stringify({ name: 'hart-consumer', private: true, version: '0.0.0', type: 'module' }, null, 2),
    );
    run(
      'npm',
      ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', tarball, ...CONSUMER_DEPS],
      app,
    );
  });

  await step('Node 20: every JavaScript entry point imports; the SDK answers', () => {
    const imports = ENTRY_POINTS.filter((e) => e.node)
      .map((e) => `await import(${JSON.stringify(e.specifier)});`)
      .join('\n');
    writeFileSync(
      join(app, 'node-check.mjs'),
      `import { bundled } from 'hart-widgets/sdk';
${imports}
const nhth = bundled.hotlines.byId('nhth');
const numbers = nhth.contacts.map((c) => c.value);
if (!numbers.includes('+18883737888')) throw new Error('hotline numbers: ' + numbers.join(', '));
if (bundled.hotlines.byUse('child')[0]?.id !== 'careline') throw new Error('byUse(child) is not the Careline');
if (typeof window !== 'undefined' || typeof document !== 'undefined') throw new Error('a DOM global was left behind');
console.log(bundled.hotlines.all().length + ' hotlines');
`,
    );
    return run(process.execPath, ['node-check.mjs'], app).stdout.trim();
  });

  await step('npx hart-data check --data node_modules/hart-widgets/data', () => {
    const r = run('npx', ['--no-install', 'hart-data', 'check', '--data', 'node_modules/hart-widgets/data'], app);
    return r.stdout.trim().split('\n').at(-1);
  });

  await step('TypeScript strict, skipLibCheck false: moduleResolution bundler and node16', () => {
    const imports = ENTRY_POINTS.filter((e) => e.types)
      .map((e, i) => `import * as entry${i} from ${JSON.stringify(e.specifier)};`)
      .join('\n');
    const used = ENTRY_POINTS.filter((e) => e.types)
      .map((_, i) => `entry${i}`)
      .join(', ');
    mkdirSync(join(app, 'src'), { recursive: true });
    writeFileSync(
      join(app, 'src/types.ts'),
      `${imports}
import { bundled, type Hotline } from 'hart-widgets/sdk';
import type {
  HartAwarenessNotice,
  HartEventList,
  HartHotlineBanner,
  HartProviderFinder,
  HartQuickExit,
  HartRedFlags,
} from 'hart-widgets';

export const entries = [${used}];

/** true when T is \`any\`: the checks below fail if a type decays to it. */
type IsAny<T> = 0 extends 1 & T ? true : false;
type ExpectFalse<T extends false> = T;

const careline: Hotline | undefined = bundled.hotlines.byId('careline');
export const display: string | undefined = careline?.contacts[0]?.display;
export type SdkTyped = ExpectFalse<IsAny<typeof bundled>>;

const banner = document.createElement('hart-hotline-banner');
export const isBanner: HartHotlineBanner = banner;
export const variant: 'full' | 'compact' | 'inline' = banner.variant;
export type BannerTyped = ExpectFalse<IsAny<typeof banner>>;
export type VariantTyped = ExpectFalse<IsAny<typeof banner.variant>>;
// @ts-expect-error not a variant: fails if variant widened to string or any
banner.variant = 'huge';
// Every tag maps to its class (an untyped tag would give HTMLElement, which these assignments refuse).
export const tags: [HartQuickExit, HartRedFlags, HartProviderFinder, HartEventList, HartAwarenessNotice] = [
  document.createElement('hart-quick-exit'),
  document.createElement('hart-red-flags'),
  document.createElement('hart-provider-finder'),
  document.createElement('hart-event-list'),
  document.createElement('hart-awareness-notice'),
];
`,
    );
    writeFileSync(
      join(app, 'src/react.tsx'),
      `import type {} from 'hart-widgets/react';
import 'hart-widgets/hotline-banner.js';

export const ok = <hart-hotline-banner variant="compact" quick-exit onhart-exit={(e) => e.detail} />;
// @ts-expect-error not a variant
export const bad = <hart-hotline-banner variant="huge" />;
// @ts-expect-error not an attribute of the banner
export const unknown = <hart-hotline-banner colour="red" />;
`,
    );
    const base = {
      strict: true,
      skipLibCheck: false,
      noEmit: true,
      target: 'ES2022',
      lib: ['ES2022', 'DOM', 'DOM.Iterable'],
      jsx: 'react-jsx',
      types: [],
    };
    const notes = [];
    for (const [name, options] of [
      ['bundler', { module: 'ESNext', moduleResolution: 'bundler' }],
      ['node16', { module: 'node16', moduleResolution: 'node16' }],
    ]) {
      const config = `tsconfig.${name}.json`;
      writeFileSync(
        join(app, config),
        JSON.stringify({ compilerOptions: { ...base, ...options }, include: ['src'] }, null, 2),
      );
      const r = spawnSync(process.execPath, [join(app, 'node_modules/typescript/bin/tsc'), '-p', config], {
        cwd: app,
        encoding: 'utf8',
      });
      if (r.status !== 0) throw new Error(`tsc -p ${config}\n${r.stdout}${r.stderr}`);
      notes.push(name);
    }
    return notes.join(', ');
  });

  const pages = {
    'hotline-banner': {
      module: `import 'hart-widgets/hotline-banner.js';`,
      body: `<hart-hotline-banner lang="en"></hart-hotline-banner>`,
    },
    'every-element': {
      module: `import 'hart-widgets';`,
      body: [
        '<hart-hotline-banner></hart-hotline-banner>',
        '<hart-quick-exit></hart-quick-exit>',
        '<hart-red-flags></hart-red-flags>',
        '<hart-provider-finder></hart-provider-finder>',
        '<hart-event-list></hart-event-list>',
        '<hart-awareness-notice></hart-awareness-notice>',
      ].join('\n'),
    },
  };

  await step('Vite 6 production builds: one element, every element', async () => {
    for (const [name, page] of Object.entries(pages)) {
      const dir = join(app, 'pages', name);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'main.js'), `${page.module}\n`);
      writeFileSync(
        join(dir, 'index.html'),
        `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><link rel="icon" href="data:,"><title>${name}</title></head>
  <body>
    ${page.body}
    <script type="module" src="./main.js"></script>
  </body>
</html>
`,
      );
    }
    // Vite's own API, from the consumer's node_modules, in one process for both builds.
    writeFileSync(
      join(app, 'vite-build.mjs'),
      `import { build } from 'vite';
for (const name of ${JSON.stringify(Object.keys(pages))}) {
  await build({ root: 'pages/' + name, logLevel: 'warn', build: { outDir: '../../dist/' + name, emptyOutDir: true, manifest: true } });
}
`,
    );
    run(process.execPath, ['vite-build.mjs'], app);
    report.vite = {};
    for (const name of Object.keys(pages)) report.vite[name] = firstLoad(join(app, 'dist', name));
    return Object.entries(report.vite)
      .map(([n, v]) => `${n} ${kB(v.gzip)} gz first load (${v.files} files)`)
      .join('; ');
  });

  await step('Chromium renders the built pages (banner links; every element defined; no outside request)', async () => {
    const notes = [];
    for (const name of Object.keys(pages)) notes.push(await renderCheck(join(app, 'dist', name), name));
    return notes.join('; ');
  });
} catch {
  // The failing step has printed its error.
} finally {
  report.steps = steps;
  mkdirSync(join(root, 'reports'), { recursive: true });
  if (!process.exitCode)
    writeFileSync(join(root, 'reports/package-check.json'), JSON.stringify(report, null, 2) + '\n');
  if (process.env.KEEP) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
console.log(process.exitCode ? 'package check FAILED' : 'package check passed: reports/package-check.json');

/**
 * What a browser loads up front from a Vite build: the HTML entry's chunk, the chunks it imports statically
 * (recursively) and their CSS, from Vite's manifest. Lazy chunks are counted apart.
 */
function firstLoad(outDir) {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8'));
  const seen = new Set();
  const files = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const k of chunk.imports ?? []) visit(k);
  };
  visit(Object.keys(manifest).find((k) => manifest[k].isEntry));
  let bytes = 0;
  let gzip = 0;
  for (const f of files) {
    const b = readFileSync(join(outDir, f));
    bytes += b.length;
    gzip += gzipSync(b, { level: 9 }).length;
  }
  const all = walk(join(outDir, 'assets')).filter((f) => f.endsWith('.js'));
  const allGzip = all.reduce((n, f) => n + gzipSync(readFileSync(f), { level: 9 }).length, 0);
  return { files: files.size, bytes, gzip, allJsFiles: all.length, allJsGzip: allGzip };
}

function walk(dir) {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
}

/** Serves a built page on 127.0.0.1 and checks in headless Chromium what a visitor sees. */
async function renderCheck(dir, name) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
  const server = createServer((req, res) => {
    const path = join(dir, decodeURIComponent(new URL(req.url, 'http://x').pathname));
    const file = path.endsWith('/') ? join(path, 'index.html') : path;
    if (!relative(dir, file).startsWith('..') && existsSync(file) && statSync(file).isFile()) {
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      res.end(readFileSync(file));
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  // puppeteer-core is the repository's own dev dependency; the browser is Debian's (scripts/browsers.mjs).
  const require = createRequire(join(root, 'package.json'));
  const { default: puppeteer } = await import(pathToFileURL(require.resolve('puppeteer-core')).href);
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage();
    const errors = [];
    const outside = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('request', (r) => !r.url().startsWith(origin) && !r.url().startsWith('data:') && outside.push(r.url()));
    await page.goto(`${origin}/`, { waitUntil: 'networkidle0' });
    const seen = await page.evaluate(async () => {
      const tags = [
        'hart-hotline-banner',
        'hart-quick-exit',
        'hart-red-flags',
        'hart-provider-finder',
        'hart-event-list',
        'hart-awareness-notice',
      ].filter((t) => document.querySelector(t));
      await Promise.all(tags.map((t) => customElements.whenDefined(t)));
      const banner = document.querySelector('hart-hotline-banner');
      await banner.updateComplete;
      const links = [...banner.shadowRoot.querySelectorAll('a[href]')].map((a) => ({
        href: a.getAttribute('href'),
        text: a.textContent.replace(/\s+/g, ' ').trim(),
        visible: a.getBoundingClientRect().height > 0,
      }));
      return { defined: tags.filter((t) => customElements.get(t)), links };
    });
    const hrefs = seen.links.filter((l) => l.visible).map((l) => l.href);
    for (const href of ['tel:911', 'tel:+18883737888', 'tel:+18008422288']) {
      if (!hrefs.includes(href)) throw new Error(`${name}: the banner shows no ${href} link (${hrefs.join(', ')})`);
    }
    if (!seen.links.some((l) => l.visible && /1-888-373-7888/.test(l.text))) {
      throw new Error(`${name}: the banner does not show 1-888-373-7888`);
    }
    const expected = (await page.$$eval('body > *', (els) => els.map((e) => e.localName))).filter((t) =>
      t.startsWith('hart-'),
    );
    if (seen.defined.length !== expected.length) throw new Error(`${name}: defined ${seen.defined.join(', ')}`);
    if (errors.length) throw new Error(`${name}: errors in the page:\n${errors.join('\n')}`);
    if (outside.length) throw new Error(`${name}: requests left 127.0.0.1:\n${outside.join('\n')}`);
    return `${name}: ${seen.defined.length} element(s), ${hrefs.length} banner links`;
  } finally {
    await browser.close();
    server.close();
  }
}
