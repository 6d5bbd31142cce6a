/**
 * Keeps an element that stays on screen (a sticky banner, the fixed quick exit) from hiding what the user is working
 * on (WCAG 2.4.11 Focus Not Obscured):
 * - sets the page's `scroll-padding-top` (or `-bottom`) to the room the element takes at that edge, so focus and
 *   anchor scrolling stop clear of it;
 * - with `reserve`, also pads the top of the page by the element's height, so nothing of the page starts under it
 *   (the sticky banner needs no padding: it stays in the flow);
 * - after any focus change, scrolls the focused element out from under it if it is still covered.
 * The page's own inline values on <html> are put back when guarding stops. Elements use it through RoomGuard
 * (room-guard.ts), which loads this module only once an element leaves the flow.
 */
export type GuardEdge = 'static' | 'top' | 'bottom';

export class RoomKeeper {
  private edge: GuardEdge = 'static';
  private reserve = false;
  private observer?: ResizeObserver;
  private saved: string[] = [];

  constructor(private readonly host: HTMLElement) {}

  /** Starts, moves or stops (`static`) guarding. */
  set(edge: GuardEdge, reserve = false): void {
    if (edge === this.edge && reserve === this.reserve) return;
    this.stop();
    this.edge = edge;
    this.reserve = reserve;
    if (edge === 'static') return;
    const s = document.documentElement.style;
    this.saved = [`scroll-padding-${this.edge}`, 'padding-top'].map((p) => s.getPropertyValue(p));
    this.observer = new ResizeObserver(() => this.pad());
    this.observer.observe(this.host);
    document.addEventListener('focusin', this.onFocus);
  }

  private pad(): void {
    const s = document.documentElement.style;
    const height = this.host.getBoundingClientRect().height;
    // The room at the edge: the element's height plus its own offset from that edge (the exit's top offset).
    const offset = parseFloat(getComputedStyle(this.host)[this.edge as 'top']) || 0;
    s.setProperty(`scroll-padding-${this.edge}`, `${Math.ceil(height + offset)}px`);
    if (this.reserve) s.setProperty('padding-top', `${Math.ceil(height)}px`);
  }

  private stop(): void {
    if (this.edge === 'static') return;
    this.observer?.disconnect();
    document.removeEventListener('focusin', this.onFocus);
    const s = document.documentElement.style;
    [`scroll-padding-${this.edge}`, 'padding-top'].forEach((p, i) =>
      this.saved[i] ? s.setProperty(p, this.saved[i]) : s.removeProperty(p),
    );
    this.edge = 'static';
  }

  private onFocus = (e: FocusEvent) => {
    const target = e.composedPath()[0];
    if (!(target instanceof Element) || this.host.contains(target) || this.host.shadowRoot?.contains(target)) return;
    const own = this.host.getBoundingClientRect();
    const box = target.getBoundingClientRect();
    // Covered only where the boxes meet on both axes: the exit holds one corner, not the whole width.
    if (box.top < own.bottom && box.bottom > own.top && box.left < own.right && box.right > own.left) {
      window.scrollBy(0, this.edge === 'top' ? box.top - own.bottom - 8 : box.bottom - own.top + 8);
    }
  };
}
