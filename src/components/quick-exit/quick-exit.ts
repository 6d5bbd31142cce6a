/**
 * Registers `<hart-quick-exit>`.
 * @module
 */
import { defineElement } from '../../internal/define.js';
import { HartQuickExit, type HartExitDetail } from './quick-exit.component.js';

defineElement('hart-quick-exit', HartQuickExit);

export { HartQuickExit, DEFAULT_EXIT_URL, exitNavigation } from './quick-exit.component.js';
export type { HartExitDetail } from './quick-exit.component.js';

declare global {
  interface HTMLElementTagNameMap {
    'hart-quick-exit': HartQuickExit;
  }
  interface GlobalEventHandlersEventMap {
    'hart-exit': CustomEvent<HartExitDetail>;
  }
}
