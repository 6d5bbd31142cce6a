/**
 * The module graph of the script-tag build in dist/cdn, read from the built files themselves: which files a page
 * loads for an entry (its static imports, followed to the end), and what each file weighs compressed. Shared by
 * `npm run size` (budgets) and `npm run bench` (report).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { init, parse } from 'es-module-lexer';

/** gzip -9, the figure every budget is in. */
export const gz = (b: Buffer | string) => gzipSync(b, { level: 9 }).length;
export const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** Modules whose chunks a page fetches only when it sets a `feed` (the loader, the validator, the fresh hotlines). */
const FEED_ONLY = /\/sdk\/(feed|validate|generated\/hotlines)\.js$/;

export interface CdnFile {
  /** Path under dist/cdn, e.g. `chunks/links-P1iJPecY.js`. */
  name: string;
  gzip: number;
  /** Files imported statically: loaded with this one. */
  imports: string[];
  /** Files imported with `import()`: loaded later, when the code asks. */
  lazy: string[];
  /** The modules bundled in it (from its source map), relative to dist/. */
  modules: string[];
}

/** Reads one built file of dist/cdn and its imports. */
export class CdnGraph {
  private readonly files = new Map<string, CdnFile>();
  private constructor(readonly dir: string) {}

  static async open(dir: string): Promise<CdnGraph> {
    await init;
    return new CdnGraph(dir);
  }

  file(name: string): CdnFile {
    const known = this.files.get(name);
    if (known) return known;
    const path = join(this.dir, name);
    if (!existsSync(path)) throw new Error(`dist/cdn/${name} is missing`);
    const code = readFileSync(path, 'utf8');
    const [imports] = parse(code, name);
    const resolve = (spec: string) => posix.join(posix.dirname(name), spec);
    const map = `${path}.map`;
    const modules = existsSync(map)
      ? (JSON.parse(readFileSync(map, 'utf8')) as { sources: string[] }).sources.map((s) =>
          relative(join(this.dir, '..'), join(dirname(path), s)),
        )
      : [];
    const file: CdnFile = {
      name,
      gzip: gz(code),
      // d === -1: a static import or re-export; d >= 0: `import()` (its specifier is a string literal here).
      imports: imports.filter((i) => i.d === -1 && i.n).map((i) => resolve(i.n!)),
      lazy: imports.filter((i) => i.d >= 0 && i.n).map((i) => resolve(i.n!)),
      modules,
    };
    this.files.set(name, file);
    return file;
  }

  /** `names` and every file they import statically: what is fetched before they run. */
  closure(names: string[], into = new Set<string>()): Set<string> {
    for (const name of names) {
      if (into.has(name)) continue;
      into.add(name);
      this.closure(this.file(name).imports, into);
    }
    return into;
  }

  /** The lazily imported files of `names` that a page without a feed may still fetch (e.g. the QR encoder). */
  lazyWithoutFeed(names: Iterable<string>): string[] {
    return [...names]
      .flatMap((n) => this.file(n).lazy)
      .filter((n) => !this.file(n).modules.some((m) => FEED_ONLY.test(`/${m}`)));
  }

  /** The files whose bundled modules include one matching `pattern`. */
  filesWithModule(names: Iterable<string>, pattern: RegExp): string[] {
    return [...names].filter((n) => this.file(n).modules.some((m) => pattern.test(`/${m}`)));
  }

  /** gzip bytes of a set of files, each compressed alone as a server sends it. */
  weigh(names: Iterable<string>): number {
    let total = 0;
    for (const n of names) total += this.file(n).gzip;
    return total;
  }

  /**
   * What `autoloader.js` loads on a page holding `tags`: itself, then for each tag the entry it imports
   * (`hart-hotline-banner` -> `hotline-banner.js`) with that entry's static imports. Lazy parts (the QR encoder, a
   * feed's validator) are not fetched by such a page until it needs them, so they are not counted.
   */
  autoloaderPage(tags: string[]): Set<string> {
    const loader = this.file('autoloader.js');
    const entries = tags.map((tag) => {
      const entry = `${tag.replace(/^hart-/, '')}.js`;
      if (!loader.lazy.includes(entry)) throw new Error(`autoloader.js does not load ${entry} for <${tag}>`);
      return entry;
    });
    return this.closure(['autoloader.js', ...entries]);
  }
}
