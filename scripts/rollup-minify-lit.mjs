// Rollup plugin: squeezes the whitespace out of Lit `css` and `html` tagged templates in our own modules (terser
// leaves template text alone). Templates are found in the module's syntax tree, so a template nested in another's
// ${} expression is squeezed too and text that only looks like one (in a string or comment) is left alone.
//
// `css` (templates without ${} expressions): comments out, whitespace around punctuation out; outside quoted
// strings, no space before `!important` and no 0 before a decimal point (`0.5rem` is `.5rem`).
//
// `html`: whitespace is content there, so only what renders the same is touched. Under the usual white-space rules
// (normal, nowrap, pre-line) a run of spaces, tabs and line breaks draws exactly as one space, or as one line break
// when it held one; so in text a run becomes one space, or its line breaks alone. Between a tag's attributes a run
// becomes one space (or its line breaks); in an end tag (`</span\n  >`, Prettier's way of not adding a space) and
// before the `>` of a start tag it goes. A static attribute value of letters, digits and `_.:-` loses its quotes
// (`class=link`: the same attribute to the HTML parser and to Lit's). Never touched: other attribute values (an
// `aria-label` is read out), comments, and the content of pre, textarea, listing, xmp, plaintext, script, style and
// title. No template text sits in a `white-space: pre` or `pre-wrap` box (the styles use only normal and nowrap).
// Line breaks are kept (one character, as a space is) so that every line of the module stays where it was and the
// source maps, which this plugin does not rewrite, still point right. A template with a backslash in its text is
// left as written (an escape could hide a quote or a `<` from this scanner). test/e2e/shipped-build.test.ts renders
// every element from dist/cdn/hart.js and from dist/index.js (templates as written) side by side and compares every
// box, attribute and rendered text; test/scripts/minify-lit.test.ts covers the scanner's cases.
//
// Measured (gzip -9, `npm run size`, 2026-12-03), against the css-only plugin before:
//   hart.js      75,974 -> 75,558 (html whitespace) -> 75,549 (css extras) -> 75,486 (unquoted values), -488
//   hotel page   40,941 -> 40,757                   -> 40,742               -> 40,692,                  -249
// Left out:
// - dropping line breaks too (a run between tags gone, a run in a tag one space): 12 more bytes on the hotel page,
//   for source maps whose lines no longer match;
// - dropping whitespace-only text between two tags: 11 more bytes on the hotel page even done everywhere, and it is
//   only safe between block boxes (it changes `:empty` and the gap between inline boxes), which a template cannot
//   know from tag names alone.
//
// Why ours rather than a maintained package (measured on hart.js with every part inlined, css only, 2026-12):
// - no minifier: 96,923 bytes; this plugin's css part: 95,137 (-1,786);
// - rollup-plugin-minify-html-literals 1.2.6: 94,291 (-2,632). It collapses whitespace in `html` templates with
//   html-minifier's rules (removing it between tags it deems block-level), and it rests on minify-html-literals 1.3.5
//   (last release 2020), html-minifier 4.0.0 (unmaintained, with an open ReDoS advisory) and clean-css 4.
// - @literals/rollup-plugin-html-css-minifier 4.0.2 (the maintained fork, html-minifier-next + lightningcss): it
//   stopped on our dist/index.js with "Cannot read properties of undefined (reading 'ESNext')" in its TypeScript
//   parser, and pulls a native lightningcss binary per platform.
// Ours has no dependency, and the size budgets (`npm run size`) catch a regression in what it saves.

/** The plugin: `css` and `html` templates of modules outside node_modules. */
export function minifyLitTemplates() {
  return {
    name: 'minify-lit-templates',
    transform(code, id) {
      if (id.includes('node_modules') || !/\b(css|html)\s*`/.test(code)) return null;
      const edits = [];
      walk(this.parse(code), (node) => {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') return;
        const quasis = node.quasi.quasis;
        const raws = quasis.map((q) => code.slice(q.start, q.end));
        let out;
        if (node.tag.name === 'css' && raws.length === 1) out = [squeezeCss(raws[0])];
        else if (node.tag.name === 'html' && !raws.some((r) => r.includes('\\'))) out = squeezeHtml(raws);
        else return;
        quasis.forEach((q, i) => out[i] !== raws[i] && edits.push([q.start, q.end, out[i]]));
      });
      if (!edits.length) return null;
      let out = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0]))
        out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
}

/** Visits every node of an ESTree AST. */
function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const key in node) {
    const v = node[key];
    if (Array.isArray(v)) v.forEach((n) => walk(n, visit));
    else if (v && typeof v === 'object') walk(v, visit);
  }
}

/** A `css` template without expressions: comments out, whitespace squeezed. */
export function squeezeCss(body) {
  const squeezed = body
    .replace(/\/\*[^]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
  // Outside quoted strings (`content: ' ('`): no space before !important, no 0 before a decimal point (0.5rem).
  return squeezed
    .split(/('[^']*'|"[^"]*")/)
    .map((s, i) => (i % 2 ? s : s.replace(/\s+!important/g, '!important').replace(/(^|[\s:,(-])0\.(\d)/g, '$1.$2')))
    .join('');
}

/** Elements whose text keeps its whitespace (or is not HTML): their content is left as written. */
const RAW = new Set(['pre', 'textarea', 'listing', 'plaintext', 'xmp', 'script', 'style', 'title']);
/** HTML's whitespace; not \s, which also matches a no-break space (content). */
const WS = /[ \t\n\f\r]+/y;
/**
 * A static attribute value that needs no quotes (`class="link"`): letters, digits and `_.:-` only, followed by
 * whitespace or the tag's end (not by `/`, which an unquoted value would take in).
 */
const UNQUOTE = /=(["'])([\w.:-]+)\1(?=[ \t\n\f\r>])/y;
/** The start of a start tag or an end tag: `<a`, `</span`. */
const TAG = /<(\/?)([a-z][^ \t\n\f\r/>]*)/iy;

/**
 * The text parts of an `html` template (the strings between its ${} expressions, raw and without backslashes) with
 * whitespace squeezed where HTML renders it the same. Returns as many parts as it was given.
 */
export function squeezeHtml(parts) {
  let state = 'text'; // text | tag | endtag | dq | sq | comment | raw
  let tagName = '';
  let rawName = '';
  return parts.map((part, p) => {
    let out = '';
    let i = 0;
    while (i < part.length) {
      WS.lastIndex = i;
      const ws = ['text', 'tag', 'endtag'].includes(state) && WS.exec(part)?.[0];
      if (ws) {
        i += ws.length;
        // What follows the run: more text, an expression (end of a part that is not the last) or the template's end.
        const next = i < part.length ? part[i] : p < parts.length - 1 ? '${' : '';
        // A run that held line breaks keeps them (one character each, as a space would be): lines of the module
        // stay where they were, so the source maps, which this plugin does not rewrite, still point right.
        const breaks = '\n'.repeat((ws.match(/\n/g) ?? []).length);
        // In an end tag, and before the `>` of a start tag, whitespace means nothing at all.
        if (state === 'endtag' || (state === 'tag' && next === '>')) out += breaks;
        else out += breaks || ' ';
        continue;
      }
      const c = part[i];
      let take = 1;
      if (state === 'text' && c === '<') {
        TAG.lastIndex = i;
        const tag = TAG.exec(part);
        if (part.startsWith('<!--', i)) {
          state = 'comment';
          take = 4;
        } else if (tag) {
          state = tag[1] ? 'endtag' : 'tag';
          tagName = tag[2].toLowerCase();
          take = tag[0].length;
        }
      } else if (state === 'tag') {
        UNQUOTE.lastIndex = i;
        const plain = c === '=' && UNQUOTE.exec(part);
        if (plain) {
          out += `=${plain[2]}`;
          i = UNQUOTE.lastIndex;
          continue;
        }
        if (c === '"') state = 'dq';
        else if (c === "'") state = 'sq';
        else if (c === '>') {
          state = RAW.has(tagName) ? 'raw' : 'text';
          rawName = tagName;
        }
      } else if (state === 'endtag') {
        if (c === '>') state = 'text';
      } else if (state === 'dq') {
        if (c === '"') state = 'tag';
      } else if (state === 'sq') {
        if (c === "'") state = 'tag';
      } else if (state === 'comment' && part.startsWith('-->', i)) {
        state = 'text';
        take = 3;
      } else if (state === 'raw') {
        if (part.slice(i, i + rawName.length + 2).toLowerCase() === `</${rawName}`) state = 'endtag';
      }
      out += part.slice(i, i + take);
      i += take;
    }
    return out;
  });
}
