// The configurator: pick an element and its options, see it live, copy the snippet.
//
// Everything it offers comes from this repository's build, so it never drifts from the code:
// - custom-elements.json: the elements, their attributes, types (string unions become selects, booleans checkboxes,
//   the rest text fields), defaults and descriptions;
// - dist/cdn/sri.json: the integrity of every script file; package.json: the version the snippet pins;
// - dist/fallback/: the plain links put inside the tag for visitors whose browser runs no script.
//
// The preview is built with createElement/setAttribute and every text is set as textContent: no HTML string is
// ever parsed into this page. The snippet is shown as text.

const root = new URL('../', import.meta.url);
const cdnPath = 'dist/cdn/';

const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));
const form = /** @type {HTMLFormElement} */ ($('config'));
const elementSelect = /** @type {HTMLSelectElement} */ ($('element'));
const fields = $('attribute-fields');
const fileChoices = $('file-choices');
const hostInput = /** @type {HTMLInputElement} */ ($('host'));
const fallbackBox = /** @type {HTMLInputElement} */ ($('fallback'));
const preview = $('preview');
const previewNote = $('preview-note');
const snippetCode = $('snippet');
const copyButton = /** @type {HTMLButtonElement} */ ($('copy'));
const copyStatus = $('copy-status');

/** Attributes left out of the form: typing a feed URL would make the preview fetch every half-typed address. */
const skipped = new Set(['feed']);

/** Fetches a JSON or text file of this repository's build. */
async function load(path, as = 'json') {
  const response = await fetch(new URL(path, root));
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return as === 'json' ? response.json() : response.text();
}

let manifest, sri, version;
try {
  [manifest, sri, { version }] = await Promise.all([
    load('custom-elements.json'),
    load(`${cdnPath}sri.json`),
    load('package.json'),
  ]);
} catch (error) {
  const message = $('load-error');
  message.textContent = `The configurator could not read the build (${error.message}). Run "npm start", which builds first.`;
  message.hidden = false;
  form.hidden = true;
  throw error;
}

/**
 * @typedef {{ name: string, type?: { text: string }, default?: string, description?: string }} Attribute
 * @typedef {{ tagName: string, name: string, summary?: string, attributes?: Attribute[] }} ElementDoc
 */

/** @type {ElementDoc[]} Every element in the manifest, in the order of its modules. */
const elements = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.customElement && d.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

/** The values of a string-union type (`'full' | 'compact'`), or undefined for any other type. */
function unionValues(type) {
  const parts = (type?.text ?? '')
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p !== 'undefined');
  if (!parts.length || !parts.every((p) => /^'[^']*'$/.test(p))) return undefined;
  return parts.map((p) => p.slice(1, -1));
}

/** What kind of control an attribute gets. */
function controlKind(attr) {
  if (unionValues(attr.type)) return 'select';
  if (attr.type?.text === 'boolean') return 'checkbox';
  return 'text';
}

/** A default worth showing: a literal (`'full'`, `2`), not a constant's name. */
function shownDefault(attr) {
  const d = attr.default;
  if (!d) return undefined;
  if (/^'.*'$/.test(d)) return d.slice(1, -1) || undefined;
  if (/^-?\d+(\.\d+)?$/.test(d)) return d;
  return undefined;
}

/** Text with `code` spans (the manifest's Markdown backticks) as nodes: text stays text. */
function withCode(text) {
  const nodes = [];
  text.split('`').forEach((part, i) => {
    if (!part) return;
    if (i % 2) {
      const code = document.createElement('code');
      code.textContent = part;
      nodes.push(code);
    } else nodes.push(document.createTextNode(part));
  });
  return nodes;
}

const el = (tag, props = {}, children = []) => {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === 'text') node.textContent = value;
    else node.setAttribute(key, value);
  }
  node.append(...children);
  return node;
};

// ---- state ------------------------------------------------------------------------------------------------------

/** @type {{ tag: string, values: Map<string, string | boolean>, file: 'element' | 'all' | 'classic' }} */
const state = { tag: '', values: new Map(), file: 'element' };

const current = () => elements.find((d) => d.tagName === state.tag);
const attributesOf = (doc) => (doc.attributes ?? []).filter((a) => !skipped.has(a.name));

/** The attributes set, in manifest order: name and value ('' for a boolean that is on). */
function setAttributes() {
  const out = [];
  for (const attr of attributesOf(current())) {
    const value = state.values.get(attr.name);
    if (value === true) out.push([attr.name, '']);
    else if (typeof value === 'string' && value.trim() !== '') out.push([attr.name, value.trim()]);
  }
  return out;
}

// ---- the form ---------------------------------------------------------------------------------------------------

for (const doc of elements) elementSelect.append(el('option', { value: doc.tagName, text: `<${doc.tagName}>` }));

/** One labelled control per attribute, with its description as the hint. */
function buildFields() {
  const doc = current();
  $('element-summary').replaceChildren(...withCode(doc.summary ?? ''));
  fields.replaceChildren();
  for (const attr of attributesOf(doc)) {
    const id = `attr-${attr.name}`;
    const hintId = `${id}-hint`;
    const kind = controlKind(attr);
    const hint = el('p', { class: 'hint', id: hintId }, withCode(attr.description ?? ''));
    const value = state.values.get(attr.name);
    let control;
    if (kind === 'checkbox') {
      control = el('input', { id, type: 'checkbox', 'aria-describedby': hintId, 'data-attr': attr.name });
      control.checked = value === true;
      fields.append(
        el('div', { class: 'check' }, [
          control,
          el('div', {}, [el('label', { for: id }, [el('code', { text: attr.name })]), hint]),
        ]),
      );
      continue;
    }
    if (kind === 'select') {
      const fallback = shownDefault(attr);
      control = el('select', { id, 'aria-describedby': hintId, 'data-attr': attr.name }, [
        el('option', {
          value: '',
          text: fallback ? `default (${fallback})` : attr.name === 'lang' ? 'from the page' : 'not set',
        }),
        ...unionValues(attr.type).map((v) => el('option', { value: v, text: v })),
      ]);
      control.value = typeof value === 'string' ? value : '';
    } else {
      const fallback = shownDefault(attr);
      control = el('input', {
        id,
        type: 'text',
        autocomplete: 'off',
        spellcheck: 'false',
        'aria-describedby': hintId,
        'data-attr': attr.name,
        ...(attr.type?.text?.startsWith('number') ? { inputmode: 'numeric' } : {}),
        ...(fallback ? { placeholder: fallback } : {}),
      });
      control.value = typeof value === 'string' ? value : '';
    }
    fields.append(
      el('div', { class: 'field' }, [el('label', { for: id }, [el('code', { text: attr.name })]), control, hint]),
    );
  }
}

/** The script files a snippet can load, for the chosen element. */
function fileOptions() {
  const name = state.tag.replace(/^hart-/, '');
  return [
    { key: 'element', file: `${name}.js`, label: `${name}.js: this element only (smallest; an ES module)` },
    { key: 'all', file: 'hart.js', label: 'hart.js: every element (an ES module)' },
    { key: 'classic', file: 'hart.iife.js', label: 'hart.iife.js: every element, as a classic script for old themes' },
  ].filter((o) => sri[o.file]);
}

function buildFileChoices() {
  const options = fileOptions();
  if (!options.some((o) => o.key === state.file)) state.file = options[0]?.key ?? 'all';
  fileChoices.replaceChildren(
    ...options.map((o) => {
      const id = `file-${o.key}`;
      const radio = el('input', { id, type: 'radio', name: 'file', value: o.key });
      radio.checked = o.key === state.file;
      return el('div', { class: 'check' }, [radio, el('label', { for: id, text: o.label })]);
    }),
  );
}

// ---- the snippet ------------------------------------------------------------------------------------------------

/** An attribute value as it must be written inside double quotes. */
const quoteAttr = (v) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Static imports (`import ... from "./x.js"`, `import "./x.js"`) of a built file; dynamic `import()` is left out. */
function staticImports(code) {
  return [...code.matchAll(/\b(?:from|import)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)].map((m) => m[1]);
}

const importCache = new Map();
/**
 * Every file a CDN file imports at start, followed through, as paths relative to dist/cdn. These get a
 * `modulepreload` line with their own integrity: a script tag's `integrity` covers only its own file.
 */
async function startupImports(file) {
  if (importCache.has(file)) return importCache.get(file);
  const found = new Set();
  const visit = async (path) => {
    const code = await load(`${cdnPath}${path}`, 'text');
    for (const spec of staticImports(code)) {
      const dep = new URL(spec, new URL(path, 'https://cdn.invalid/')).pathname.slice(1);
      if (!found.has(dep) && sri[dep]) {
        found.add(dep);
        await visit(dep);
      }
    }
  };
  const promise = visit(file).then(() => [...found].sort());
  importCache.set(file, promise);
  return promise;
}

const fallbackCache = new Map();
/**
 * The no-JS links for the element, from dist/fallback/ (the repository's own generated markup): the quick exit's
 * link, or the help numbers (the banner's plain form) for every other element.
 */
async function fallbackMarkup(tag, lang) {
  const file = tag === 'hart-quick-exit' ? `quick-exit.${lang}.html` : `hotline-banner.${lang}.plain.html`;
  if (!fallbackCache.has(file))
    fallbackCache.set(
      file,
      load(`dist/fallback/${file}`, 'text').catch(() => ''),
    );
  const markup = await fallbackCache.get(file);
  if (!markup) return '';
  // Parsed in an inert document (nothing runs, nothing loads) only to read it back as text.
  const parsed = new DOMParser().parseFromString(markup, 'text/html').body.firstElementChild;
  if (!parsed) return '';
  const href = state.values.get('href');
  if (tag === 'hart-quick-exit' && typeof href === 'string' && href.startsWith('https://'))
    parsed.querySelector('a')?.setAttribute('href', href);
  return parsed.innerHTML.trim().replace(/\s*\n\s*/g, ' ');
}

let snippetText = '';
let snippetRun = 0;

async function renderSnippet() {
  const run = ++snippetRun;
  const option = fileOptions().find((o) => o.key === state.file) ?? fileOptions()[0];
  const host = (hostInput.value.trim() || 'https://YOUR-HOST').replace(/\/+$/, '');
  const base = `${host}/hart-widgets@${version}/${cdnPath}`;
  const sriAttrs = (file) => `integrity="${sri[file]}" crossorigin="anonymous"`;
  const lines = [];
  if (option.key === 'classic') {
    lines.push(`<script defer src="${quoteAttr(base + option.file)}"`, `        ${sriAttrs(option.file)}></script>`);
  } else {
    for (const dep of await startupImports(option.file)) {
      lines.push(`<link rel="modulepreload" href="${quoteAttr(base + dep)}" ${sriAttrs(dep)}>`);
    }
    lines.push(
      `<script type="module" src="${quoteAttr(base + option.file)}"`,
      `        ${sriAttrs(option.file)}></script>`,
    );
  }
  const attrs = setAttributes()
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${quoteAttr(value)}"`))
    .join('');
  const lang = state.values.get('lang') || document.documentElement.lang || 'en';
  const inner = fallbackBox.checked ? await fallbackMarkup(state.tag, lang === 'es' ? 'es' : 'en') : '';
  lines.push(
    '',
    inner ? `<${state.tag}${attrs}>\n  ${inner}\n</${state.tag}>` : `<${state.tag}${attrs}></${state.tag}>`,
  );
  if (run !== snippetRun) return; // a newer change is being rendered
  snippetText = lines.join('\n') + '\n';
  snippetCode.textContent = snippetText;
  $('host-path').textContent = `/hart-widgets@${version}/${cdnPath}`;
  $('snippet-notes').replaceChildren(
    ...withCode(
      option.key === 'classic'
        ? '`hart.iife.js` is one file, so its `integrity` covers all of the code.'
        : 'The `modulepreload` lines check the files the script imports as it starts. Parts loaded only when needed ' +
            '(the feed loader and validator; with the autoloader or one-element files, also the poster QR code) are not ' +
            'covered; `hart.iife.js` is one file, fully covered.',
    ),
  );
}

// ---- the preview ------------------------------------------------------------------------------------------------

function renderPreview() {
  const node = document.createElement(state.tag);
  for (const [name, value] of setAttributes()) node.setAttribute(name, value);
  preview.replaceChildren(node);
  previewNote.textContent = '';
}

// The quick exit would leave this page: in the preview it says where it would go instead.
preview.addEventListener('hart-exit', (event) => {
  event.preventDefault();
  previewNote.textContent = `Quick exit pressed. On your page it leaves for ${event.detail?.href ?? 'the exit page'}.`;
});

// ---- copying ----------------------------------------------------------------------------------------------------

/** Shows and announces a message (cleared first, so the same message twice is announced twice). */
function say(text) {
  copyStatus.textContent = '';
  requestAnimationFrame(() => (copyStatus.textContent = text));
}

copyButton.addEventListener('click', async () => {
  try {
    if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
    await navigator.clipboard.writeText(snippetText);
    say('Copied the snippet. Paste it into your page.');
  } catch {
    // No clipboard access (an insecure page, or permission refused): select the text for a manual copy.
    const range = document.createRange();
    range.selectNodeContents(snippetCode);
    const selection = getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    say('Could not copy by itself. The snippet is selected: press Ctrl+C (Command+C on a Mac) to copy it.');
  }
});

// ---- wiring -----------------------------------------------------------------------------------------------------

/** Keeps the choices in the address, so a configuration can be shared or bookmarked. */
function saveToUrl() {
  const params = new URLSearchParams({ element: state.tag });
  for (const [name, value] of setAttributes()) params.set(name, value);
  if (state.file !== 'element') params.set('file', state.file);
  history.replaceState(null, '', `${location.pathname}?${params}`);
}

function update({ preview: redraw = true } = {}) {
  if (redraw) renderPreview();
  copyStatus.textContent = '';
  saveToUrl();
  void renderSnippet();
}

let typing;
form.addEventListener('submit', (e) => e.preventDefault());
// Selects, checkboxes and radios fire `input` too (as well as `change`), so one listener covers every control.
form.addEventListener('input', (e) => {
  const target = /** @type {HTMLInputElement} */ (e.target);
  if (target === elementSelect) {
    state.tag = elementSelect.value;
    state.values = new Map();
    buildFields();
    buildFileChoices();
    return update();
  }
  if (target.name === 'file') {
    state.file = /** @type {any} */ (target.value);
    return update({ preview: false });
  }
  if (target === hostInput || target === fallbackBox) return update({ preview: false });
  const name = target.dataset.attr;
  if (!name) return;
  state.values.set(name, target.type === 'checkbox' ? target.checked : target.value);
  if (target.type === 'text') {
    // Redraw the preview once typing pauses; the snippet follows every key.
    clearTimeout(typing);
    typing = setTimeout(renderPreview, 300);
    return update({ preview: false });
  }
  update();
});

/** The configuration in the address (`?element=hart-red-flags&variant=list`), if any. */
function restoreFromUrl() {
  const params = new URLSearchParams(location.search);
  const wanted =
    elements.find((d) => d.tagName === params.get('element')) ??
    elements.find((d) => d.tagName === 'hart-hotline-banner') ??
    elements[0];
  state.tag = wanted.tagName;
  if (['element', 'all', 'classic'].includes(params.get('file') ?? ''))
    state.file = /** @type {any} */ (params.get('file'));
  for (const attr of attributesOf(wanted)) {
    if (!params.has(attr.name)) continue;
    const value = params.get(attr.name) ?? '';
    const kind = controlKind(attr);
    if (kind === 'checkbox') state.values.set(attr.name, true);
    else if (kind === 'select' && !unionValues(attr.type).includes(value)) continue;
    else state.values.set(attr.name, value);
  }
}

restoreFromUrl();
elementSelect.value = state.tag;
buildFields();
buildFileChoices();
update();
