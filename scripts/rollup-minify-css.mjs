// Rollup plugin: squeezes the whitespace and comments out of Lit `css` tagged templates in our own modules
// (terser leaves template text alone). Only templates without ${} expressions are touched.
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
