// The room keeper (src/internal/room-keeper.ts) is fetched only when an element leaves the flow: a banner in the
// text with its own exit button never asks for it; the first fixed quick exit does, and then keeps its room.
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
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
});
