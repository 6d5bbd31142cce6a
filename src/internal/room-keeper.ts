/**
 * Keeps the elements that stay on screen (a sticky banner, the fixed quick exit) from hiding what the user is working
 * on (WCAG 2.4.11 Focus Not Obscured):
 * - sets the page's `scroll-padding-top` (or `-bottom`) to the room they take at that edge, so focus and anchor
 *   scrolling stop clear of them;
 * - for those that `reserve`, also pads the top of the page by their height, so nothing of the page starts under them
 *   (the sticky banner needs no padding: it stays in the flow);
 * - after any focus change, scrolls the focused element out from under one that still covers it.
 * Several on one page share the room (the largest at each edge wins). The page's own inline values on <html> come
 * back when the last stops, whatever the order, unless the page has set others meanwhile. Elements use it through
 * RoomGuard (room-guard.ts), which loads this module only once an element leaves the flow.
 */
export type GuardEdge = 'static' | 'top' | 'bottom';

const ROOM = ['scroll-padding-top', 'scroll-padding-bottom', 'padding-top'] as const;
/** The keepers guarding now. */
const active = new Set<RoomKeeper>();
/** Per property of ROOM: what the keepers last wrote ('' while they hold none), and the page's value they replaced. */
const written = ROOM.map(() => '');
const pageOwn = ROOM.map(() => '');

/**
 * Writes the room the active keepers need, each property at its largest. A property none needs any more gets the
 * page's own value back, unless the page has set another one since.
 */
function applyRoom(): void {
  const s = document.documentElement.style;
  const room = ROOM.map(() => 0);
  for (const keeper of active) keeper.room(room);
  ROOM.forEach((p, i) => {
    const now = s.getPropertyValue(p);
    if (room[i]) {
      // The first write, or the page set its own value since the last: that is the value to give back later.
      if (now !== written[i]) pageOwn[i] = now;
      written[i] = `${room[i]}px`;
      s.setProperty(p, written[i]);
    } else if (written[i]) {
      if (now === written[i]) {
        if (pageOwn[i]) s.setProperty(p, pageOwn[i]);
        else s.removeProperty(p);
      }
      written[i] = '';
    }
  });
}

export class RoomKeeper {
  private edge: GuardEdge = 'static';
  private reserve = false;
  private observer?: ResizeObserver;

  constructor(private readonly host: HTMLElement) {}

  /** Starts, moves or stops (`static`) guarding. */
  set(edge: GuardEdge, reserve = false): void {
    if (edge === this.edge && reserve === this.reserve) return;
    this.stop();
    this.edge = edge;
    this.reserve = reserve;
    if (edge === 'static') return;
    active.add(this);
    this.observer = new ResizeObserver(applyRoom);
    this.observer.observe(this.host);
    document.addEventListener('focusin', this.onFocus);
  }

  /** Raises `room` (in ROOM's order) to what this element takes. */
  room(room: number[]): void {
    const height = this.host.getBoundingClientRect().height;
    // The room at the edge: the element's height plus its own offset from that edge (the exit's top offset).
    const offset = parseFloat(getComputedStyle(this.host)[this.edge as 'top']) || 0;
    const at = this.edge === 'top' ? 0 : 1;
    room[at] = Math.max(room[at], Math.ceil(height + offset));
    if (this.reserve) room[2] = Math.max(room[2], Math.ceil(height));
  }

  private stop(): void {
    if (this.edge === 'static') return;
    this.observer?.disconnect();
    document.removeEventListener('focusin', this.onFocus);
    active.delete(this);
    this.edge = 'static';
    applyRoom();
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
