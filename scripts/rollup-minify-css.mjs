// Rollup plugin: squeezes the whitespace and comments out of Lit `css` tagged templates in our own modules
// (terser leaves template text alone). Only templates without ${} expressions are touched; `html` templates are left
// as written (whitespace between inline elements and text is content there).
//
// Why ours stays rather than a maintained package (measured on hart.js with every part inlined, gzip -9, 2026-12):
// - no minifier: 96,923 bytes; this plugin: 95,137 (-1,786);
// - rollup-plugin-minify-html-literals 1.2.6: 94,291 (-2,632). It also collapses whitespace in `html` templates,
//   which this project keeps as written on purpose, and it rests on minify-html-literals 1.3.5 (last release 2020),
//   html-minifier 4.0.0 (unmaintained, with an open ReDoS advisory) and clean-css 4. The 846 bytes it saves beyond
//   ours come from the HTML templates, i.e. from the rewriting we do not want.
// - @literals/rollup-plugin-html-css-minifier 4.0.2 (the maintained fork, html-minifier-next + lightningcss): it
//   stopped on our dist/index.js with "Cannot read properties of undefined (reading 'ESNext')" in its TypeScript
//   parser, and pulls a native lightningcss binary per platform.
// Neither needs an install script. Ours is 20 lines with no dependency, and the size budgets (`npm run size`)
// catch a regression in what it saves.
export function minifyLitCss() {
  return {
    name: 'minify-lit-css',
    transform(code, id) {
      if (id.includes('node_modules') || !/\bcss\s*`/.test(code)) return null;
      const out = code.replace(/\bcss\s*`([^`$]*)`/g, (_, body) => {
        const min = body
          .replace(/\/\*[^]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};,>])\s*/g, '$1')
          .replace(/:\s+/g, ':')
          .replace(/;}/g, '}')
          .trim();
        return `css\`${min}\``;
      });
      return out === code ? null : { code: out, map: null };
    },
  };
}
