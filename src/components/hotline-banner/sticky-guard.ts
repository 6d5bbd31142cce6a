/**
 * Keeps a sticky banner from hiding what the user is working on (WCAG 2.4.11 Focus Not Obscured):
 * - sets the page's scroll-padding to the banner's height, so focus and anchor scrolling stop clear of it;
 * - after any focus change, scrolls the focused element out from under the banner if it is still covered.
 * The banner itself stays in the document flow (position: sticky), so the page keeps room for it.
 */
export type GuardPosition = 'static' | 'top' | 'bottom';

export class StickyGuard {
  private position: GuardPosition = 'static';
  private observer?: ResizeObserver;
  private saved?: string;

  constructor(private readonly host: HTMLElement) {}

  /** Starts, moves or stops guarding. */
  set(position: GuardPosition): void {
    if (position === this.position) return;
    this.stop();
    this.position = position;
    if (position === 'static') return;
    const root = document.documentElement;
    this.saved = root.style.getPropertyValue(this.paddingProperty);
    this.observer = new ResizeObserver(() => this.pad());
    this.observer.observe(this.host);
    document.addEventListener('focusin', this.onFocus);
  }

  private get paddingProperty(): string {
    return this.position === 'bottom' ? 'scroll-padding-bottom' : 'scroll-padding-top';
  }

  private pad(): void {
    const height = this.host.getBoundingClientRect().height;
    document.documentElement.style.setProperty(this.paddingProperty, `${Math.ceil(height)}px`);
  }

  private stop(): void {
    if (this.position === 'static') return;
    this.observer?.disconnect();
    this.observer = undefined;
    document.removeEventListener('focusin', this.onFocus);
    const root = document.documentElement;
    if (this.saved) root.style.setProperty(this.paddingProperty, this.saved);
    else root.style.removeProperty(this.paddingProperty);
    this.position = 'static';
  }

  private onFocus = (e: FocusEvent) => {
    const target = e.composedPath()[0];
    if (!(target instanceof Element) || this.host.contains(target) || this.host.shadowRoot?.contains(target)) return;
    const banner = this.host.getBoundingClientRect();
    const box = target.getBoundingClientRect();
    const margin = 8;
    if (this.position === 'top' && box.top < banner.bottom && box.bottom > banner.top) {
      window.scrollBy(0, box.top - banner.bottom - margin);
    } else if (this.position === 'bottom' && box.bottom > banner.top && box.top < banner.bottom) {
      window.scrollBy(0, box.bottom - banner.top + margin);
    }
  };
}
