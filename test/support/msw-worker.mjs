// @web/test-runner middleware: serves msw's service worker at the root, so that it can control the test pages (the
// feed and privacy tests see and answer requests with it).
import { readFileSync } from 'node:fs';

const mswWorker = readFileSync(new URL('../../node_modules/msw/lib/mockServiceWorker.js', import.meta.url), 'utf8');

export function serveMswWorker(ctx, next) {
  if (ctx.path !== '/mockServiceWorker.js') return next();
  ctx.type = 'text/javascript';
  ctx.body = mswWorker;
  return undefined;
}
