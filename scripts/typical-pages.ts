/**
 * Typical partner pages: the markup a partner pastes. `npm run bench` loads them in Chromium to count what they
 * download; `npm run size` follows the module graph `autoloader.js` would load for their tags and checks the budgets.
 */
export interface TypicalPage {
  /** The name `docs/budgets.md` uses for the page. */
  id: string;
  label: string;
  markup: string;
}

export const typicalPages: TypicalPage[] = [
  {
    id: 'banner',
    label: 'banner with quick exit',
    markup: '<hart-hotline-banner quick-exit></hart-hotline-banner>',
  },
  {
    id: 'hotel',
    label: 'hotel (banner, red flags, notice)',
    markup:
      '<hart-hotline-banner quick-exit></hart-hotline-banner><hart-red-flags audience="hospitality"></hart-red-flags><hart-awareness-notice></hart-awareness-notice>',
  },
  { id: 'event-list', label: 'event list', markup: '<hart-event-list></hart-event-list>' },
  {
    id: 'every-element',
    label: 'every element',
    markup:
      '<hart-hotline-banner></hart-hotline-banner><hart-quick-exit></hart-quick-exit><hart-red-flags></hart-red-flags>' +
      '<hart-provider-finder></hart-provider-finder><hart-event-list></hart-event-list><hart-awareness-notice></hart-awareness-notice>',
  },
];

/** The hart- tags in a page's markup, in order, once each. */
export const tagsOf = (markup: string): string[] => [
  ...new Set([...markup.matchAll(/<(hart-[a-z-]+)/g)].map((m) => m[1])),
];
