// dist/cdn/reserve.css: src/reserve.css (the space each element reserves before it upgrades), minified, for a
// <link rel="stylesheet"> or for pasting inline in a <style> (the WordPress plugin prints it inline).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const css = readFileSync(fileURLToPath(new URL('../src/reserve.css', import.meta.url)), 'utf8')
  .replace(/\/\*[^]*?\*\//g, '')
  .replace(/\s+/g, ' ')
  .replace(/\s*([{};,:>])\s*/g, '$1')
  .replace(/;}/g, '}')
  .trim();
writeFileSync(fileURLToPath(new URL('../dist/cdn/reserve.css', import.meta.url)), css + '\n');
console.log(`dist/cdn/reserve.css: ${css.length} bytes`);
