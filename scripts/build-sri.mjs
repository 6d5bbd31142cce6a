// dist/cdn/sri.json: the sha384 integrity of every file in dist/cdn a page may fetch (scripts and reserve.css), for
// <script integrity="..."> and <link integrity="..."> snippets.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const cdn = fileURLToPath(new URL('../dist/cdn/', import.meta.url));

/** Every .js and .css file under `dir`, as paths relative to dist/cdn. */
function scripts(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return scripts(path);
    return /\.(js|css)$/.test(name) ? [relative(cdn, path).split('\\').join('/')] : [];
  });
}

const sri = Object.fromEntries(
  scripts(cdn)
    .sort()
    .map((file) => [
      file,
      `sha384-${createHash('sha384')
        .update(readFileSync(join(cdn, file)))
        .digest('base64')}`,
    ]),
);
writeFileSync(join(cdn, 'sri.json'), JSON.stringify(sri, null, 2) + '\n');
console.log(`dist/cdn/sri.json: ${Object.keys(sri).length} files`);
