/**
 * Registers `<hart-hotline-banner>`.
 * @module
 */
import { defineElement } from '../../internal/define.js';
// The banner's `quick-exit` attribute renders a <hart-quick-exit>: register it with the banner.
import '../quick-exit/quick-exit.js';
import { HartHotlineBanner } from './hotline-banner.component.js';

defineElement('hart-hotline-banner', HartHotlineBanner);

export { HartHotlineBanner };

declare global {
  interface HTMLElementTagNameMap {
    'hart-hotline-banner': HartHotlineBanner;
  }
  interface GlobalEventHandlersEventMap {
    /** The user hid the banner for this page view (`dismissible`). */
    'hart-dismiss': CustomEvent<Record<string, never>>;
  }
}
