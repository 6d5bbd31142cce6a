/**
 * Registers `<hart-event-list>`.
 * @module
 */
import { defineElement } from '../../internal/define.js';
import { HartEventList, type AddToCalendarDetail } from './event-list.component.js';

defineElement('hart-event-list', HartEventList);

export { HartEventList };
export type { AddToCalendarDetail, CalendarService } from './event-list.component.js';

declare global {
  interface HTMLElementTagNameMap {
    'hart-event-list': HartEventList;
  }
  interface GlobalEventHandlersEventMap {
    'hart-add-to-calendar': CustomEvent<AddToCalendarDetail>;
  }
}
