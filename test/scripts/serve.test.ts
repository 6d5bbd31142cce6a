// The examples server: files only under the repository, compressed text, pre-drawn fallbacks included.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { request } from 'node:http';
import { startServer, withFallbacks } from '../../scripts/serve.mjs';

const get = (port: number, path: string, headers: Record<string, string> = {}) =>
  new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
    request({ port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });

test('example pages are served with the pre-drawn (zero-shift) banner fallback in place of the marked plain links', () => {
  const page = readFileSync(new URL('../../examples/school.html', import.meta.url), 'utf8');
  assert.match(page, /<!-- fallback: hotline-banner\.en\.compact\.quick-exit -->/);
  const served = withFallbacks(page);
  assert.doesNotMatch(served, /<!-- fallback:/);
  assert.match(
    served,
    /<hart-hotline-banner [^>]*variant="compact"[^>]*><template shadowroot="open" shadowrootmode="open">/,
  );
  assert.match(served, /href="tel:\+18883737888"/);
});

test('the server answers the gallery, compresses text and never serves files outside the repository', async () => {
  const server = await startServer(0);
  const { port } = server.address() as { port: number };
  try {
    assert.equal((await get(port, '/')).headers.location, '/examples/');
    const js = await get(port, '/dist/cdn/hart.js', { 'accept-encoding': 'gzip' });
    assert.equal(js.status, 200);
    assert.equal(js.headers['content-encoding'], 'gzip');
    assert.match(gunzipSync(js.body).toString('utf8'), /customElements|hart-/);
    assert.equal((await get(port, '/../../etc/passwd')).status, 404);
    assert.equal((await get(port, '/%2e%2e/%2e%2e/etc/passwd')).status, 404);
  } finally {
    server.close();
  }
});
