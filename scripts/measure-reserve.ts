/**
 * Writes src/reserve.css: the space each element takes once upgraded, reserved with `:not(:defined)` so the page
 * does not move when the script arrives (the build minifies it to dist/cdn/reserve.css). Measured in Chromium from
 * dist/cdn/hart.js (`npm run build` first) at phone widths (the element as wide as the screen less 16 px margins)
 * and on wider screens in a 640 px column (a blog theme's text column), English and Spanish.
 *
 * Run again when an element's layout or its bundled data changes: `npx tsx scripts/measure-reserve.ts`.
 * test/e2e/reserve.test.ts fails when a reserved box is no longer within its tolerance of the upgraded one.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { withBenchBrowser, type BenchBrowser } from './bench-browser.js';

/** What is reserved: a selector (without `:not(:defined)`) and the markup measured for it. */
export const reserved: { selector: string; markup: string }[] = [
  { selector: 'hart-hotline-banner', markup: '<hart-hotline-banner></hart-hotline-banner>' },
  {
    selector: 'hart-hotline-banner[variant="compact"]',
    markup: '<hart-hotline-banner variant="compact"></hart-hotline-banner>',
  },
  // In the flow only when placed there; fixed to the screen's corner otherwise (see quickExitCss below).
  {
    selector: 'hart-quick-exit:is([placement="static"], [placement="sticky"])',
    markup: '<hart-quick-exit placement="static"></hart-quick-exit>',
  },
  { selector: 'hart-red-flags', markup: '<hart-red-flags></hart-red-flags>' },
  { selector: 'hart-awareness-notice', markup: '<hart-awareness-notice></hart-awareness-notice>' },
  {
    selector: 'hart-awareness-notice[langs="en"]',
    markup: '<hart-awareness-notice langs="en"></hart-awareness-notice>',
  },
  {
    selector: 'hart-awareness-notice[langs="es"]',
    markup: '<hart-awareness-notice langs="es"></hart-awareness-notice>',
  },
  {
    selector: 'hart-awareness-notice[mode="poster"]',
    markup: '<hart-awareness-notice mode="poster"></hart-awareness-notice>',
  },
  { selector: 'hart-provider-finder', markup: '<hart-provider-finder></hart-provider-finder>' },
  { selector: 'hart-event-list', markup: '<hart-event-list></hart-event-list>' },
];

/** Screen-width steps: the media query and the viewport width measured for it (its typical phone). */
export const steps: { query?: string; viewport: number }[] = [
  { viewport: 320 },
  { query: '(min-width: 360px)', viewport: 375 },
  { query: '(min-width: 400px)', viewport: 414 },
  { query: '(min-width: 480px)', viewport: 600 },
  { query: '(min-width: 768px)', viewport: 1280 },
];

/** The page measured: phone margins, and a 640 px text column on wide screens. */
export const measurePage = (lang: string, markup: string, script = '') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">` +
  '<meta name="viewport" content="width=device-width, initial-scale=1">' +
  '<style>body{margin:0 16px;font:16px/1.5 system-ui,sans-serif}main{max-width:640px;margin:auto}</style>' +
  `</head><body><main>${markup}</main>${script}</body></html>`;

/** The height `markup` draws once hart.js has upgraded it, on a page `width` px wide in `lang`. */
async function drawnHeight(openPage: BenchBrowser['openPage'], lang: string, markup: string, width: number) {
  const script = `<script type="module">await import('/dist/cdn/hart.js');
    const el = document.querySelector('main').firstElementChild;
    await customElements.whenDefined(el.localName); await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    window.__h = el.getBoundingClientRect().height;</script>`;
  const tab = await openPage('/measure-reserve.html', measurePage(lang, markup, script), {
    beforeLoad: (t) => t.setViewport({ width, height: 800 }),
  });
  await tab.waitForFunction('window.__h !== undefined', { timeout: 20000 });
  const height = (await tab.evaluate('window.__h')) as number;
  await tab.close();
  return height;
}

async function measure(): Promise<Map<string, number[][]>> {
  const heights = new Map<string, number[][]>(); // selector -> [lang][step]
  await withBenchBrowser(async ({ openPage }) => {
    for (const { selector, markup } of reserved) {
      const byLang: number[][] = [];
      for (const lang of ['en', 'es']) {
        const row: number[] = [];
        for (const step of steps) row.push(Math.round(await drawnHeight(openPage, lang, markup, step.viewport)));
        byLang.push(row);
      }
      heights.set(selector, byLang);
      console.log(selector, JSON.stringify(byLang));
    }
  });
  return heights;
}

/** Height of the fixed quick exit, with its keyboard hint and without (`no-hint`, or a touch screen), both languages. */
async function measureQuickExit(): Promise<{ hint: number; noHint: number }> {
  const heights: Record<'hint' | 'noHint', number> = { hint: 0, noHint: 0 };
  // A screen with a mouse (hover: hover), where the hint shows: headless Chromium otherwise reports no hover.
  const mouse =
    '--blink-settings=primaryHoverType=2,availableHoverTypes=2,primaryPointerType=4,availablePointerTypes=4';
  await withBenchBrowser(
    async ({ openPage }) => {
      for (const lang of ['en', 'es']) {
        for (const [key, markup] of [
          ['hint', '<hart-quick-exit></hart-quick-exit>'],
          ['noHint', '<hart-quick-exit no-hint></hart-quick-exit>'],
        ] as const) {
          heights[key] = Math.max(heights[key], Math.ceil(await drawnHeight(openPage, lang, markup, 375)));
        }
      }
    },
    [mouse],
  );
  console.log('hart-quick-exit (fixed)', JSON.stringify(heights));
  return heights;
}

/**
 * The fixed quick exit (placement `fixed`, the default): before its script runs, its plain link already waits in
 * the screen's corner, and the page already has the room at the top that the element keeps once it runs (the same
 * padding, so nothing moves). On a touch screen, or with `no-hint`, the hint is not shown and the room is smaller.
 */
export function quickExitCss({ hint, noHint }: { hint: number; noHint: number }): string {
  const fixed = 'hart-quick-exit:not([placement="overlay"], [placement="sticky"], [placement="static"])';
  return [
    '/* The quick exit, fixed to the top corner of the screen: its link waits there before the script runs, and the',
    '   page keeps room for it at the top, as the element does once it runs. */',
    `${fixed}:not(:defined) {\n  position: fixed;\n  top: var(--hart-exit-top, var(--wp-admin--admin-bar--height, 0px));` +
      '\n  inset-inline-end: 0;\n  z-index: var(--hart-exit-z, 1000);\n}',
    `:root:has(${fixed}) {\n  padding-top: ${hint}px;\n}`,
    `:root:has(${fixed.replace('hart-quick-exit', 'hart-quick-exit[no-hint]')}) {\n  padding-top: ${noHint}px;\n}`,
    `@media (hover: none) {\n  :root:has(${fixed}) {\n    padding-top: ${noHint}px;\n  }\n}`,
  ].join('\n');
}

/** The stylesheet: one rule per step, Spanish only where it differs from English. */
export function reserveCss(heights: Map<string, number[][]>, exit: { hint: number; noHint: number }): string {
  const lines = [
    '/* Generated by scripts/measure-reserve.ts: the space each hart- element takes once its script has run, kept',
    '   free before then so the page does not move. Override one with --hart-reserve-height on the element. */',
  ];
  const sel = (s: string, es: boolean) => `${s}:not(:defined)${es ? ':lang(es)' : ''}`;
  lines.push(
    `${reserved.map((r) => sel(r.selector, false)).join(',\n')} {\n  display: block;\n` +
      '  min-height: var(--hart-reserve-height, var(--_hart-reserve));\n}',
  );
  steps.forEach((step, i) => {
    const rules: string[] = [];
    for (const { selector } of reserved) {
      const [en, es] = heights.get(selector)!;
      rules.push(`${sel(selector, false)} { --_hart-reserve: ${en[i]}px; }`);
      if (Math.abs(es[i] - en[i]) > en[i] * 0.03) rules.push(`${sel(selector, true)} { --_hart-reserve: ${es[i]}px; }`);
    }
    lines.push(step.query ? `@media ${step.query} {\n  ${rules.join('\n  ')}\n}` : rules.join('\n'));
  });
  lines.push(
    '/* A lobby display fills its box, by default the screen; an inline banner is a phrase inside text. */',
    'hart-awareness-notice[mode="display"]:not(:defined) {\n  --_hart-reserve: var(--hart-notice-display-height, 100vh);\n}',
    'hart-hotline-banner[variant="inline"]:not(:defined) {\n  display: inline;\n  min-height: 0;\n}',
    quickExitCss(exit),
  );
  return lines.join('\n') + '\n';
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const heights = await measure();
  const css = reserveCss(heights, await measureQuickExit());
  writeFileSync(fileURLToPath(new URL('../src/reserve.css', import.meta.url)), css);
  console.log('src/reserve.css written');
}
