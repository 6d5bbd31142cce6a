// The room keeper (src/internal/room-keeper.ts) is fetched only when an element leaves the flow: a banner in the
// text with its own exit button never asks for it; the first fixed quick exit does, and then keeps its room.
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import '../../src/components/hotline-banner/hotline-banner.js';
import '../../src/components/quick-exit/quick-exit.js';
import type { HartQuickExit } from '../../src/components/quick-exit/quick-exit.js';

const fetchedKeeper = () =>
  performance.getEntriesByType('resource').some((e) => /\/room-keeper\.(ts|js)(\?|$)/.test(e.name));

describe('the room keeper is loaded only when an element leaves the flow', () => {
  it('a banner in the text with its exit button, and a static quick exit, never fetch it', async () => {
    await fixture(html`<div>
      <hart-hotline-banner quick-exit></hart-hotline-banner>
      <hart-quick-exit placement="static"></hart-quick-exit>
    </div>`);
    await nextFrame();
    await nextFrame();
    expect(fetchedKeeper()).to.equal(false);
    expect(document.documentElement.style.paddingTop).to.equal('');
  });

  it('the first fixed quick exit fetches it and keeps its room at the top of the page', async () => {
    const el = await fixture<HartQuickExit>(html`<hart-quick-exit></hart-quick-exit>`);
    await new Promise<void>((resolve) => {
      const check = () => (document.documentElement.style.paddingTop ? resolve() : requestAnimationFrame(check));
      check();
    });
    expect(fetchedKeeper()).to.equal(true);
    expect(document.documentElement.style.paddingTop).to.equal(`${Math.ceil(el.getBoundingClientRect().height)}px`);
  });

  it("two on a page share the room, and the page's own values come back whichever leaves first", async () => {
    const root = document.documentElement.style;
    const px = (p: string) => root.getPropertyValue(p);
    for (const order of ['exit first', 'banner first']) {
      // The page's own inline values, which the elements must leave as they found them.
      root.setProperty('scroll-padding-top', '7px');
      root.setProperty('padding-top', '3px');
      const page = await fixture<HTMLElement>(html`<div>
        <hart-hotline-banner position="top" variant="compact"></hart-hotline-banner>
        <hart-quick-exit></hart-quick-exit>
      </div>`);
      const banner = page.querySelector('hart-hotline-banner')!;
      const exit = page.querySelector<HartQuickExit>('hart-quick-exit')!;
      await waitUntil(() => px('padding-top') !== '3px', 'the exit keeps its room', { timeout: 5000 });
      const tall = (el: Element) => Math.ceil(el.getBoundingClientRect().height);
      const exitBottom = Math.ceil(exit.getBoundingClientRect().bottom);
      expect(px('padding-top'), order).to.equal(`${tall(exit)}px`);
      expect(px('scroll-padding-top'), order).to.equal(`${Math.max(tall(banner), exitBottom)}px`);
      const [first, last] = order === 'exit first' ? [exit, banner] : [banner, exit];
      first.remove();
      await nextFrame();
      expect(px('scroll-padding-top'), `${order}: the other keeps its room`).to.equal(
        last === banner ? `${tall(banner)}px` : `${exitBottom}px`,
      );
      expect(px('padding-top'), `${order}: padding`).to.equal(last === exit ? `${tall(exit)}px` : '3px');
      last.remove();
      await nextFrame();
      expect([px('scroll-padding-top'), px('padding-top')], `${order}: the page's own values`).to.deep.equal([
        '7px',
        '3px',
      ]);
      root.removeProperty('scroll-padding-top');
      root.removeProperty('padding-top');
    }
  });
});
