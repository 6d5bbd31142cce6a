// custom-elements.json from the JSDoc on each element class (attributes, events, parts, CSS properties, slots).
export default {
  globs: ['src/components/**/*.ts', 'src/internal/hart-element.ts'],
  exclude: ['src/components/**/*.styles.ts', 'src/components/**/*.messages.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [
    {
      // HartElement.emit(type, ...) reads to the analyzer as an event literally named "type": drop it.
      name: 'hart-drop-generic-emit',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const d of mod.declarations ?? []) if (d.events) d.events = d.events.filter((e) => e.name !== 'type');
        }
      },
    },
    unionAliases(),
  ],
};

/**
 * `variant: BannerVariant` reads to the analyzer as the bare name "BannerVariant". Writes the string union it names
 * (`'full' | 'compact' | 'inline'`) instead, so editors (VS Code data), React types and the gallery's configurator
 * can list the values. Also describes the shared `lang` attribute, which the base class observes without a field.
 */
function unionAliases() {
  const unions = new Map();
  const resolve = (type) => {
    if (!type?.text) return;
    const parts = type.text.split('|').map((p) => p.trim());
    const known = parts.filter((p) => unions.has(p));
    if (known.length) type.text = parts.map((p) => unions.get(p) ?? p).join(' | ');
  };
  return {
    name: 'hart-union-aliases',
    analyzePhase({ ts, node }) {
      if (!ts.isTypeAliasDeclaration(node) || !ts.isUnionTypeNode(node.type)) return;
      const literals = node.type.types.every((t) => ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal));
      if (literals) unions.set(node.name.text, node.type.types.map((t) => `'${t.literal.text}'`).join(' | '));
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const d of mod.declarations ?? []) {
          for (const m of d.members ?? []) resolve(m.type);
          for (const a of d.attributes ?? []) {
            resolve(a.type);
            if (a.name === 'lang' && !a.type) {
              a.type = { text: "'en' | 'es'" };
              a.description =
                "Language: `en` or `es`. When absent, the nearest ancestor's `lang`, then the page's, then `en`.";
            }
          }
        }
      }
    },
  };
}
