import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { HartElement } from '../../internal/hart-element.js';
import { hostStyles } from '../../internal/styles.js';
import { pickHotlines } from '../../sdk/dataset.js';
import { hotlines as bundledHotlines } from '../../sdk/generated/hotlines.js';
import { contactHref } from '../../sdk/links.js';
import { localize } from '../../sdk/i18n.js';
import type { ContactPoint, Hotline, Lang } from '../../sdk/types.js';
import { messages } from './hotline-banner.messages.js';
import { bannerStyles } from './hotline-banner.styles.js';

/** Hotlines shown when `lines` is not set. */
export const DEFAULT_LINES = ['emergency', 'nhth', 'careline'] as const;

/**
 * The help numbers, each with when to use it: 911, the National Human Trafficking Hotline (call, text, chat, TTY)
 * and the Connecticut DCF Careline. Numbers come from the hotline data, never from the template.
 *
 * Put fallback links inside the tag so the numbers show when scripts are blocked (see docs/embedding.md);
 * the element replaces them when it upgrades.
 *
 * @summary Help numbers and when to use each, as real tel:/sms: links.
 *
 * @csspart base - The banner's outer box.
 * @csspart heading - The "Help is available" line.
 * @csspart lines - The list of hotlines.
 * @csspart line - One hotline.
 * @csspart name - A hotline's name.
 * @csspart when - When to use the hotline.
 * @csspart link - Each call, text, chat or TTY link.
 *
 * @cssproperty --hart-banner-bg - Background colour.
 * @cssproperty --hart-banner-color - Text colour.
 * @cssproperty --hart-banner-link-bg - Background of the number links.
 * @cssproperty --hart-banner-link-color - Text colour of the number links.
 */
export class HartHotlineBanner extends HartElement {
  static override styles = [hostStyles, bannerStyles];

  /** Which hotlines to show, by id, in order, separated by spaces (`emergency nhth careline hsi`). */
  @property({ reflect: true }) lines = DEFAULT_LINES.join(' ');

  /** The hotlines to show, in the order `lines` names them (unknown ids are ignored). */
  protected get hotlines(): Hotline[] {
    const ids = this.lines.split(/[\s,]+/).filter(Boolean);
    const all = this.collection('hotlines', bundledHotlines);
    const picked = pickHotlines(all, ids);
    // An empty or mistyped `lines` must never leave a page without help numbers.
    return picked.length ? picked : pickHotlines(all, DEFAULT_LINES);
  }

  private renderContact(h: Hotline, c: ContactPoint, lang: Lang): TemplateResult | typeof nothing {
    const href = contactHref(c);
    if (!href) return nothing;
    const m = messages[lang];
    const name = localize(h.actionName ?? h.name, lang);
    const shown = c.display ?? c.value;
    let label: string;
    let text: string;
    switch (c.kind) {
      case 'voice':
        text = shown;
        label = m.call(name, shown);
        break;
      case 'text':
        text = m.textVisible(shown, c.keyword);
        label = m.textLabel(text, localize(h.name, lang));
        break;
      case 'textphone':
        text = m.ttyVisible(shown);
        label = m.ttyLabel(text, name, c.label ? localize(c.label, lang) : undefined);
        break;
      case 'chat':
        text = m.chatVisible;
        label = m.chatLabel(name);
        break;
      default:
        return nothing;
    }
    const external = c.kind === 'chat';
    return html`<a
      part="link"
      class="link link--${c.kind}"
      href=${href}
      aria-label=${label}
      target=${external ? '_blank' : nothing}
      rel=${external ? 'noopener noreferrer' : nothing}
      >${text}</a
    >`;
  }

  override render() {
    const lang = this.language;
    const m = messages[lang];
    return html`<section part="base" class="banner" role="region" aria-label=${m.region} lang=${lang}>
      <p part="heading" class="heading">${m.heading}</p>
      <ul part="lines" class="lines" role="list">
        ${this.hotlines.map(
          (h) => html`<li part="line" class="line" data-hotline=${h.id}>
            <span part="name" class="name">${localize(h.shortName ?? h.name, lang)}</span>
            <span part="when" class="when">${localize(h.whenToUse, lang)}</span>
            <span class="actions">${h.contacts.map((c) => this.renderContact(h, c, lang))}</span>
          </li>`,
        )}
      </ul>
    </section>`;
  }
}
