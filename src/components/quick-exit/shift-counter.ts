/**
 * Counts presses of Shift on its own: a press counts when Shift goes down and up with no other key in between
 * (so typing a capital letter never counts). `need` presses within `windowMs` of the first one trigger `onDone`.
 * Kept apart from the element so that one page-wide listener serves every quick-exit element.
 */
export interface ShiftCounterHandlers {
  /** A press counted; `left` more are needed. */
  onProgress(left: number): void;
  /** The window ran out before enough presses. */
  onExpire(): void;
  /** Enough presses in time. */
  onDone(): void;
}

export class ShiftCounter {
  private count = 0;
  private shiftDown = false;
  private otherKeyWhileShift = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly handlers: ShiftCounterHandlers,
    private readonly need = 3,
    private readonly windowMs = 5000,
  ) {}

  /** Feed every keydown event of the document. */
  keydown(e: KeyboardEvent): void {
    if (e.key === 'Shift') {
      if (!e.repeat) {
        this.shiftDown = true;
        this.otherKeyWhileShift = e.ctrlKey || e.altKey || e.metaKey;
      }
      return;
    }
    if (this.shiftDown) this.otherKeyWhileShift = true;
  }

  /** Feed every keyup event of the document. */
  keyup(e: KeyboardEvent): void {
    if (e.key !== 'Shift' || !this.shiftDown) return;
    this.shiftDown = false;
    if (this.otherKeyWhileShift) return;
    this.count++;
    if (this.count === 1) this.timer = setTimeout(() => this.expire(), this.windowMs);
    if (this.count >= this.need) {
      this.reset();
      this.handlers.onDone();
    } else {
      this.handlers.onProgress(this.need - this.count);
    }
  }

  /** Forget presses (e.g. when the window loses focus). */
  reset(): void {
    this.count = 0;
    this.shiftDown = false;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private expire(): void {
    const had = this.count > 0;
    this.reset();
    if (had) this.handlers.onExpire();
  }
}
