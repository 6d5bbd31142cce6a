/**
 * Registers `<hart-hotline-banner>`.
 * @module
 */
import { defineElement } from '../../internal/define.js';
import { HartHotlineBanner } from './hotline-banner.component.js';

defineElement('hart-hotline-banner', HartHotlineBanner);

export { HartHotlineBanner };

declare global {
  interface HTMLElementTagNameMap {
    'hart-hotline-banner': HartHotlineBanner;
  }
}
