import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { HartElement } from '../../internal/hart-element.js';
import { hostStyles } from '../../internal/styles.js';
import { pickHotlines } from '../../sdk/pick-hotlines.js';
import { hotlines as bundledHotlines } from '../../sdk/generated/display/hotlines.js';
import { localize, localizedLang } from '../../sdk/i18n.js';
import type { ContactPoint, Hotline as FullHotline, Lang, WithoutSources } from '../../sdk/types.js';
import { DEFAULT_EXIT_URL } from '../quick-exit/quick-exit.component.js';
import { messages } from './hotline-banner.messages.js';
import { bannerStyles } from './hotline-banner.styles.js';
import { RoomGuard } from '../../internal/room-guard.js';
import {
  contactLinkStyles,
  renderContactLink,
  textLinkWords,
  type ContactWording,
} from '../../internal/contact-link.js';

// The bundled records come without `sources` (this element does not show them).
type Hotline = WithoutSources<FullHotline>;

/**
 * The banner's call buttons show the number alone; their names say whom it calls. Texts read as in every element.
 * The no-JavaScript fallback (scripts/build-fallbacks.ts) uses the same words.
 */
export const bannerWording: ContactWording = {
  voice: (h, number, lang) => ({
    visible: number,
    label: messages[lang].call(localize(h.actionName ?? h.name, { lang }), number),
  }),
  text: textLinkWords,
};

/** Hotlines shown when `lines` is not set. */
export const DEFAULT_LINES = ['emergency', 'nhth', 'careline'] as const;

/** Layouts of the banner. */
export type BannerVariant = 'full' | 'compact' | 'inline';
/** Where the banner stays while the page scrolls. */
export type BannerPosition = 'static' | 'top' | 'bottom';

/**
 * The help numbers, each with when to use it: 911, the National Human Trafficking Hotline (call, text, chat, TTY)
 * and the Connecticut DCF Careline. Numbers come from the hotline data, never from the template.
 *
 * Put fallback links inside the tag so the numbers show when scripts are blocked (docs/hotline-banner.md); the
 * element replaces them when it upgrades.
 *
 * @summary Help numbers and when to use each, as real tel:/sms: links, with an optional quick exit.
 *
 * @tagname hart-hotline-banner
 *
 * @fires hart-dismiss - The user hid the banner for this page view (`dismissible`). Detail: `{}`.
 * @fires hart-exit - From the built-in quick exit (`quick-exit`), before leaving; cancelable.
 *
 * @csspart base - The banner's outer box.
 * @csspart heading - The "Help is available" line.
 * @csspart lines - The list of hotlines.
 * @csspart line - One hotline.
 * @csspart name - A hotline's name.
 * @csspart when - When to use the hotline.
 * @csspart details - Hours, confidentiality and languages.
 * @csspart link - Each call, text, chat or TTY link.
 * @csspart dismiss - The hide button (`dismissible`).
 *
 * @cssproperty --hart-banner-bg - Background colour.
 * @cssproperty --hart-banner-color - Text colour.
 * @cssproperty --hart-banner-border - Border colour.
 * @cssproperty --hart-banner-link-bg - Background of the number links.
 * @cssproperty --hart-banner-link-color - Text colour of the number links.
 * @cssproperty --hart-banner-z - Stacking order when `position` is top or bottom.
 * @cssproperty --hart-radius - Corner radius.
 */
export class HartHotlineBanner extends HartElement {
  static override styles = [hostStyles, contactLinkStyles, bannerStyles];

  // Declared here rather than with decorators: the decorator helpers cost bytes in every page's banner.
  static override properties: PropertyDeclarations = {
    lines: { reflect: true },
    variant: { reflect: true },
    position: { reflect: true },
    quickExit: { type: Boolean, attribute: 'quick-exit', reflect: true },
    exitHref: { attribute: 'exit-href' },
    dismissible: { type: Boolean, reflect: true },
    dismissed: { state: true, attribute: false },
  };

  /** Which hotlines to show, by id, in order, separated by spaces (`emergency nhth careline hsi`). */
  lines = DEFAULT_LINES.join(' ');

  /** `full` (when to use, hours, every contact), `compact` (short rows) or `inline` (a sentence inside text). */
  variant: BannerVariant = 'full';

  /** `static` (in the flow), `top` or `bottom` (stays on screen; the page keeps room for it). */
  position: BannerPosition = 'static';

  /** Adds a quick-exit button. */
  quickExit = false;

  /** Where the quick exit goes (https; default a weather page). */
  exitHref = DEFAULT_EXIT_URL;

  /** Adds a button that hides the banner for this page view only (nothing is stored). */
  dismissible = false;

  private dismissed = false;

  private readonly guard = new RoomGuard(this);

  /** The hotlines to show, in the order `lines` names them (unknown ids are ignored). */
  get hotlines(): Hotline[] {
    const ids = this.lines.split(/[\s,]+/).filter(Boolean);
    const all = this.collection('hotlines', bundledHotlines);
    const picked = pickHotlines(all, ids);
    // An empty or mistyped `lines` must never leave a page without help numbers.
    return picked.length ? picked : pickHotlines(all, DEFAULT_LINES);
  }

  /** Where the sticky guard keeps room: nowhere once the banner is dismissed. */
  private get guardPosition(): BannerPosition {
    return this.dismissed ? 'static' : this.position;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('position') || changed.has('dismissed')) this.guard.set(this.guardPosition);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.guard.set('static');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.guard.set(this.guardPosition);
  }

  private dismiss() {
    this.dismissed = true;
    this.hidden = true;
    this.emit('hart-dismiss', {});
  }

  private renderContact(h: Hotline, c: ContactPoint, lang: Lang): TemplateResult | typeof nothing {
    return renderContactLink(h, c, lang, bannerWording);
  }

  /** Contacts a layout shows: compact and inline keep to calls and texts. */
  private contactsFor(h: Hotline): ContactPoint[] {
    return this.variant === 'full' ? h.contacts : h.contacts.filter((c) => c.kind === 'voice' || c.kind === 'text');
  }

  private renderDetails(h: Hotline, lang: Lang) {
    const m = messages[lang];
    const bits = [
      h.hours ? localize(h.hours, { lang }) : '',
      h.confidential ? m.confidential : '',
      h.languagesNote ? localize(h.languagesNote, { lang }) : '',
    ].filter(Boolean);
    return bits.length ? html`<span part="details" class="details">${bits.join(' · ')}</span>` : nothing;
  }

  private renderLine(h: Hotline, lang: Lang) {
    const when = this.variant === 'full' ? h.whenToUse : (h.whenShort ?? h.whenToUse);
    return html`<li part="line" class="line" data-hotline=${h.id}>
      <span part="name" class="name" lang=${localizedLang(h.shortName ?? h.name, { lang })}>${localize(h.shortName ?? h.name, { lang })}</span>
      <span part="when" class="when">${localize(when, { lang })}</span>
      ${this.variant === 'full' ? this.renderDetails(h, lang) : nothing}
      <span class="actions">${this.contactsFor(h).map((c) => this.renderContact(h, c, lang))}</span>
    </li>`;
  }

  private renderInline(lang: Lang) {
    const m = messages[lang];
    return html`${this.hotlines.map(
      (h, i) => html`<span part="line" class="line" data-hotline=${h.id}
        >${i ? ' ' : ''}<span part="when" class="when">${localize(h.whenShort ?? h.whenToUse, { lang })}</span>
        ${this.contactsFor(h).map((c, j) => html`${j ? ` ${m.or} ` : ''}${this.renderContact(h, c, lang)}`)}</span
      >`,
    )}`;
  }

  override render() {
    const lang = this.language;
    const m = messages[lang];
    const exit = this.quickExit
      ? html`<hart-quick-exit class="exit" href=${this.exitHref} lang=${lang} placement="static" no-hint></hart-quick-exit>`
      : nothing;
    const dismiss = this.dismissible
      ? html`<button part="dismiss" class="dismiss" type="button" aria-label=${m.dismiss} @click=${this.dismiss}>
          <span aria-hidden="true">×</span>
        </button>`
      : nothing;
    if (this.variant === 'inline') {
      return html`<span part="base" class="banner banner--inline" role="region" aria-label=${m.region} lang=${lang}
        >${this.renderInline(lang)}${exit}${dismiss}</span
      >`;
    }
    return html`<section part="base" class="banner banner--${this.variant}" role="region" aria-label=${m.region} lang=${lang}>
      <div class="top">
        <p part="heading" class="heading">${m.heading}</p>
        ${exit}${dismiss}
      </div>
      <ul part="lines" class="lines" role="list">
        ${this.hotlines.map((h) => this.renderLine(h, lang))}
      </ul>
    </section>`;
  }
}
