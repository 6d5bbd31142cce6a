// custom-elements.json from the JSDoc on each element class (attributes, events, parts, CSS properties).
export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/*.styles.ts', 'src/components/**/*.messages.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
