// `npm run build:wordpress`: the WordPress plugin, ready to install, in dist/wordpress/hart-widgets-<version>.zip.
// Copies wordpress/hart-widgets/ with this version, adds the version's dist/cdn (source maps left out) as cdn/, the
// element definitions read from custom-elements.json (elements.json: tags, block names, documented attributes and
// their types; the plain no-JavaScript markup from dist/fallback), and compiles languages/*.po to .mo.
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileMo, parsePo } from './po.mjs';
import { zip } from './zip.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const source = join(root, 'wordpress/hart-widgets');
const out = join(root, 'dist/wordpress');
const stage = join(out, 'hart-widgets');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** Attributes whose value is a URL (checked as URLs by the plugin and by kses). */
const URL_ATTRIBUTES = new Set(['feed', 'href', 'exit-href']);

/** Each element's tag, block name and documented attributes (its own and those it inherits), from the manifest. */
export function elementDefinitions(manifest) {
  const classes = new Map();
  for (const mod of manifest.modules)
    for (const d of mod.declarations ?? []) if (d.kind === 'class') classes.set(d.name, d);
  const attributesOf = (d) => {
    const base = d.superclass && classes.get(d.superclass.name);
    const inherited = base ? attributesOf(base) : [];
    const own = d.attributes ?? [];
    return [...own, ...inherited.filter((a) => !own.some((o) => o.name === a.name))];
  };
  const typeOf = (a) => {
    if (URL_ATTRIBUTES.has(a.name)) return { type: 'url' };
    const text = a.type?.text ?? '';
    const values = [...text.matchAll(/'([^']+)'/g)].map((m) => m[1]);
    if (values.length && values.length === text.split('|').length) return { type: 'enum', values };
    if (text === 'boolean') return { type: 'boolean' };
    if (text === 'number') return { type: 'number' };
    return { type: 'string' };
  };
  const elements = {};
  for (const d of [...classes.values()].filter((c) => c.customElement && c.tagName)) {
    elements[d.tagName] = {
      block: `hart-widgets/${d.tagName.replace(/^hart-/, '')}`,
      attributes: Object.fromEntries(attributesOf(d).map((a) => [a.name, typeOf(a)])),
    };
  }
  return Object.fromEntries(Object.entries(elements).sort(([a], [b]) => a.localeCompare(b)));
}

/** The inner markup of the plain fallbacks in dist/fallback: tag => lang => HTML. */
function plainFallbacks() {
  const files = {
    'hart-hotline-banner': (lang) => `hotline-banner.${lang}.plain.html`,
    'hart-quick-exit': (lang) => `quick-exit.${lang}.html`,
  };
  const result = {};
  for (const [tag, file] of Object.entries(files)) {
    result[tag] = {};
    for (const lang of ['en', 'es']) {
      const html = readFileSync(join(root, 'dist/fallback', file(lang)), 'utf8');
      const inner = new RegExp(`^\\s*<${tag}[^>]*>([\\s\\S]*)</${tag}>\\s*$`).exec(html);
      if (!inner) throw new Error(`dist/fallback/${file(lang)}: expected one <${tag}>`);
      result[tag][lang] = inner[1].trim();
    }
  }
  return result;
}

function filesUnder(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

function build() {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  cpSync(source, stage, { recursive: true });

  for (const file of ['hart-widgets.php', 'readme.txt']) {
    const path = join(stage, file);
    const text = readFileSync(path, 'utf8')
      .replace(/^( \* Version:\s+).*$/m, `$1${version}`)
      .replace(/define\( 'HART_WIDGETS_VERSION', '[^']*' \);/, `define( 'HART_WIDGETS_VERSION', '${version}' );`)
      .replace(/^Stable tag: .*$/m, `Stable tag: ${version}`);
    writeFileSync(path, text);
  }

  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  const definitions = { version, elements: elementDefinitions(manifest), fallbacks: plainFallbacks() };
  writeFileSync(join(stage, 'elements.json'), JSON.stringify(definitions, null, 2) + '\n');

  const cdn = join(root, 'dist/cdn');
  if (!existsSync(join(cdn, 'sri.json'))) throw new Error('dist/cdn/sri.json is missing: run npm run build:cdn first');
  cpSync(cdn, join(stage, 'cdn'), { recursive: true, filter: (path) => !path.endsWith('.map') });

  for (const po of readdirSync(join(stage, 'languages')).filter((f) => f.endsWith('.po'))) {
    const entries = parsePo(readFileSync(join(stage, 'languages', po), 'utf8'));
    writeFileSync(join(stage, 'languages', po.replace(/\.po$/, '.mo')), compileMo(entries));
  }

  const entries = filesUnder(stage).map((path) => ({
    name: `hart-widgets/${relative(stage, path).split('\\').join('/')}`,
    data: readFileSync(path),
  }));
  const archive = join(out, `hart-widgets-${version}.zip`);
  writeFileSync(archive, zip(entries));
  console.log(`${relative(root, archive)}: ${entries.length} files, ${Math.round(statSync(archive).size / 1024)} KB`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) build();
