import type { GuardEdge, RoomKeeper } from './room-keeper.js';
import { loadRoomKeeper } from './room-keeper.load.js';

export type { GuardEdge };

/**
 * Keeps the page clear of an element that stays on screen: the sticky banner, the fixed quick exit (the work is
 * RoomKeeper's, room-keeper.ts). Its code is loaded the first time the element leaves the flow; calls made before it
 * arrives are applied in order once it has.
 */
export class RoomGuard {
  private keeper?: Promise<RoomKeeper>;

  constructor(private readonly host: HTMLElement) {}

  /** Starts, moves or stops (`static`) guarding; `reserve` also pads the top of the page by the element's height. */
  set(edge: GuardEdge, reserve = false): void {
    if (!this.keeper && edge === 'static') return;
    this.keeper ??= loadRoomKeeper().then((m) => new m.RoomKeeper(this.host));
    void this.keeper.then((keeper) => keeper.set(edge, reserve));
  }
}
