// scripts/rollup-minify-lit.mjs: whitespace goes only where HTML draws it the same, and modules keep their lines.
// (test/e2e/shipped-build.test.ts compares the elements as drawn from the minified build and from the modules.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAst } from 'rollup/parseAst';
import { minifyLitTemplates, squeezeCss, squeezeHtml } from '../../scripts/rollup-minify-lit.mjs';

test('css: no space before !important, no 0 before a decimal point, strings left alone', () => {
  assert.equal(
    squeezeCss(
      `a {\n  margin: 0 0.5rem !important; /* x */\n  content: ' 0.5 !important';\n  left: -0.25em; top: 10.5px;\n}`,
    ),
    `a{margin:0 .5rem!important;content:' 0.5 !important';left:-.25em;top:10.5px}`,
  );
});

const root = fileURLToPath(new URL('../..', import.meta.url));

test('text: a run of whitespace becomes one space, or its line breaks when it held any', () => {
  assert.deepEqual(squeezeHtml(['<p>Call   now,\n      day or night</p>\n    <p>\t', '</p>']), [
    '<p>Call now,\nday or night</p>\n<p> ',
    '</p>',
  ]);
});

test('text: whitespace next to an expression stays (one space), whitespace-only text between tags stays', () => {
  assert.deepEqual(squeezeHtml(['<span>', '    ', '</span> <b>x</b>']), ['<span>', ' ', '</span> <b>x</b>']);
  assert.deepEqual(squeezeHtml(['  ', '']), [' ', '']);
});

test('a no-break space is content, not whitespace', () => {
  assert.deepEqual(squeezeHtml(['<p>9\u00a0\u00a0am  </p>']), ['<p>9\u00a0\u00a0am </p>']);
});

test('tags: attributes keep one separator, whitespace before > and in end tags goes', () => {
  assert.deepEqual(squeezeHtml(['<a\n    part="link"   class="x"\n    href=', '\n    ><b>', '</b></a\n  >']), [
    '<a\npart=link class=x\nhref=',
    '\n><b>',
    '</b></a\n>',
  ]);
  assert.deepEqual(squeezeHtml(['<button  type="button"  >x</button  >']), ['<button type=button>x</button>']);
  // an element binding and a self-closing tag keep the space that separates them
  assert.deepEqual(squeezeHtml(['<div  ', '  ></div><br  />']), ['<div ', '></div><br />']);
});

test('a plain static attribute value loses its quotes; any other value is left as written', () => {
  assert.deepEqual(squeezeHtml(['<p class=\'a-b\' data-x="1.5:x_y">']), ['<p class=a-b data-x=1.5:x_y>']);
  // spaces, other characters, empty values, a value before `/` or next to an expression keep their quotes
  const kept = ['<p title="a b">', '<a href="https://x.org">', '<p title="">', '<br class="x"/>', '<p a="x"'];
  for (const html of kept) assert.deepEqual(squeezeHtml([html, '>']), [html, '>'], html);
  assert.deepEqual(squeezeHtml(['<p class="', '">']), ['<p class="', '">']);
});

test('attribute values are left as written, across expressions too', () => {
  const parts = ['<a aria-label="Call  the\n   line, ', "  now\" title='a   b'>  x</a>"];
  assert.deepEqual(squeezeHtml(parts), ['<a aria-label="Call  the\n   line, ', "  now\" title='a   b'> x</a>"]);
});

test('pre, textarea, script, style, title and comments are left as written', () => {
  for (const tag of ['pre', 'textarea', 'script', 'style', 'title', 'PRE']) {
    const html = `<${tag} class="x y">  a\n    b  </${tag}>  c`;
    assert.equal(squeezeHtml([html])[0], `<${tag} class="x y">  a\n    b  </${tag}> c`, tag);
  }
  assert.deepEqual(squeezeHtml(['<!--  a  ', '  b  -->  <p>']), ['<!--  a  ', '  b  --> <p>']);
  // a < that starts no tag is text
  assert.deepEqual(squeezeHtml(['1 <  2  <p  >']), ['1 < 2 <p>']);
});

/** The compiled element modules of dist/ (run `npm run build` first; npm test builds before the Node tests). */
const modules = readdirSync(join(root, 'dist/components'), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.js'))
  .map((f) => join(root, 'dist/components', f))
  .concat(join(root, 'dist/internal/contact-link.js'));

/** The raw text parts of every `html` template in a module. */
function htmlTemplates(code: string): string[][] {
  const found: string[][] = [];
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    const n = node as { type?: string; tag?: { name?: string }; quasi?: { quasis: { start: number; end: number }[] } };
    if (n.type === 'TaggedTemplateExpression' && n.tag?.name === 'html')
      found.push(n.quasi!.quasis.map((q) => code.slice(q.start, q.end)));
    Object.values(node).forEach(visit);
  };
  visit(parseAst(code));
  return found;
}

test('every element module: html templates lose whitespace but no line break, and the module still parses', () => {
  const plugin = minifyLitTemplates();
  const transform = plugin.transform as (this: { parse: typeof parseAst }, code: string, id: string) => unknown;
  const breaks = (s: string) => s.split('\n').length;
  let templates = 0;
  let saved = 0;
  for (const file of modules) {
    const code = readFileSync(file, 'utf8');
    for (const parts of htmlTemplates(code)) {
      if (parts.some((p) => p.includes('\\'))) continue;
      const out = squeezeHtml(parts);
      assert.equal(out.length, parts.length);
      out.forEach((p, i) => assert.equal(breaks(p), breaks(parts[i]), `${file}: ${parts[i]}`));
      templates++;
      saved += parts.join('').length - out.join('').length;
    }
    const result = transform.call({ parse: parseAst }, code, file) as { code: string } | null;
    if (result) assert.doesNotThrow(() => parseAst(result.code), file);
  }
  assert.ok(templates > 50, `${templates} html templates`);
  assert.ok(saved > 2500, `saved ${saved} characters`);
});
