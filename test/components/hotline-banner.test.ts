import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/hotline-banner/hotline-banner.js';
import type { HartHotlineBanner } from '../../src/components/hotline-banner/hotline-banner.js';
import { bundled } from '../../src/sdk/bundled.js';
import { expectAccessible, langs, nameOf, shadowText } from './helpers.js';

const links = (el: HartHotlineBanner) => [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part~="link"]')];

describe('hart-hotline-banner', () => {
  for (const lang of langs) {
    it(`shows the three help lines with real links and is accessible (${lang})`, async () => {
      const el = await fixture<HartHotlineBanner>(html`<hart-hotline-banner lang=${lang}></hart-hotline-banner>`);
      const hrefs = links(el).map((a) => a.getAttribute('href'));
      expect(hrefs).to.include.members(['tel:911', 'tel:+18883737888', 'sms:233733?body=HELP', 'tel:+18008422288']);
      const names = [...el.shadowRoot!.querySelectorAll('[part="name"]')].map((n) => n.textContent);
      expect(names).to.deep.equal(['emergency', 'nhth', 'careline'].map((id) => bundled.hotlines.byId(id)!.shortName![lang]));
      expect(shadowText(el)).to.contain(bundled.hotlines.byId('careline')!.whenToUse[lang]);
      await expectAccessible(el);
    });
  }

  it('names each link with the whole action', async () => {
    const el = await fixture<HartHotlineBanner>(html`<hart-hotline-banner lang="en"></hart-hotline-banner>`);
    const call = links(el).find((a) => a.getAttribute('href') === 'tel:+18883737888')!;
    expect(nameOf(call)).to.equal('Call the National Human Trafficking Hotline, 1-888-373-7888');
    const text = links(el).find((a) => a.getAttribute('href')?.startsWith('sms:'))!;
    expect(text.textContent).to.equal('Text HELP to 233733');
    expect(nameOf(text)).to.equal('Text HELP to 233733, National Human Trafficking Hotline');
  });

  it('speaks Spanish, following the page language when it has no lang of its own', async () => {
    const wrapper = await fixture(html`<div lang="es"><hart-hotline-banner></hart-hotline-banner></div>`);
    const el = wrapper.querySelector('hart-hotline-banner')!;
    await el.updateComplete;
    const call = links(el).find((a) => a.getAttribute('href') === 'tel:+18883737888')!;
    expect(nameOf(call)).to.equal('Llamar a la Línea Nacional Contra la Trata de Personas, 1-888-373-7888');
    expect(nameOf(links(el)[0])).to.equal('Llamar al 911, 911');
    wrapper.setAttribute('lang', 'en');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(nameOf(links(el)[0])).to.equal('Call 911, 911');
  });

  it('shows the lines named by `lines`, in that order, and never an empty banner', async () => {
    const el = await fixture<HartHotlineBanner>(html`<hart-hotline-banner lines="careline emergency"></hart-hotline-banner>`);
    const order = () => [...el.shadowRoot!.querySelectorAll('[data-hotline]')].map((n) => n.getAttribute('data-hotline'));
    expect(order()).to.deep.equal(['careline', 'emergency']);
    el.lines = 'typo';
    await el.updateComplete;
    expect(order()).to.deep.equal(['emergency', 'nhth', 'careline']);
  });
});
