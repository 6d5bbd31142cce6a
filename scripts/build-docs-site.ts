/**
 * `npm run docs`: a static documentation site in docs-site/ (not committed):
 * - the guides in docs/*.md as pages;
 * - one page per element, generated from custom-elements.json, with live examples from examples/examples.json;
 * - the typedoc API reference in docs-site/api (written by typedoc before this script runs);
 * - the script-tag files in docs-site/cdn, so the live examples work wherever the site is hosted.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { marked } from 'marked';

const root = fileURLToPath(new URL('..', import.meta.url));
const site = join(root, 'docs-site');
mkdirSync(site, { recursive: true });
cpSync(join(root, 'dist/cdn'), join(site, 'cdn'), { recursive: true });

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const md = (text: string) =>
  marked.parse(text, { async: false }).replace(/href="([\w-]+)\.md(#[^"]*)?"/g, 'href="$1.html$2"');

interface Attr {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
}
interface Named {
  name: string;
  description?: string;
}
interface Decl {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  description?: string;
  attributes?: Attr[];
  events?: Named[];
  slots?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
  superclass?: { name: string };
}
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8')) as {
  modules: { declarations?: Decl[] }[];
};
const classes = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.kind === 'class');
const inherited = (d: Decl, key: 'attributes' | 'events'): Named[] => {
  const base = d.superclass && classes.find((c) => c.name === d.superclass!.name);
  const own = d[key] ?? [];
  return base ? [...own, ...inherited(base, key).filter((b) => !own.some((o) => o.name === b.name))] : own;
};
const elements = classes
  .filter((d) => d.customElement && d.tagName)
  .sort((a, b) => a.tagName!.localeCompare(b.tagName!));
const examples = (
  JSON.parse(readFileSync(join(root, 'examples/examples.json'), 'utf8')) as {
    examples: { id: string; element: string; title: string; description: string; markup: string }[];
  }
).examples;

const guides = readdirSync(join(root, 'docs'))
  .filter((f) => f.endsWith('.md'))
  .map((f) => {
    const text = readFileSync(join(root, 'docs', f), 'utf8');
    return { file: f.replace(/\.md$/, '.html'), title: /^#\s+(.+)$/m.exec(text)?.[1].replace(/`/g, '') ?? f, text };
  });

const page = (title: string, body: string, extraHead = '') => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)} · hart-widgets</title><link rel="stylesheet" href="site.css">${extraHead}</head>
<body><a class="skip" href="#main">Skip to content</a>
<header><a href="index.html">hart-widgets</a> documentation</header>
<div class="layout"><nav aria-label="Documentation"><h2>Elements</h2><ul>${elements
  .map((e) => `<li><a href="${e.tagName}.html">&lt;${e.tagName}&gt;</a></li>`)
  .join(
    '',
  )}</ul><h2>Guides</h2><ul>${guides.map((g) => `<li><a href="${g.file}">${escape(g.title)}</a></li>`).join('')}</ul>
<h2>Reference</h2><ul><li><a href="api/index.html">SDK API (typedoc)</a></li></ul></nav>
<main id="main">${body}</main></div></body></html>
`;

const table = (rows: Named[] | Attr[], head: string[], cells: (r: Attr) => string[]) =>
  rows.length
    ? `<table><thead><tr>${head.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead><tbody>${(rows as Attr[])
        .map(
          (r) =>
            `<tr>${cells(r)
              .map((c) => `<td>${c}</td>`)
              .join('')}</tr>`,
        )
        .join('')}</tbody></table>`
    : '<p>None.</p>';
const code = (s?: string) => (s ? `<code>${escape(s)}</code>` : '');

for (const e of elements) {
  const live = examples.filter((x) => x.element === e.tagName);
  const body = `<h1><code>&lt;${e.tagName}&gt;</code></h1>
<p class="summary">${escape(e.summary ?? '')}</p>${md(e.description ?? '')}
<h2>Live examples</h2>${
    live
      .map(
        (x) =>
          `<section class="example"><h3>${escape(x.title)}</h3><p>${escape(x.description)}</p><div class="live">${x.markup}</div><pre><code>${escape(x.markup)}</code></pre></section>`,
      )
      .join('') || '<p>See the examples gallery.</p>'
  }
<h2>Attributes</h2>${table(inherited(e, 'attributes'), ['attribute', 'type', 'default', 'description'], (a) => [code(a.name), code(a.type?.text), code(a.default), escape(a.description ?? '')])}
<h2>Events</h2>${table(inherited(e, 'events'), ['event', 'description'], (a) => [code(a.name), escape(a.description ?? '')])}
<h2>Slots</h2>${table(e.slots ?? [], ['slot', 'description'], (a) => [code(a.name || '(default)'), escape(a.description ?? '')])}
<h2>CSS parts</h2>${table(e.cssParts ?? [], ['part', 'description'], (a) => [code(a.name), escape(a.description ?? '')])}
<h2>CSS custom properties</h2>${table(e.cssProperties ?? [], ['property', 'description'], (a) => [code(a.name), escape(a.description ?? '')])}`;
  writeFileSync(
    join(site, `${e.tagName}.html`),
    page(e.tagName!, body, '<script type="module" src="cdn/hart.js"></script>'),
  );
}

for (const g of guides) writeFileSync(join(site, g.file), page(g.title, md(g.text)));

const readme = readFileSync(join(root, 'README.md'), 'utf8');
writeFileSync(join(site, 'index.html'), page('Overview', md(readme.replace(/\]\(docs\/([\w-]+)\.md\)/g, ']($1.md)'))));
writeFileSync(
  join(site, 'site.css'),
  `body{margin:0;font:16px/1.5 system-ui,sans-serif;color:#1b1b1b}header{padding:.75rem 1rem;background:#10243e;color:#fff}
header a{color:#fff;font-weight:700}.layout{display:flex;flex-wrap:wrap;gap:2rem;padding:1rem;max-width:75rem;margin:auto}
nav{flex:0 0 15rem}nav ul{list-style:none;padding:0}nav li{margin:.25rem 0}main{flex:1 1 30rem;min-width:0}
pre{background:#f4f4f4;padding:.75rem;overflow-x:auto}table{border-collapse:collapse;width:100%}
td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}.example{border-top:1px solid #ccc}
.live{margin:1rem 0}.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}
a{color:#0b4f9c}a:focus-visible{outline:3px solid #c9302c;outline-offset:2px}\n`,
);
console.log(
  `docs-site/: ${elements.length} element pages, ${guides.length} guides${existsSync(join(site, 'api')) ? ', API reference' : ''}`,
);
