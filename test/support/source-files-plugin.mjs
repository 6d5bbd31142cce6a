// @web/test-runner plugin: `executeServerCommand('hart-source-files')` answers with the text of the files a webmaster
// copies from (examples/*.html, examples/examples.json, docs/*.md), read from disk as written: the browser cannot
// list a folder, and the test server would change an HTML page on its way out (fallbacks, its reload script).
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Files of `dir` (relative to the repository) whose names end with `ext`, as { file, text }. */
const filesIn = (dir, ext) =>
  readdirSync(root + dir)
    .filter((name) => name.endsWith(ext))
    .sort()
    .map((name) => ({ file: `${dir}/${name}`, text: readFileSync(`${root}${dir}/${name}`, 'utf8') }));

export function sourceFilesPlugin() {
  return {
    name: 'hart-source-files',
    executeCommand({ command }) {
      if (command !== 'hart-source-files') return undefined;
      return [...filesIn('examples', '.html'), ...filesIn('examples', 'examples.json'), ...filesIn('docs', '.md')];
    },
  };
}
