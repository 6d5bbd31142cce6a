/**
 * Registers `<hart-awareness-notice>`.
 * @module
 */
import { defineElement } from '../../internal/define.js';
import { HartAwarenessNotice } from './awareness-notice.component.js';

defineElement('hart-awareness-notice', HartAwarenessNotice);

export { HartAwarenessNotice };
export type { NoticeLayout, NoticeMode, NoticePrintDetail, NoticeQrChoice } from './awareness-notice.component.js';

declare global {
  interface HTMLElementTagNameMap {
    'hart-awareness-notice': HartAwarenessNotice;
  }
}
