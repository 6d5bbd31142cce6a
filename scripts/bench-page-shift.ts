/**
 * Cumulative layout shift of examples/post.html (banner, red flags, notice and provider finder above a post's text)
 * on a slow connection: Chromium with 150 ms round trips and 1.6 Mbit/s down (Lighthouse's "slow 4G"), at a phone
 * and a desktop width, with the reserved-space stylesheet and without it. CLS is the largest session window of
 * layout shifts (gaps under 1 s, at most 5 s), as browsers report it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { withBenchBrowser } from './bench-browser.js';
import { CLS_OF_PAGE, SLOW_4G } from './layout-shift.js';

const root = fileURLToPath(new URL('..', import.meta.url));
export const viewports = [
  { name: 'phone 375 px', width: 375, height: 740 },
  { name: 'desktop 1280 px', width: 1280, height: 800 },
];

/** CLS per viewport, with and without reserve.css, per page language. */
export function measurePageShift(): Promise<{ page: string; viewport: string; cls: number }[]> {
  const source = readFileSync(`${root}examples/post.html`, 'utf8');
  const variants: Record<string, string> = {
    'post.html (en)': source,
    'post.html (es)': source.replace('<html lang="en">', '<html lang="es">'),
    'post.html without reserve.css': source.replace(/<link rel="stylesheet" href="..\/dist\/cdn\/reserve.css" \/>/, ''),
  };
  return withBenchBrowser(async ({ openPage }) => {
    const out: { page: string; viewport: string; cls: number }[] = [];
    for (const [page, html] of Object.entries(variants)) {
      for (const vp of viewports) {
        const tab = await openPage('/examples/post.html', html, {
          beforeLoad: async (t) => {
            await t.setViewport({ width: vp.width, height: vp.height });
            await t.setCacheEnabled(false);
            const cdp = await t.createCDPSession();
            await cdp.send('Network.enable');
            await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
          },
        });
        await tab.waitForFunction(
          `['hart-hotline-banner','hart-red-flags','hart-awareness-notice','hart-provider-finder'].every((t) => customElements.get(t))`,
          { timeout: 60000 },
        );
        await new Promise((r) => setTimeout(r, 1500));
        const cls = (await tab.evaluate(CLS_OF_PAGE)) as number;
        out.push({ page, viewport: vp.name, cls });
        await tab.close();
      }
    }
    return out;
  });
}
