/**
 * Registers `<hart-red-flags>`.
 * @module
 */
import { defineElement } from '../../internal/define.js';
import { HartRedFlags } from './red-flags.component.js';
import type { RedFlagsPrintDetail, RedFlagsToggleDetail } from './red-flags.component.js';

defineElement('hart-red-flags', HartRedFlags);

export { HartRedFlags };
export type {
  RedFlagsAudience,
  RedFlagsPrintDetail,
  RedFlagsToggleDetail,
  RedFlagsVariant,
} from './red-flags.component.js';

declare global {
  interface HTMLElementTagNameMap {
    'hart-red-flags': HartRedFlags;
  }
  interface GlobalEventHandlersEventMap {
    'hart-red-flags-toggle': CustomEvent<RedFlagsToggleDetail>;
    'hart-red-flags-print': CustomEvent<RedFlagsPrintDetail>;
  }
}
