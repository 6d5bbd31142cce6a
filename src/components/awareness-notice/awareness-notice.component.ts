import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { breakableNumber } from '../../internal/breakable-number.js';
import { HartElement } from '../../internal/hart-element.js';
import { hostStyles } from '../../internal/styles.js';
import { hotlines as bundledHotlines } from '../../sdk/generated/display/hotlines.js';
import { notice as bundledNotice } from '../../sdk/generated/display/notice.js';
import { localize, normalizeLang } from '../../sdk/i18n.js';
import {
  noticeLanguages,
  noticeQr,
  noticeView,
  type NoticeAction,
  type NoticeContactKind,
  type NoticeQr,
  type NoticeView,
} from '../../sdk/notice.js';
import type { Hotline as FullHotline, Lang, Notice as FullNotice, WithoutSources } from '../../sdk/types.js';
import { messages, type NoticeMessages } from './awareness-notice.messages.js';
import { createPrintFrame, printFrame } from './awareness-notice.print.js';
import { loadQrCodes, qrPath, qrReady } from './awareness-notice.qr.js';
import { contentStyles, noticeStyles, printDocumentStyles } from './awareness-notice.styles.js';

// The bundled records come without `sources` (this element does not show them).
type Hotline = WithoutSources<FullHotline>;
type Notice = WithoutSources<FullNotice>;

/** How the notice is shown. */
export type NoticeMode = 'poster' | 'display' | 'inline';
/** Poster layout: every language on one sheet, or one sheet per language. */
export type NoticeLayout = 'combined' | 'separate';
/** What the QR code does. */
export type NoticeQrChoice = 'call' | 'text' | 'none';

/** Detail of `hart-notice-print`. */
export interface NoticePrintDetail {
  layout: NoticeLayout;
  /** Languages printed, in order. */
  langs: string[];
  /** The print document (inside a hidden same-origin iframe), ready to print. */
  document: Document;
  /** The hidden iframe holding it. */
  frame: HTMLIFrameElement;
}

/** Shortest time a language stays on a rotating display: time to read the heading and the numbers. */
export const MIN_ROTATE_SECONDS = 5;

const modes: readonly NoticeMode[] = ['poster', 'display', 'inline'];
const reducedMotionQuery = '(prefers-reduced-motion: reduce)';

/** A phrase with its number set apart (bold, wrapping only after its hyphens): "Call **1-888-373-7888**". */
function withNumber(phrase: string, number: string): TemplateResult {
  const at = phrase.indexOf(number);
  if (at < 0) return html`${phrase}`;
  return html`${phrase.slice(0, at)}<span class="num">${breakableNumber(number)}</span>${phrase.slice(at + number.length)}`;
}

/**
 * Connecticut's human-trafficking notice (Conn. Gen. Stat. §§ 54-222(b), 54-234a) for businesses that must post it:
 * a print-ready poster, a full-screen lobby display, or a section of a web page. English and Spanish; the numbers
 * come from the hotline data and the QR code is made in the page.
 *
 * - `mode="poster"`: sheets for US Letter or A4, body text 16 pt or larger, one page per sheet. `layout="combined"`
 *   puts every language on one sheet, `layout="separate"` gives each language its own sheet.
 * - `mode="display"`: fills its box (by default the whole viewport); with `rotate-seconds` it shows one language at a
 *   time, with a pause button, and never rotates when the reader prefers reduced motion.
 * - `mode="inline"` (default): a section with call and text links.
 *
 * The "Print notice" button prints only the notice, as posters, from a hidden same-origin iframe with its own
 * page rules (margins are the sheet's own). To print a page holding a poster with the browser's Print command
 * instead, give that page no margins of its own (`@page { margin: 0 }`, `body { margin: 0 }`) and nothing else to
 * print; see docs/hotel-notice.md.
 *
 * This is the content the statute describes, in our own words, not the Judicial Branch's official form.
 *
 * @summary The human-trafficking notice businesses must post: poster, lobby display or web section.
 * @tagname hart-awareness-notice
 *
 * @fires hart-notice-print - Before the print dialog opens; cancelable (call `preventDefault()` to stop it, e.g. to
 * make your own PDF from `detail.document`). Detail: {@link NoticePrintDetail}.
 *
 * @csspart base - The element's outer box.
 * @csspart print-button - The "Print notice" button.
 * @csspart sheet - One poster sheet.
 * @csspart language - The notice in one language.
 * @csspart heading - The notice's heading in one language.
 * @csspart statement - The statement under the heading.
 * @csspart line - One help line.
 * @csspart action - A call or text number (a link in inline and poster modes).
 * @csspart qr - The QR code with its caption.
 * @csspart pause-button - The display's pause/resume button.
 * @csspart requirements - The "for businesses" details (inline mode with `requirements`).
 *
 * @cssproperty --hart-notice-accent - Colour of the accent bars and buttons (default dark blue).
 * @cssproperty --hart-notice-qr-size - Width of the QR code.
 * @cssproperty --hart-notice-display-height - Height of the lobby display (default the viewport's).
 * @cssproperty --hart-notice-display-bg - Background of the lobby display.
 * @cssproperty --hart-notice-display-color - Text colour of the lobby display.
 * @cssproperty --hart-notice-link-bg - Background of the call and text links (inline mode).
 * @cssproperty --hart-notice-link-color - Text colour of those links.
 * @cssproperty --hart-notice-bg - Background of each block (inline mode).
 * @cssproperty --hart-notice-color - Text colour of each block (inline mode).
 * @cssproperty --hart-radius - Corner radius of the blocks and links.
 */
export class HartAwarenessNotice extends HartElement {
  static override styles = [hostStyles, contentStyles, noticeStyles];

  // Declared here rather than with decorators: the decorator helpers cost bytes on every page.
  static override properties: PropertyDeclarations = {
    mode: { reflect: true },
    langs: { reflect: true },
    layout: { reflect: true },
    rotateSeconds: { type: Number, attribute: 'rotate-seconds', reflect: true },
    qr: { reflect: true },
    requirements: { type: Boolean, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    current: { state: true, attribute: false },
    paused: { state: true, attribute: false },
    reducedMotion: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  /** `poster`, `display` or `inline` (default). */
  mode: NoticeMode = 'inline';

  /** Languages to show, in order, separated by spaces (`en es`). Only languages the notice has text for are shown. */
  langs = 'en es';

  /** Poster layout: `combined` (every language on one sheet, default) or `separate` (one sheet per language). */
  layout: NoticeLayout = 'combined';

  /**
   * Display mode: seconds each language stays on screen before the next (at least 5). `0` (default) shows every
   * language at once, as does a reader's reduced-motion preference.
   */
  rotateSeconds = 0;

  /** What the QR code does: `call` the hotline (default), `text` it, or `none` for no QR code. */
  qr: NoticeQrChoice = 'call';

  /** Inline mode: also show who must post the notice, where, the penalty and the law (for business pages). */
  requirements = false;

  /** Level of the notice's headings (1-6; default 2). The print document always uses level 1. */
  headingLevel = 2;

  /** Index of the language on screen while a display rotates. */
  private current = 0;
  /** The reader paused the rotation. */
  private paused = false;
  private reducedMotion = false;
  /** Text of the polite live region. */
  private announcement = '';
  /** A part the QR code needs could not be fetched: the notice says so where the code would be (and announces it, which re-renders). */
  private qrFailed = false;

  private timer?: ReturnType<typeof setInterval>;
  private motionQuery?: MediaQueryList;
  private resizeObserver?: ResizeObserver;
  private readonly onMotionChange = (e: MediaQueryListEvent) => {
    this.reducedMotion = e.matches;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.motionQuery = globalThis.matchMedia?.(reducedMotionQuery);
    this.reducedMotion = Boolean(this.motionQuery?.matches);
    this.motionQuery?.addEventListener('change', this.onMotionChange);
    if (typeof ResizeObserver !== 'undefined') {
      this.resizeObserver = new ResizeObserver(() => this.fitDisplay());
      this.resizeObserver.observe(this);
    }
    // Moved in the page (disconnected, then connected again): restart the rotation timer in updated().
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.motionQuery?.removeEventListener('change', this.onMotionChange);
    this.resizeObserver?.disconnect();
    this.stopTimer();
  }

  /** The notice record: live data when a feed is loaded, else the bundled one. */
  protected get notice(): Notice {
    return this.collection('notice', bundledNotice)[0] ?? bundledNotice[0];
  }

  protected get hotlines(): Hotline[] {
    return this.collection('hotlines', bundledHotlines);
  }

  /** The languages shown, as the notice has them (`langs` filtered, never empty). */
  get shownLangs(): string[] {
    return noticeLanguages(this.notice, this.langs.split(/[\s,]+/));
  }

  private get effectiveMode(): NoticeMode {
    return modes.includes(this.mode) ? this.mode : 'inline';
  }

  private get effectiveLayout(): NoticeLayout {
    return this.layout === 'separate' ? 'separate' : 'combined';
  }

  private get level(): number {
    const n = Math.round(Number(this.headingLevel));
    return n >= 1 && n <= 6 ? n : 2;
  }

  /** True while a display changes language by itself. */
  get rotating(): boolean {
    return this.rotationEnabled && !this.paused;
  }

  /** A display set to rotate, with more than one language, for a reader who has not asked for reduced motion. */
  private get rotationEnabled(): boolean {
    return (
      this.effectiveMode === 'display' && this.rotateSeconds > 0 && this.shownLangs.length > 1 && !this.reducedMotion
    );
  }

  private qrFor(lang: string): NoticeQr | undefined {
    if (this.qr === 'none') return undefined;
    const kind: NoticeContactKind = this.qr === 'text' ? 'text' : 'voice';
    return noticeQr(this.notice, this.hotlines, lang, kind);
  }

  /** The interface strings: the element's language (the notice itself may show several). */
  private get m(): NoticeMessages {
    return messages[this.language];
  }

  // ---- rendering ---------------------------------------------------------------------------------------------

  private renderAction(a: NoticeAction, link: boolean): TemplateResult {
    return link
      ? // The inner span keeps "Call 911" one flex item: a flex container would drop the space before the number.
        html`<a part="action" class="action action--${a.kind}" href=${a.href}><span>${withNumber(a.label, a.number)}</span></a>`
      : html`<span part="action" class="action action--${a.kind}">${withNumber(a.label, a.number)}</span>`;
  }

  private renderBlock(view: NoticeView, level: number, links: boolean, hidden = false): TemplateResult {
    return html`<section
      part="language"
      class="block ${hidden ? 'visually-hidden' : ''}"
      lang=${view.lang}
      data-lang=${view.lang}
    >
      <div part="heading" class="heading" role="heading" aria-level=${level}>${view.heading}</div>
      <p part="statement" class="statement">${view.statement}</p>
      <ul class="lines" role="list">
        ${view.lines.map(
          (line) => html`<li part="line" class="line" data-hotline=${line.hotline}>
            <p class="line-title">${line.title}</p>
            ${line.text ? html`<p class="line-text">${line.text}</p>` : nothing}
            <p class="actions">${line.actions.map((a) => this.renderAction(a, links))}</p>
          </li>`,
        )}
      </ul>
    </section>`;
  }

  /**
   * The QR code (an SVG path drawn from the module matrix) beside its caption in each language and the footer:
   * the bottom of a poster sheet and the side of a display.
   */
  private renderQrAndFooter(views: NoticeView[]): TemplateResult {
    const langs = views.map((v) => v.lang);
    const codes = langs.map((l) => this.qrFor(l)).filter((q): q is NoticeQr => Boolean(q));
    // Named in the interface language when the sheet shows it, else in the sheet's own (first) language.
    const spokenAt = Math.max(0, langs.indexOf(this.language));
    const spoken = codes[spokenAt] ?? codes[0];
    const labelLang =
      normalizeLang(langs[spokenAt]) === langs[spokenAt] ? normalizeLang(langs[spokenAt]) : this.language;
    const path = spoken && qrPath(spoken.href);
    // Languages often share the citation: print it once.
    const footers = views.filter((v, i) => v.footer && views.findIndex((w) => w.footer === v.footer) === i);
    return html`<div class="qr">
      ${
        spoken && path
          ? html`<svg
            part="qr"
            class="qr-code"
            xmlns="http://www.w3.org/2000/svg"
            viewBox="0 0 ${path.size} ${path.size}"
            role="img"
            lang=${labelLang}
            aria-label=${messages[labelLang].qrLabel(spoken.caption)}
            shape-rendering="crispEdges"
          >
            <rect width=${path.size} height=${path.size} fill="#fff"></rect>
            <path d=${path.d} fill="#000"></path>
          </svg>`
          : spoken && this.qrFailed
            ? html`<p class="qr-missing" lang=${this.language}>${this.m.qrFailed}</p>`
            : spoken
              ? html`<span class="qr-code" aria-hidden="true"></span>`
              : nothing
      }
      <div class="qr-side">
        ${
          codes.length
            ? html`<p class="qr-caption">
              ${codes.map((c, i) => html`<span lang=${langs[i]}>${withNumber(c.caption, c.number)}</span>`)}
            </p>`
            : nothing
        }
        ${
          footers.length
            ? html`<p class="foot-text">${footers.map((v) => html`<span lang=${v.lang}>${v.footer}</span>`)}</p>`
            : nothing
        }
      </div>
    </div>`;
  }

  /**
   * The poster sheets for `layout`: one sheet holding every language, or one per language.
   * Used on screen (poster mode) and in the print document.
   */
  private renderSheets(layout: NoticeLayout, level: number): TemplateResult {
    const views = this.shownLangs.map((l) => noticeView(this.notice, this.hotlines, { lang: l }));
    const groups = layout === 'separate' ? views.map((v) => [v]) : [views];
    return html`${groups.map(
      (group, i) => html`<article
        part="sheet"
        class="sheet ${group.length > 1 ? 'sheet--multi' : 'sheet--single'}"
        lang=${group.length === 1 ? group[0].lang : nothing}
        data-sheet=${i + 1}
      >
        <div class="blocks">${group.map((v) => this.renderBlock(v, level, true))}</div>
        <footer class="sheet-foot">${this.renderQrAndFooter(group)}</footer>
      </article>`,
    )}`;
  }

  private renderToolbar(withHint: boolean): TemplateResult {
    const m = this.m;
    return html`<div class="toolbar">
      <button part="print-button" class="print" type="button" @click=${() => void this.printNotice()}>${m.print}</button>
      ${withHint ? html`<p class="hint">${m.printHint}</p>` : nothing}
    </div>`;
  }

  private renderRequirements(): TemplateResult {
    const m = this.m;
    const lang: Lang = this.language;
    const n = this.notice;
    return html`<details part="requirements" class="requirements">
      <summary>${m.requirements}</summary>
      <dl>
        <dt>${m.whoMustPost}</dt>
        <dd>
          <ul>
            ${n.whoMustPost.map((w) => html`<li>${localize(w, { lang })}</li>`)}
          </ul>
        </dd>
        <dt>${m.where}</dt>
        <dd>${localize(n.where, { lang })}</dd>
        <dt>${m.penalty}</dt>
        <dd>${localize(n.penalty, { lang })}</dd>
        <dt>${m.officialForm}</dt>
        <dd>${localize(n.officialForm, { lang })}</dd>
        <dt>${m.law}</dt>
        <dd>
          <ul>
            ${n.citations.map((c) => html`<li>${c.cite}: ${localize(c.about, { lang })}</li>`)}
          </ul>
        </dd>
      </dl>
      <p class="disclaimer">${localize(n.disclaimer, { lang })}</p>
    </details>`;
  }

  private renderDisplay(): TemplateResult {
    const m = this.m;
    const langs = this.shownLangs;
    const views = langs.map((l) => noticeView(this.notice, this.hotlines, { lang: l }));
    const enabled = this.rotationEnabled;
    const current = Math.min(this.current, langs.length - 1);
    // While rotating, the other languages stay in the accessibility tree (visually hidden) so a screen reader
    // gets the whole notice and nothing changes under its cursor.
    const visible = enabled ? [current] : views.map((_, i) => i);
    const shownViews = visible.map((i) => views[i]);
    return html`<div class="display ${visible.length === 1 ? 'single' : ''}">
      <div class="blocks">${views.map((v, i) => this.renderBlock(v, this.level, false, !visible.includes(i)))}</div>
      <div class="side">
        ${this.renderQrAndFooter(shownViews)}
        ${
          enabled
            ? html`<div class="controls">
              <ul class="lang-list" aria-label=${m.languages}>
                ${views.map(
                  (v, i) =>
                    html`<li lang=${v.lang} aria-current=${i === current ? 'true' : nothing}>${v.languageName}</li>`,
                )}
              </ul>
              <button
                part="pause-button"
                class="pause"
                type="button"
                aria-label=${this.paused ? m.resumeLabel : m.pauseLabel}
                @click=${this.togglePause}
              >
                ${this.paused ? m.resume : m.pause}
              </button>
            </div>`
            : nothing
        }
      </div>
    </div>`;
  }

  override render() {
    const mode = this.effectiveMode;
    const m = this.m;
    const status = html`<div class="visually-hidden status" role="status">${this.announcement}</div>`;
    if (mode === 'display') {
      return html`<section part="base" class="notice mode-display" aria-label=${m.region} lang=${this.language}>
        ${this.renderDisplay()} ${status}
      </section>`;
    }
    if (mode === 'poster') {
      return html`<section part="base" class="notice mode-poster" aria-label=${m.region} lang=${this.language}>
        ${this.renderToolbar(true)}
        <div class="sheets">${this.renderSheets(this.effectiveLayout, this.level)}</div>
        ${status}
      </section>`;
    }
    const views = this.shownLangs.map((l) => noticeView(this.notice, this.hotlines, { lang: l }));
    return html`<section part="base" class="notice mode-inline" aria-label=${m.region} lang=${this.language}>
      <div class="blocks">${views.map((v) => this.renderBlock(v, this.level, true))}</div>
      ${this.renderToolbar(false)} ${this.requirements ? this.renderRequirements() : nothing} ${status}
    </section>`;
  }

  // ---- behaviour ---------------------------------------------------------------------------------------------

  /** While the QR codes load (the box keeps its size meanwhile). */
  private qrLoading?: Promise<void>;

  /** What the QR codes of this element hold now (every shown language), none when `qr="none"`. */
  private get qrTexts(): string[] {
    return this.shownLangs.map((l) => this.qrFor(l)?.href).filter((t): t is string => Boolean(t));
  }

  /**
   * Posters and displays show a QR code: load what it needs the first time (and again when a feed changes what it
   * holds). After a failure only printing tries again, so a missing file is not requested on every render.
   */
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.qr !== 'none' && this.effectiveMode !== 'inline' && !this.qrFailed && !qrReady(this.qrTexts))
      void this.loadQr();
  }

  private loadQr(): Promise<void> {
    this.qrLoading ??= loadQrCodes(this.qrTexts).then(
      () => {
        this.qrLoading = undefined;
        this.qrFailed = false;
        this.requestUpdate();
      },
      // Without the code the notice still shows and prints every number, and says the code is missing.
      () => {
        this.qrLoading = undefined;
        this.qrFailed = true;
        this.announcement = this.m.qrFailed;
      },
    );
    return this.qrLoading;
  }

  /** Also waits for the QR code, so `await el.updateComplete` means the notice is fully drawn. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    if (this.qrLoading) {
      await this.qrLoading;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.rotating) {
      const ms = Math.max(MIN_ROTATE_SECONDS, this.rotateSeconds) * 1000;
      if (!this.timer || changed.has('rotateSeconds')) this.startTimer(ms);
    } else {
      this.stopTimer();
    }
    this.fitDisplay();
  }

  private startTimer(ms: number): void {
    this.stopTimer();
    this.timer = setInterval(() => {
      this.current = (this.current + 1) % Math.max(1, this.shownLangs.length);
    }, ms);
  }

  private stopTimer(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  private togglePause(): void {
    this.paused = !this.paused;
    this.announcement = this.paused ? this.m.paused : this.m.resumed;
  }

  /**
   * Display mode: shrinks the text (never grows it) until the whole notice fits the element's box. The CSS sizes
   * fit common screens already; this covers long translations and odd aspect ratios.
   */
  private fitDisplay(): void {
    const box = this.renderRoot?.querySelector<HTMLElement>('.display');
    if (!box) return;
    const blocks = box.querySelector<HTMLElement>('.blocks');
    const overflows = () =>
      box.scrollHeight > box.clientHeight + 1 ||
      box.scrollWidth > box.clientWidth + 1 ||
      (blocks ? blocks.scrollHeight > blocks.clientHeight + 1 : false);
    box.style.setProperty('--_fit', '1');
    if (!overflows()) return;
    let lo = 0.3;
    let hi = 1;
    for (let i = 0; i < 8; i++) {
      const mid = (lo + hi) / 2;
      box.style.setProperty('--_fit', String(mid));
      if (overflows()) hi = mid;
      else lo = mid;
    }
    box.style.setProperty('--_fit', String(lo));
  }

  /**
   * Prints the notice alone, as poster sheets (the element's `layout` and `langs`), whatever the mode: builds a
   * print document in a hidden same-origin iframe, fires `hart-notice-print`, then opens the browser's print dialog.
   * @returns false when a listener cancelled the event or the browser gave no print document
   */
  async printNotice(): Promise<boolean> {
    if (!qrReady(this.qrTexts)) await this.loadQr();
    const m = this.m;
    const langs = this.shownLangs;
    const layout = this.effectiveLayout;
    const job = createPrintFrame(document, {
      title: m.documentTitle,
      lang: langs.length === 1 ? langs[0] : this.language,
      content: this.renderSheets(layout, 1),
      cssText: [contentStyles, printDocumentStyles].map((s) => s.cssText).join('\n'),
    });
    if (!job) {
      this.announcement = m.printFailed;
      return false;
    }
    const detail: NoticePrintDetail = { layout, langs, document: job.document, frame: job.frame };
    if (!this.emit('hart-notice-print', detail, true)) {
      job.frame.remove();
      return false;
    }
    this.announcement = m.printing;
    await printFrame(job);
    return true;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'hart-notice-print': CustomEvent<NoticePrintDetail>;
  }
}
