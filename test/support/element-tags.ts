/**
 * The six elements, written out here (not read from the source) so that a tag that stops registering fails. No
 * imports: the proof pages' driver and the WordPress tests (Node) use it as well as the browser tests.
 */
export const ELEMENT_TAGS = [
  'hart-hotline-banner',
  'hart-quick-exit',
  'hart-red-flags',
  'hart-event-list',
  'hart-provider-finder',
  'hart-awareness-notice',
] as const;
