import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { HartElement } from '../../internal/hart-element.js';
import { hostStyles } from '../../internal/styles.js';
import { safeHref } from '../../sdk/links.js';
import { messages } from './quick-exit.messages.js';
import { RoomGuard } from '../../internal/room-guard.js';
import { ShiftCounter } from './shift-counter.js';
import { quickExitStyles } from './quick-exit.styles.js';

/** Where the exit goes when `href` is not set: a neutral, public weather page. */
export const DEFAULT_EXIT_URL = 'https://www.weather.gov/';

/**
 * Where the button sits: `fixed` to the top of the viewport with room kept for it at the top of the page (default),
 * `overlay` (fixed, the page keeps the room itself), `sticky` (at the top of its container while that scrolls), or
 * `static` (in the flow, e.g. inside the banner).
 */
export type ExitPlacement = 'fixed' | 'overlay' | 'sticky' | 'static';
const placements: readonly string[] = ['fixed', 'overlay', 'sticky', 'static'] satisfies ExitPlacement[];

/**
 * The exit URL for an `href` value, or undefined when it is refused: an https URL, or a page of this site given by
 * its path (`/weather`). Anything else (javascript:, data:, http:, another site through `//host`) is refused.
 */
export function exitUrlFor(href: string): string | undefined {
  if (href.startsWith('https:')) return safeHref(href);
  try {
    // `//host` and `/\host` are other sites; resolving checks the rest stays on this origin. The document's base URL
    // and origin, not `location`'s: in a srcdoc frame `location` is about:srcdoc.
    if (/^\/(?![/\\])[^\s<>"]*$/.test(href) && new URL(href, document.baseURI).origin === self.origin) return href;
  } catch {
    /* not a URL */
  }
  return undefined;
}

/** One console warning for a refused attribute value, naming the element, the attribute and the value. */
export function warnRefused(tag: string, attribute: string, value: string, fallback: string): void {
  console.warn(`<${tag}> ${attribute}="${value}" refused; using ${fallback}`);
}

/**
 * How the exit leaves the page. `location.replace` takes this page out of the tab's back history, so Back does not
 * return to it. Tests replace `replace` to stub navigation.
 */
export const exitNavigation = {
  replace(url: string): void {
    window.location.replace(url);
  },
};

/** Detail of the `hart-exit` event. */
export interface HartExitDetail {
  /** Where the page is about to go. */
  href: string;
  /** What started the exit. */
  trigger: 'click' | 'keyboard';
}

const live = new Set<HartQuickExit>();
let counter: ShiftCounter | undefined;
const onKeydown = (e: KeyboardEvent) => counter?.keydown(e);
const onKeyup = (e: KeyboardEvent) => counter?.keyup(e);
const onBlur = () => counter?.reset();
/** The first connected quick exit answers the keyboard and speaks, so two on a page do not both act. */
const primary = () => live.values().next().value;

/**
 * A button that leaves the page at once for a neutral site: it hides the page's content, shows a blank overlay and
 * replaces the page in history. Pressing Shift on its own 3 times within 5 seconds does the same. Browser history
 * is not erased: see docs/quick-exit.md.
 *
 * Put a plain link inside the tag so the exit works when scripts are blocked:
 * `<hart-quick-exit><a href="https://www.weather.gov/" rel="nofollow noreferrer">Exit this page</a></hart-quick-exit>`
 *
 * @summary Quick exit: leave for a neutral page with one click or Shift pressed 3 times.
 *
 * @tagname hart-quick-exit
 *
 * @fires hart-exit - Before leaving; cancelable (`preventDefault()` stops the exit). Detail: {@link HartExitDetail}.
 *
 * @csspart button - The exit link, styled as a button.
 * @csspart hint - The keyboard hint under the button.
 * @csspart cover - The blank overlay shown while leaving.
 *
 * @cssproperty --hart-exit-bg - Button background.
 * @cssproperty --hart-exit-color - Button text colour.
 * @cssproperty --hart-exit-top - Distance of the button from the top of the viewport (default: the height of
 * WordPress's admin bar, `--wp-admin--admin-bar--height`, else 0).
 * @cssproperty --hart-exit-z - Stacking order of the fixed or sticky button.
 * @cssproperty --hart-exit-cover-bg - Colour of the overlay shown while leaving.
 */
export class HartQuickExit extends HartElement {
  static override styles = [hostStyles, quickExitStyles];

  // Declared here rather than with decorators: the decorator helpers cost bytes in every page's banner.
  static override properties: PropertyDeclarations = {
    href: {},
    noHint: { type: Boolean, attribute: 'no-hint', reflect: true },
    placement: { reflect: true },
    status: { state: true, attribute: false },
    leaving: { state: true, attribute: false },
  };

  /**
   * The neutral page to go to: an https URL or a page of this site (`/weather`). Anything else is refused with a
   * console warning, and the default is used.
   */
  href = DEFAULT_EXIT_URL;

  /** Where the button sits ({@link ExitPlacement}); an unknown value warns and is read as `fixed`. */
  placement: ExitPlacement = 'fixed';

  private readonly room = new RoomGuard(this);

  /** Hide the "or press Shift 3 times" hint (the shortcut still works). */
  noHint = false;

  private status = '';
  private leaving = false;

  /** The blank overlay shown while leaving. */
  private get cover(): HTMLDialogElement | null | undefined {
    return this.renderRoot?.querySelector('dialog');
  }

  private saved?: { title: string; visibility: string; priority: string };

  /** The exit URL actually used. */
  get exitUrl(): string {
    return exitUrlFor(this.href) ?? DEFAULT_EXIT_URL;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('href') && !exitUrlFor(this.href)) warnRefused(this.localName, 'href', this.href, DEFAULT_EXIT_URL);
    if (changed.has('placement') && !placements.includes(this.placement)) {
      warnRefused(this.localName, 'placement', this.placement, 'fixed');
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('placement')) this.keepRoom();
  }

  /** Keeps the page clear of the button while it is fixed to the viewport. */
  private keepRoom(): void {
    const p = this.placement;
    this.room.set(p === 'sticky' || p === 'static' ? 'static' : 'top', p !== 'overlay');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    live.add(this);
    if (live.size === 1) {
      counter = new ShiftCounter({
        onProgress: (left) => primary()?.announce(messages[primary()!.language].progress(left)),
        onExpire: () => primary()?.announce(messages[primary()!.language].expired),
        onDone: () => primary()?.exit('keyboard'),
      });
      document.addEventListener('keydown', onKeydown, true);
      document.addEventListener('keyup', onKeyup, true);
      window.addEventListener('blur', onBlur);
    }
    window.addEventListener('pageshow', this.onPageShow);
    if (this.hasUpdated) this.keepRoom();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.room.set('static');
    live.delete(this);
    if (!live.size) {
      document.removeEventListener('keydown', onKeydown, true);
      document.removeEventListener('keyup', onKeyup, true);
      window.removeEventListener('blur', onBlur);
      counter?.reset();
      counter = undefined;
    }
    window.removeEventListener('pageshow', this.onPageShow);
  }

  /** Says `text` in the element's status region (screen readers announce it politely). */
  announce(text: string): void {
    // Clear first so the same message twice in a row is announced twice.
    this.status = '';
    requestAnimationFrame(() => (this.status = text));
  }

  /**
   * Leaves the page now: fires `hart-exit` (cancelable), hides the page's content, then replaces the page.
   * @returns false when a listener cancelled the exit
   */
  exit(trigger: HartExitDetail['trigger'] = 'click'): boolean {
    const href = this.exitUrl;
    if (!this.emit<HartExitDetail>('hart-exit', { href, trigger }, true)) return false;
    this.hidePage();
    exitNavigation.replace(href);
    return true;
  }

  /** Hides everything on the page at once: the body goes invisible and a blank modal covers the viewport. */
  private hidePage(): void {
    const body = document.body;
    this.saved ??= {
      title: document.title,
      visibility: body.style.getPropertyValue('visibility'),
      priority: body.style.getPropertyPriority('visibility'),
    };
    body.style.setProperty('visibility', 'hidden', 'important');
    document.title = messages[this.language].leaving;
    this.leaving = true;
    // The modal dialog sits in the top layer: no host z-index, transform or overflow can put content above it.
    const cover = this.cover;
    if (cover && !cover.open) {
      try {
        cover.showModal();
      } catch {
        cover.setAttribute('open', '');
      }
    }
  }

  /** Coming back through the back/forward cache: show the page again, as it was. */
  private onPageShow = (e: PageTransitionEvent) => {
    if (!e.persisted || !this.saved) return;
    document.body.style.setProperty('visibility', this.saved.visibility, this.saved.priority);
    document.title = this.saved.title;
    this.saved = undefined;
    this.leaving = false;
    this.cover?.close();
    this.status = '';
  };

  private onClick(e: MouseEvent) {
    // Modified clicks (new tab/window) are left to the browser: the user asked for something else.
    if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    this.exit('click');
  }

  override render() {
    const m = messages[this.language];
    return html`<div class="bar" lang=${this.language}>
        <a part="button" class="button" href=${this.exitUrl} rel="nofollow noreferrer" aria-label=${m.buttonLabel} @click=${this.onClick}
          >${m.button}</a
        >
        ${this.noHint ? null : html`<span part="hint" class="hint" aria-hidden="true">${m.hint}</span>`}
      </div>
      <div role="status" class="visually-hidden">${this.status}</div>
      <dialog part="cover" class="cover" aria-label=${m.leaving} ?data-leaving=${this.leaving}></dialog>`;
  }
}
