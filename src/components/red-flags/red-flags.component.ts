import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { HartElement } from '../../internal/hart-element.js';
import { hostStyles } from '../../internal/styles.js';
import { hotlines as bundledHotlines } from '../../sdk/generated/display/hotlines.js';
import { redFlags as bundledRedFlags } from '../../sdk/generated/redFlags.js';
import { formatCalendarDate, localize } from '../../sdk/i18n.js';
import { redFlags, whatToDo, type RedFlagsCard, type ResolvedStep } from '../../sdk/red-flags.js';
import type { ContactPoint, Hotline as FullHotline, Indicator, Lang, WithoutSources } from '../../sdk/types.js';
import { messages, type Messages, type Voice } from './red-flags.messages.js';
import { redFlagsStyles } from './red-flags.styles.js';
import { isolateForPrint } from './print-isolation.js';
import {
  contactLinkMessages,
  contactLinkStyles,
  renderContactLink,
  textLinkWords,
  type ContactWording,
  type LinkVoice,
} from '../../internal/contact-link.js';

// The bundled records come without `sources` (this element does not show them).
type Hotline = WithoutSources<FullHotline>;

/**
 * Calls read "Call 1-888-373-7888" here; "Call 911" needs no name after it. The youth card's Spanish links say tú,
 * like the rest of that card.
 */
const redFlagsWording = (voice: LinkVoice): ContactWording => ({
  voice: (h, number, lang) => {
    const m = contactLinkMessages[lang];
    const visible = m.call(number, voice);
    const name = localize(h.name, { lang });
    return { visible, label: name.includes(number) ? visible : m.linkLabel(visible, name) };
  },
  text: (h, number, keyword, lang) => textLinkWords(h, number, keyword, lang, voice),
});

/** The audience shown when `audience` is missing or names no card. */
/** Audiences with a card in the bundled data. */
export type RedFlagsAudience = 'general' | 'hospitality' | 'education' | 'healthcare' | 'youth';

export const DEFAULT_AUDIENCE: RedFlagsAudience = 'general';

/** Looks of the card. */
export type RedFlagsVariant = 'card' | 'list' | 'compact';

/** Id of the private-questions section among the disclosures (the schema keeps it free for this use). */
const QUESTIONS = 'questions';

/** `detail` of `hart-red-flags-toggle`. */
export interface RedFlagsToggleDetail {
  /** The sections that were opened or closed (category ids, or `questions`). */
  sections: string[];
  open: boolean;
}

/** `detail` of `hart-red-flags-print`. */
export interface RedFlagsPrintDetail {
  audience: string;
}

/** One disclosure: a category, or the private questions. */
interface Section {
  id: string;
  title: string;
  count: string;
  items: Indicator[];
  intro?: string;
}

/**
 * Signs of human trafficking for one audience (the public, hotel staff, school staff, health-care providers, or
 * teens about their own lives), each category a disclosure with the number of signs it holds, and a "what to do" box
 * whose call and text links come from the hotline data. The card always says that one sign alone does not prove
 * trafficking. It prints as a one-card handout with every section open.
 *
 * @summary Red flags of human trafficking for an audience, with what to do.
 *
 * @tagname hart-red-flags
 *
 * @csspart base - The card.
 * @csspart header - Title, introduction and caution.
 * @csspart title - The card's title.
 * @csspart intro - The introduction (not shown in the compact variant).
 * @csspart caution - "One sign alone does not prove trafficking".
 * @csspart toolbar - The expand all / collapse all / print buttons.
 * @csspart button - Each toolbar button.
 * @csspart expand-all - The "expand all" button.
 * @csspart collapse-all - The "collapse all" button.
 * @csspart print-button - The print button.
 * @csspart categories - The list of sections.
 * @csspart category - One section (a category of signs, or the private questions).
 * @csspart toggle - The button that opens or closes a section.
 * @csspart count - The number of signs in a section.
 * @csspart panel - The content of a section.
 * @csspart indicators - The list of signs (or questions) in a section.
 * @csspart indicator - One sign or question.
 * @csspart what-to-do - The "what to do" box.
 * @csspart what-to-do-title - Its heading.
 * @csspart steps - The list of steps.
 * @csspart step - One step.
 * @csspart link - Each call, text, TTY or chat link.
 * @csspart sources - The sources section under the card.
 * @csspart source - One source.
 * @csspart reviewed - The date the facts were last reviewed.
 *
 * @cssproperty --hart-red-flags-bg - Card background.
 * @cssproperty --hart-red-flags-color - Card text colour.
 * @cssproperty --hart-red-flags-border - Card border colour.
 * @cssproperty --hart-red-flags-accent - Top border and caution bar colour.
 * @cssproperty --hart-red-flags-rule - Lines between sections.
 * @cssproperty --hart-red-flags-count-bg - Background of the number of signs.
 * @cssproperty --hart-red-flags-count-color - Colour of the number of signs.
 * @cssproperty --hart-red-flags-button-bg - Toolbar button background.
 * @cssproperty --hart-red-flags-button-color - Toolbar button text and border colour.
 * @cssproperty --hart-red-flags-action-bg - "What to do" box background.
 * @cssproperty --hart-red-flags-action-color - "What to do" box text colour.
 * @cssproperty --hart-red-flags-action-border - "What to do" box border colour.
 * @cssproperty --hart-red-flags-link-bg - Background of the call and text links.
 * @cssproperty --hart-red-flags-link-color - Text colour of the call and text links.
 * @cssproperty --hart-radius - Corner radius.
 * @cssproperty --hart-color-focus - Focus outline colour.
 *
 * @fires hart-red-flags-toggle - When the user opens or closes sections (one, or all at once). Detail: `{ sections, open }`.
 * @fires hart-red-flags-print - Cancelable, before the print button prints. Cancel it to print your own way. Detail: `{ audience }`.
 */
export class HartRedFlags extends HartElement {
  static override styles = [hostStyles, contactLinkStyles, redFlagsStyles];

  // Declared here rather than with decorators: the decorator helpers cost bytes on every page.
  static override properties: PropertyDeclarations = {
    audience: { reflect: true },
    categories: { reflect: true },
    variant: { reflect: true },
    expanded: { type: Boolean, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level', reflect: true },
    openIds: { state: true, attribute: false },
    sourcesOpen: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  /** Whose signs: `general`, `hospitality`, `education`, `healthcare` or `youth`. Unknown values show `general`. */
  audience: RedFlagsAudience = DEFAULT_AUDIENCE;

  /**
   * Only these categories, by id, separated by spaces or commas (`guests rooms`). Unknown ids are ignored; when none
   * is known every category shows.
   */
  categories = '';

  /** `card` (default: a bordered card), `list` (no frame, sections open at first) or `compact` (no introduction, no print button). */
  variant: RedFlagsVariant = 'card';

  /** Every section starts open (the `list` variant always does). */
  expanded = false;

  /** Heading level of the card's title (1 to 5); sections and "what to do" are one level below. */
  headingLevel = 2;

  /** Ids of the open sections, once the user has opened or closed one (before that, `expanded` decides). */
  private openIds: Set<string> | undefined;
  private sourcesOpen = false;
  private announcement = '';
  /** Undoes this card's print isolation (set while its print is in progress). */
  private releasePrint: (() => void) | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A different card starts fresh.
    if (changed.has('audience') && changed.get('audience') !== undefined) this.openIds = undefined;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.releasePrint?.();
  }

  /** The card shown: the named audience's, filtered by `categories`, with every fallback applied. */
  protected get card(): RedFlagsCard | undefined {
    const data = { redFlags: this.collection('redFlags', bundledRedFlags) };
    const card = redFlags(data, { audience: this.audience }) ?? redFlags(data, { audience: DEFAULT_AUDIENCE });
    if (!card) return undefined;
    const wanted = this.categories.split(/[\s,]+/).filter(Boolean);
    const picked = card.categories.filter((c) => wanted.includes(c.id));
    // A mistyped `categories` must not leave an empty card.
    return picked.length ? { ...card, categories: picked } : card;
  }

  private get level(): number {
    const n = Math.round(Number(this.headingLevel));
    return Number.isFinite(n) ? Math.min(5, Math.max(1, n)) : 2;
  }

  private sections(card: RedFlagsCard, lang: Lang): Section[] {
    const m = messages[lang];
    const list: Section[] = card.categories.map((c) => ({
      id: c.id,
      title: localize(c.title, { lang }),
      count: m.signs(c.indicators.length),
      items: c.indicators,
    }));
    if (card.questions.length) {
      list.push({
        id: QUESTIONS,
        title: m.questionsTitle,
        count: m.questions(card.questions.length),
        items: card.questions,
        intro: m.questionsIntro,
      });
    }
    return list;
  }

  private isOpen(id: string): boolean {
    return this.openIds ? this.openIds.has(id) : this.expanded || this.variant === 'list';
  }

  private currentOpen(ids: string[]): Set<string> {
    return new Set(ids.filter((id) => this.isOpen(id)));
  }

  private setOpen(ids: string[], all: string[], open: boolean): void {
    const next = this.currentOpen(all);
    ids.forEach((id) => (open ? next.add(id) : next.delete(id)));
    this.openIds = next;
    this.emit<RedFlagsToggleDetail>('hart-red-flags-toggle', { sections: ids, open });
  }

  private setAll(all: string[], open: boolean, m: Messages): void {
    this.setOpen(all, all, open);
    // The buttons do not move focus; say what happened to the sections out of sight. A repeated message gets a
    // trailing no-break space, so that screen readers announce it again.
    const message = open ? m.expandedAll(all.length) : m.collapsedAll(all.length);
    this.announcement = message === this.announcement ? `${message}\u00a0` : message;
  }

  /**
   * Prints this card alone, every section open: fires the cancelable `hart-red-flags-print`, marks the page so that
   * only the card prints (see docs/red-flags.md), calls `window.print()`, and unmarks the page after printing.
   */
  print(): void {
    if (
      !this.emit<RedFlagsPrintDetail>('hart-red-flags-print', { audience: this.card?.audience ?? this.audience }, true)
    )
      return;
    const release = isolateForPrint(this, 'red-flags');
    this.releasePrint = () => {
      release();
      this.releasePrint = undefined;
    };
    window.addEventListener('afterprint', this.releasePrint, { once: true });
    window.print();
  }

  private renderContact(
    h: Hotline,
    c: ContactPoint,
    wording: ContactWording,
    lang: Lang,
  ): TemplateResult | typeof nothing {
    const minor = c.kind === 'textphone' || c.kind === 'chat';
    return renderContactLink(h, c, lang, wording, { className: minor ? 'link--minor' : '', printChatAddress: true });
  }

  private renderStep(step: ResolvedStep, wording: ContactWording, lang: Lang): TemplateResult {
    const links = step.hotlines.flatMap((h) => h.contacts.map((c) => this.renderContact(h, c, wording, lang)));
    return html`<li part="step" class="step" data-step=${step.id}>
      <span class="step-text">${localize(step.text, { lang })}</span>
      ${step.hotlines.length ? html`<span class="actions">${links}</span>` : nothing}
    </li>`;
  }

  private renderSection(s: Section, all: string[], lang: Lang): TemplateResult {
    const open = this.isOpen(s.id);
    return html`<div part="category" class="category" data-category=${s.id}>
      <div class="category-heading" role="heading" aria-level=${this.level + 1}>
        <button
          type="button"
          part="toggle"
          class="toggle"
          id="toggle-${s.id}"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls="panel-${s.id}"
          @click=${() => this.setOpen([s.id], all, !open)}
        >
          <span class="chevron" aria-hidden="true"></span><span class="toggle-title">${s.title}</span
          ><span class="visually-hidden">, </span><span part="count" class="count">${s.count}</span>
        </button>
      </div>
      <div
        part="panel"
        class="panel"
        id="panel-${s.id}"
        hidden=${open ? nothing : 'until-found'}
        @beforematch=${() => this.setOpen([s.id], all, true)}
      >
        ${s.intro ? html`<p class="questions-intro">${s.intro}</p>` : nothing}
        <ul part="indicators" class="indicators">
          ${s.items.map((i) => html`<li part="indicator" class="indicator" data-indicator=${i.id}>${localize(i.text, { lang })}</li>`)}
        </ul>
      </div>
    </div>`;
  }

  private renderSources(card: RedFlagsCard, m: Messages, lang: Lang): TemplateResult {
    const open = this.sourcesOpen;
    const date = formatCalendarDate(card.reviewed, { lang });
    return html`<div part="sources" class="sources">
      <button
        type="button"
        class="toggle sources-toggle"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls="sources-panel"
        @click=${() => (this.sourcesOpen = !open)}
      >
        <span class="chevron" aria-hidden="true"></span><span>${m.sources(card.sources.length)}</span>
      </button>
      <div class="panel sources-panel" id="sources-panel" hidden=${open ? nothing : 'until-found'} @beforematch=${() => (this.sourcesOpen = true)}>
        <ul class="source-list">
          ${card.sources.map(
            (s) => html`<li part="source" class="source" lang="en">
              ${s.key ? html`<span class="source-key">${s.key}:</span> ` : nothing}${s.title}
            </li>`,
          )}
        </ul>
        <p part="reviewed" class="reviewed">${m.reviewed(date)}</p>
      </div>
    </div>`;
  }

  override render() {
    const lang = this.language;
    const m = messages[lang];
    const card = this.card;
    if (!card) return nothing;
    const voice: Voice = card.audience === 'youth' ? 'teen' : 'adult';
    const wording = redFlagsWording(voice === 'teen' ? 'tu' : 'usted');
    const compact = this.variant === 'compact';
    const sections = this.sections(card, lang);
    const all = sections.map((s) => s.id);
    const steps = whatToDo(
      {
        redFlags: this.collection('redFlags', bundledRedFlags),
        hotlines: this.collection('hotlines', bundledHotlines),
      },
      card.audience,
    );
    return html`<section
      part="base"
      class="card card--${this.variant}"
      aria-labelledby="title"
      lang=${lang}
      data-audience=${card.audience}
    >
      <div part="header" class="header">
        <div part="title" class="title" id="title" role="heading" aria-level=${this.level}>${localize(card.title, { lang })}</div>
        ${card.intro && !compact ? html`<p part="intro" class="intro">${localize(card.intro, { lang })}</p>` : nothing}
        <p part="caution" class="caution">${m.caution[voice]}</p>
      </div>
      <div part="toolbar" class="toolbar" role="group" aria-label=${m.toolbar}>
        <button type="button" part="button expand-all" class="button" @click=${() => this.setAll(all, true, m)}>${m.expandAll}</button>
        <button type="button" part="button collapse-all" class="button" @click=${() => this.setAll(all, false, m)}>
          ${m.collapseAll}
        </button>
        ${
          compact
            ? nothing
            : html`<button type="button" part="button print-button" class="button" aria-label=${m.printLabel} @click=${() => this.print()}>
              ${m.print}
            </button>`
        }
      </div>
      <div part="categories" class="categories">${sections.map((s) => this.renderSection(s, all, lang))}</div>
      <div part="what-to-do" class="what-to-do">
        <div part="what-to-do-title" class="what-to-do-title" role="heading" aria-level=${this.level + 1}>${m.whatToDo[voice]}</div>
        <ul part="steps" class="steps">
          ${steps.map((s) => this.renderStep(s, wording, lang))}
        </ul>
      </div>
      ${this.renderSources(card, m, lang)}
      <div role="status" class="visually-hidden">${this.announcement}</div>
    </section>`;
  }
}
