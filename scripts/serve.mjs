// Serves the repository on http://localhost:8000 (PORT to change) so the examples gallery can load dist/.
// Static files only; nothing leaves this machine.
import { createServer } from 'node:http';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createGzip, gzipSync } from 'node:zlib';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.PORT ?? 8000);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ics': 'text/calendar; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

/** Resolves a URL path to a file under the repository, or undefined (never outside it). */
export function resolvePath(urlPath) {
  const decoded = decodeURIComponent(urlPath.split('?')[0]);
  const file = normalize(join(root, decoded));
  if (file !== root.replace(/[\\/]$/, '') && !file.startsWith(root.endsWith(sep) ? root : root + sep)) return undefined;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) return resolvePath(join(decoded, 'index.html'));
    return file;
  } catch {
    return undefined;
  }
}

/**
 * Server-side include for the example pages: the region between `<!-- fallback: NAME -->` and `<!-- /fallback -->`
 * (plain links, kept in the file for people reading it) is served as dist/fallback/NAME.html, the pre-drawn markup
 * that shows the whole element without JavaScript and lets it upgrade without moving the page. A real site pastes
 * that file instead; this keeps the examples in step with the data.
 */
export function withFallbacks(html) {
  return html.replace(/<!-- fallback: ([\w.-]+) -->[^]*?<!-- \/fallback -->/g, (region, name) => {
    try {
      return readFileSync(join(root, 'dist/fallback', `${name}.html`), 'utf8').trim();
    } catch {
      return region;
    }
  });
}

function sendText(req, res, type, text) {
  const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  const body = gzip ? gzipSync(text) : text;
  res.writeHead(200, {
    'content-type': type,
    'cache-control': 'no-cache',
    vary: 'accept-encoding',
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
  });
  res.end(body);
}

export function startServer(listenPort = port) {
  const server = createServer((req, res) => {
    // No icon: an empty answer instead of a 404 that every browser would log as a console error on every page.
    if (req.url === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    if (req.url === '/' || req.url === '') {
      res.writeHead(302, { location: '/examples/' }).end();
      return;
    }
    const file = resolvePath(req.url ?? '/');
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const type = types[extname(file)] ?? 'application/octet-stream';
    if (file.endsWith('.html') && file.includes(`${sep}examples${sep}`)) {
      sendText(req, res, type, withFallbacks(readFileSync(file, 'utf8')));
      return;
    }
    // Compressed like any real host would serve the files (Lighthouse and page speed measure what users get).
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) && /text|json|javascript|svg/.test(type);
    res.writeHead(200, {
      'content-type': type,
      'cache-control': 'no-cache',
      vary: 'accept-encoding',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    const stream = createReadStream(file);
    (gzip ? stream.pipe(createGzip()) : stream).pipe(res);
  });
  return new Promise((resolve) => server.listen(listenPort, () => resolve(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await startServer();
  console.log(`hart-widgets examples: http://localhost:${port}/examples/ (Ctrl+C to stop)`);
}
