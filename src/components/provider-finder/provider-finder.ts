/**
 * Registers `<hart-provider-finder>`.
 * @module
 */
import { defineElement } from '../../internal/define.js';
import { HartProviderFinder, type ProviderFinderFilters } from './provider-finder.component.js';

defineElement('hart-provider-finder', HartProviderFinder);

export { HartProviderFinder };
export type { ProviderFinderFilters };

declare global {
  interface HTMLElementTagNameMap {
    'hart-provider-finder': HartProviderFinder;
  }
  interface GlobalEventHandlersEventMap {
    'hart-filter-change': CustomEvent<ProviderFinderFilters>;
  }
}
