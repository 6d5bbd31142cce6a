// dist/cdn/reserve.css (src/reserve.css, written by scripts/measure-reserve.ts): before an element upgrades, its
// reserved box is within a tolerance of the box it draws once upgraded, at phone widths (320, 375, 414 px) and on a
// desktop in a 640 px column, in English and Spanish. Far too little makes the page jump; far too much leaves a hole
// and moves the page the other way. Each case is an iframe of that width, measured before and after hart.js loads.
import { expect } from '@open-wc/testing';

/** Largest gap allowed between the reserved and the drawn height, as a share of the drawn one. */
const TOLERANCE = 0.15;

const cases = [
  '<hart-hotline-banner></hart-hotline-banner>',
  '<hart-hotline-banner variant="compact"></hart-hotline-banner>',
  '<hart-red-flags audience="hospitality"></hart-red-flags>',
  '<hart-awareness-notice></hart-awareness-notice>',
  '<hart-awareness-notice langs="en"></hart-awareness-notice>',
  '<hart-awareness-notice mode="poster"></hart-awareness-notice>',
  '<hart-provider-finder></hart-provider-finder>',
  '<hart-event-list></hart-event-list>',
];
const widths = [320, 375, 414, 1280];

/** Reserved and upgraded height of `markup` in a frame `width` px wide, the page in `lang`. */
function heights(markup: string, width: number, lang: string): Promise<{ reserved: number; drawn: number }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${width}px;height:600px;border:0`;
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
    <link rel="stylesheet" href="/dist/cdn/reserve.css">
    <style>body{margin:0 16px;font:16px/1.5 system-ui,sans-serif}main{max-width:640px;margin:auto}</style></head>
    <body><main>${markup}</main><script type="module">
      const el = document.querySelector('main').firstElementChild;
      const reserved = el.getBoundingClientRect().height;
      await import('/dist/cdn/hart.js');
      await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      parent.postMessage({ reserved, drawn: el.getBoundingClientRect().height }, '*');
    </script></body></html>`;
  return new Promise((resolve) => {
    const onMessage = (e: MessageEvent) => {
      if (e.source !== frame.contentWindow) return;
      removeEventListener('message', onMessage);
      frame.remove();
      resolve(e.data);
    };
    addEventListener('message', onMessage);
    document.body.append(frame);
  });
}

describe('reserved space before the elements upgrade (dist/cdn/reserve.css)', function () {
  this.timeout(120000);
  for (const lang of ['en', 'es']) {
    for (const markup of cases) {
      it(`${markup} (${lang}): reserved within ${TOLERANCE * 100}% of what it draws at ${widths.join(', ')} px`, async () => {
        for (const width of widths) {
          const { reserved, drawn } = await heights(markup, width, lang);
          expect(reserved, `${width} px: something is reserved`).to.be.greaterThan(0);
          expect(Math.abs(reserved - drawn), `${width} px: reserved ${reserved}, drawn ${drawn}`).to.be.at.most(
            drawn * TOLERANCE,
          );
        }
      });
    }
  }

  it('an inline banner reserves nothing and stays inside its sentence', async () => {
    const { reserved } = await heights(
      '<p>Help: <hart-hotline-banner variant="inline"></hart-hotline-banner></p>',
      375,
      'en',
    );
    expect(reserved).to.be.lessThan(40);
  });
});
