import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  contactLinkMessages,
  contactLinkStyles,
  renderContactLink,
  textLinkWords,
  type ContactWording,
} from '../../internal/contact-link.js';
import { HartElement } from '../../internal/hart-element.js';
import { hostStyles } from '../../internal/styles.js';
import { pickHotlines } from '../../sdk/pick-hotlines.js';
import { hotlines as bundledHotlines } from '../../sdk/generated/display/hotlines.js';
import { providers as bundledProviders } from '../../sdk/generated/display/providers.js';
import { ctPlaces, KM_PER_MILE, resolveNear, type GeoPoint } from '../../sdk/geo.js';
import { confirmedLongAgo, formatCalendarDate, localize, localizedLang } from '../../sdk/i18n.js';
import { contactDisplay, contactHref, safeHref } from '../../sdk/links.js';
import {
  searchProviders,
  type ProviderHit as AnyProviderHit,
  type ProviderQuery,
  type ProviderSearchResult as AnyProviderSearchResult,
} from '../../sdk/search.js';
import {
  categoryLabel,
  populationIds,
  populationLabel,
  referralRouteLabel,
  serviceCategoryIds,
} from '../../sdk/taxonomy.js';
import type {
  ContactPoint,
  Hotline as FullHotline,
  Lang,
  LocalizedText,
  Population,
  ServiceCategory,
  WithoutSources,
  Provider,
} from '../../sdk/types.js';
import { messages, type FinderMessages } from './provider-finder.messages.js';
import { finderStyles } from './provider-finder.styles.js';

// The bundled records come without `sources` (this element does not show them).
type Hotline = WithoutSources<FullHotline>;
type ProviderHit = AnyProviderHit<WithoutSources<Provider>>;
type ProviderSearchResult = AnyProviderSearchResult<WithoutSources<Provider>>;
type Providers = readonly WithoutSources<Provider>[];

/** The hotlines shown when nothing matches: "Call 1-888-373-7888", "Text HELP to 233733", named with the hotline. */
const finderWording: ContactWording = {
  voice: (h, number, lang) => {
    const m = contactLinkMessages[lang];
    const visible = m.call(number);
    return { visible, label: m.linkLabel(visible, localize(h.name, { lang })) };
  },
  text: textLinkWords,
};

/** The filters, as `hart-filter-change` reports them. A position from "use my location" is never included. */
export interface ProviderFinderFilters {
  text: string;
  services: ServiceCategory[];
  age?: number;
  population?: Population;
  language?: string;
  /** The ZIP code or town typed in "near" (empty when none). */
  near: string;
  radiusMiles?: number;
  /** True while results are sorted from the browser's position ("use my location"). */
  usingLocation: boolean;
}

/** Query-string names used by `sync-url` (prefixed so they cannot clash with the host page's own parameters). */
export const URL_PARAMS = {
  text: 'hart-q',
  services: 'hart-service',
  age: 'hart-age',
  population: 'hart-pop',
  language: 'hart-language',
  near: 'hart-near',
  radius: 'hart-radius',
} as const;

/** Distances offered in the "Distance" list, in miles. */
export const RADIUS_CHOICES = [5, 10, 25, 50] as const;

let instances = 0;

/**
 * Finds Connecticut services for people affected by human trafficking: a text box (English or Spanish words,
 * synonyms such as "abogado" or "therapy"), filters by type of help, age, group and language, and "near ZIP code or
 * town" with distance sorting. A "use my location" button asks the browser for a position only when pressed, and the
 * position is kept in memory only while in use.
 *
 * Each result shows what the service does, who it is for, languages, service area, how to get a referral, every
 * contact as a real link and when the information was last reviewed. When nothing matches, the National Human
 * Trafficking Hotline and the DCF Careline are always shown.
 *
 * @tagname hart-provider-finder
 * @summary Search providers by need, age, group, language and distance.
 *
 * @fires hart-filter-change - When the person changes the search or a filter (never for presets or the URL);
 *   `detail` is {@link ProviderFinderFilters}.
 *
 * @csspart base - The outer box.
 * @csspart form - The search form.
 * @csspart input - Each text, number and select field.
 * @csspart button - Each button.
 * @csspart filters - The collapsible filters.
 * @csspart count - The visible results count.
 * @csspart results - The list of results.
 * @csspart result - One result card.
 * @csspart name - A result's service name.
 * @csspart link - Each contact link.
 * @csspart more - The "show more" button.
 * @csspart empty - The box shown when nothing matches (with the hotlines).
 * @csspart no-shelter - The box shown for a search for a shelter: none is listed; the hotline can help arrange one.
 * @csspart stale - On a result whose contacts were last confirmed over 24 months ago: the date, and the hotline.
 *
 * @cssproperty --hart-finder-bg - Background of the whole element.
 * @cssproperty --hart-finder-color - Text colour.
 * @cssproperty --hart-finder-form-bg - Background of the search form.
 * @cssproperty --hart-finder-card-bg - Background of result cards.
 * @cssproperty --hart-finder-border - Border colour of the form and cards.
 * @cssproperty --hart-finder-accent - Buttons and contact links.
 * @cssproperty --hart-finder-accent-contrast - Text on accent-coloured buttons and on the hotline links shown when nothing matches.
 * @cssproperty --hart-finder-muted - Secondary text.
 * @cssproperty --hart-finder-error - Error messages.
 * @cssproperty --hart-finder-input-bg - Background of text boxes and lists.
 * @cssproperty --hart-finder-input-border - Border colour of text boxes and lists.
 * @cssproperty --hart-finder-input-color - Text colour of text boxes and lists.
 * @cssproperty --hart-finder-button-bg - Background of buttons (their text and border use the accent).
 * @cssproperty --hart-finder-badge-bg - Background of the "answers crisis calls 24/7" badge.
 * @cssproperty --hart-finder-badge-border - Border colour of that badge.
 * @cssproperty --hart-radius - Corner radius.
 * @cssproperty --hart-color-focus - Focus outline colour.
 */
export class HartProviderFinder extends HartElement {
  static override styles = [hostStyles, contactLinkStyles, finderStyles];

  // Declared here rather than with decorators: the decorator helpers cost bytes on every page.
  static override properties: PropertyDeclarations = {
    service: { reflect: true },
    near: { reflect: true },
    age: { reflect: true },
    languageFilter: { attribute: 'language', reflect: true },
    population: { reflect: true },
    text: { reflect: true },
    radiusMiles: { attribute: 'radius-miles', reflect: true },
    syncUrl: { type: Boolean, attribute: 'sync-url', reflect: true },
    pageSize: { type: Number, attribute: 'page-size' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    now: {},
    q: { state: true, attribute: false },
    categories: { state: true, attribute: false },
    ageValue: { state: true, attribute: false },
    populationValue: { state: true, attribute: false },
    languageValue: { state: true, attribute: false },
    nearValue: { state: true, attribute: false },
    nearDraft: { state: true, attribute: false },
    radius: { state: true, attribute: false },
    point: { state: true, attribute: false },
    locating: { state: true, attribute: false },
    locationError: { state: true, attribute: false },
    shown: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
    printing: { state: true, attribute: false },
  };

  /** Preset types of help: category ids separated by spaces or commas (`legal housing`). */
  service = '';
  /** Preset place: a Connecticut ZIP code or town (`06106`, `Hartford`). */
  near = '';
  /** Preset age of the person who needs help. */
  age = '';
  /** Preset language filter (`es`): services offered in that language, and those that do not say. */
  languageFilter = '';
  /** Preset group served (`youth`, `survivors`, ...). */
  population = '';
  /** Preset search words. */
  text = '';
  /** Preset distance in miles (5, 10, 25 or 50). */
  radiusMiles = '';
  /** Keep the filters in the page URL (`?hart-q=...&hart-near=...`) so a result list can be shared or bookmarked. */
  syncUrl = false;
  /** Results shown at first and added by each "show more". */
  pageSize = 20;
  /** Heading level of each result's name (2-6), to fit the host page's outline. */
  headingLevel = 3;

  /**
   * An ISO date-time the finder treats as now (`2026-12-01`): contacts last confirmed more than 24 months before it
   * show when they were confirmed and to call the hotline if they fail. The real time when absent or invalid.
   */
  now?: string;

  private q = '';
  private categories: ServiceCategory[] = [];
  private ageValue = '';
  private populationValue = '';
  private languageValue = '';
  private nearValue = '';
  private nearDraft = '';
  private radius = 0;
  private point?: GeoPoint;
  private locating = false;
  private locationError: '' | 'denied' | 'unavailable' = '';
  private shown = 20;
  private announcement = '';
  private printing = false;

  private readonly uid = `hart-finder-${++instances}`;
  private announceTimer?: ReturnType<typeof setTimeout>;
  private revealFilters = false;
  private result?: ProviderSearchResult;
  /** What `result` was searched from: a search runs again only when the data or the query changed. */
  private searched?: { providers: Providers; query: string };
  private onBeforePrint = () => (this.printing = true);
  private onAfterPrint = () => (this.printing = false);

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    clearTimeout(this.announceTimer);
    // "Keeps nothing": a position is forgotten as soon as the element leaves the page.
    this.point = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const presets = ['service', 'near', 'age', 'languageFilter', 'population', 'text', 'radiusMiles'] as const;
    if (!this.hasUpdated) {
      this.applyPresets();
      if (this.syncUrl) this.readUrl();
      this.shown = this.step;
    } else if (presets.some((p) => changed.has(p))) {
      // A host page changing a preset attribute later re-applies it (not user input: no event).
      this.applyPresets();
      this.shown = this.step;
    }
    this.search();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Preset or shared filters start with the panel open, so they are visible; after that it is the person's to open
    // or close (never closed under their focus when the last filter is cleared).
    if (this.revealFilters) {
      this.revealFilters = false;
      const details = this.renderRoot.querySelector('details');
      if (details && this.activeFilterCount() > 0) details.open = true;
    }
  }

  /** Copies the preset attributes into the filters. */
  private applyPresets(): void {
    this.revealFilters = true;
    this.q = this.text;
    this.categories = this.service
      .split(/[\s,]+/)
      .filter((c): c is ServiceCategory => (serviceCategoryIds as string[]).includes(c));
    this.ageValue = this.age;
    this.populationValue = (populationIds as string[]).includes(this.population) ? this.population : '';
    this.languageValue = this.languageFilter.trim().toLowerCase();
    this.nearValue = this.nearDraft = this.near.trim();
    this.radius = RADIUS_CHOICES.includes(Number(this.radiusMiles) as never) ? Number(this.radiusMiles) : 0;
  }

  private readUrl(): void {
    const params = new URLSearchParams(location.search);
    if (!Object.values(URL_PARAMS).some((k) => params.has(k))) return;
    this.revealFilters = true;
    this.q = params.get(URL_PARAMS.text) ?? '';
    this.categories = (params.get(URL_PARAMS.services) ?? '')
      .split(',')
      .filter((c): c is ServiceCategory => (serviceCategoryIds as string[]).includes(c));
    this.ageValue = params.get(URL_PARAMS.age) ?? '';
    const pop = params.get(URL_PARAMS.population) ?? '';
    this.populationValue = (populationIds as string[]).includes(pop) ? pop : '';
    this.languageValue = params.get(URL_PARAMS.language) ?? '';
    this.nearValue = this.nearDraft = params.get(URL_PARAMS.near) ?? '';
    const r = Number(params.get(URL_PARAMS.radius));
    this.radius = RADIUS_CHOICES.includes(r as never) ? r : 0;
  }

  /** Writes the filters into the URL in place (replaceState: no new history entry per keystroke). */
  private writeUrl(): void {
    const url = new URL(location.href);
    const set = (key: string, value: string) =>
      value ? url.searchParams.set(key, value) : url.searchParams.delete(key);
    set(URL_PARAMS.text, this.q.trim());
    set(URL_PARAMS.services, this.categories.join(','));
    const age = this.parsedAge();
    set(URL_PARAMS.age, age === undefined ? '' : String(age));
    set(URL_PARAMS.population, this.populationValue);
    set(URL_PARAMS.language, this.languageValue);
    set(URL_PARAMS.near, this.nearValue);
    set(URL_PARAMS.radius, this.radius ? String(this.radius) : '');
    if (url.href !== location.href) history.replaceState(history.state, '', url);
  }

  /** Results per page: `page-size`, at least 1 (a mistyped value falls back to 20). */
  private get step(): number {
    const n = Math.floor(this.pageSize);
    return Number.isFinite(n) && n >= 1 ? n : 20;
  }

  private parsedAge(): number | undefined {
    const n = Number(this.ageValue);
    return this.ageValue.trim() !== '' && Number.isInteger(n) && n >= 0 && n <= 120 ? n : undefined;
  }

  private query(limit?: number): ProviderQuery {
    return {
      text: this.q,
      services: this.categories,
      age: this.parsedAge(),
      population: (this.populationValue || undefined) as Population | undefined,
      language: this.languageValue || undefined,
      near: this.point ?? (this.nearValue || undefined),
      radiusKm: this.radius ? this.radius * KM_PER_MILE : undefined,
      limit,
    };
  }

  /**
   * Searches again when the data or the query changed; not for updates that change neither (the count announcement,
   * "locating", every keystroke of a place not yet found).
   */
  private search(): void {
    const providers = this.collection('providers', bundledProviders);
    const query = this.query(this.printing ? undefined : this.shown);
    const key = JSON.stringify(query);
    if (this.result && this.searched?.providers === providers && this.searched.query === key) return;
    this.searched = { providers, query: key };
    this.result = searchProviders(providers, query);
  }

  /** The filters as the event reports them. */
  get filters(): ProviderFinderFilters {
    const age = this.parsedAge();
    return {
      text: this.q,
      services: [...this.categories],
      ...(age !== undefined ? { age } : {}),
      ...(this.populationValue ? { population: this.populationValue as Population } : {}),
      ...(this.languageValue ? { language: this.languageValue } : {}),
      near: this.nearValue,
      ...(this.radius ? { radiusMiles: this.radius } : {}),
      usingLocation: !!this.point,
    };
  }

  /** After any user change: first page again, URL, event, and (after a pause in typing) the count announced. */
  private changed(): void {
    this.shown = this.step;
    if (this.syncUrl) this.writeUrl();
    this.emit<ProviderFinderFilters>('hart-filter-change', this.filters);
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => this.announceCount(), 600);
  }

  private announceCount(): void {
    const r = this.result;
    if (!r) return;
    this.announce(messages[this.language].announce(r.total, !!r.origin));
  }

  /** Sets the live region; a repeated message gets an invisible change so screen readers say it again. */
  private announce(text: string): void {
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
  }

  private onText(e: Event): void {
    this.q = (e.target as HTMLInputElement).value;
    this.changed();
  }

  /** Typing a place applies it as soon as it is a known ZIP or town; anything else waits for Enter or leaving the box. */
  private onNearInput(e: Event): void {
    const value = (e.target as HTMLInputElement).value;
    this.nearDraft = value;
    const trimmed = value.trim();
    const complete = trimmed === '' || resolveNear(trimmed) !== undefined;
    if (complete && trimmed !== this.nearValue) {
      this.nearValue = trimmed;
      this.point = undefined;
      this.changed();
    }
  }

  private onNearChange(e: Event): void {
    this.commitNear((e.target as HTMLInputElement).value);
  }

  /** Applies what is in the place box (on Enter or leaving it), found or not: a place not found is then shown as such. */
  private commitNear(value: string): void {
    const trimmed = value.trim();
    if (trimmed === this.nearValue) return;
    this.nearValue = trimmed;
    if (trimmed) this.point = undefined;
    this.changed();
  }

  private onSubmit(e: Event): void {
    // Enter in a box: apply the place now and say the count at once (the list already follows typing).
    e.preventDefault();
    this.commitNear(this.nearDraft);
    clearTimeout(this.announceTimer);
    void this.updateComplete.then(() => this.announceCount());
  }

  private onRadius(e: Event): void {
    this.radius = Number((e.target as HTMLSelectElement).value) || 0;
    this.changed();
  }

  private onCategory(category: ServiceCategory, checked: boolean): void {
    this.categories = checked
      ? serviceCategoryIds.filter((c) => c === category || this.categories.includes(c))
      : this.categories.filter((c) => c !== category);
    this.changed();
  }

  private onAge(e: Event): void {
    this.ageValue = (e.target as HTMLInputElement).value;
    this.changed();
  }

  private onPopulation(e: Event): void {
    this.populationValue = (e.target as HTMLSelectElement).value;
    this.changed();
  }

  private onLanguage(e: Event): void {
    this.languageValue = (e.target as HTMLSelectElement).value;
    this.changed();
  }

  private clearAll(): void {
    this.q = '';
    this.categories = [];
    this.ageValue = '';
    this.populationValue = '';
    this.languageValue = '';
    this.nearValue = this.nearDraft = '';
    this.radius = 0;
    this.point = undefined;
    this.locationError = '';
    this.changed();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>(`#${this.uid}-q`)?.focus());
  }

  /** Asks the browser for a position: only here, only when the button is pressed. */
  private locate(): void {
    const geo = typeof navigator !== 'undefined' ? navigator.geolocation : undefined;
    this.locationError = '';
    if (!geo) {
      this.locationError = 'unavailable';
      this.announce(messages[this.language].locationUnavailable);
      return;
    }
    this.locating = true;
    geo.getCurrentPosition(
      (pos) => {
        this.locating = false;
        this.point = { lat: pos.coords.latitude, lon: pos.coords.longitude };
        this.nearValue = this.nearDraft = '';
        this.changed();
      },
      (err) => {
        this.locating = false;
        this.locationError = err.code === 1 ? 'denied' : 'unavailable';
        const m = messages[this.language];
        this.announce(err.code === 1 ? m.locationDenied : m.locationUnavailable);
      },
      { enableHighAccuracy: false, timeout: 15000, maximumAge: 0 },
    );
  }

  private forgetLocation(): void {
    this.point = undefined;
    this.changed();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLButtonElement>('.locate')?.focus());
  }

  private async showMore(): Promise<void> {
    const before = this.shown;
    this.shown += this.step;
    await this.updateComplete;
    // Focus the first new result, so keyboard and screen-reader users continue where the new ones start.
    this.renderRoot.querySelectorAll<HTMLElement>('.name')[before]?.focus();
    const r = this.result!;
    this.announce(messages[this.language].announceMore(Math.min(this.shown, r.total), r.total));
  }

  private async print(): Promise<void> {
    this.printing = true;
    await this.updateComplete;
    window.print();
    this.printing = false;
  }

  private activeFilterCount(): number {
    return (
      this.categories.length +
      (this.parsedAge() !== undefined ? 1 : 0) +
      (this.populationValue ? 1 : 0) +
      (this.languageValue ? 1 : 0)
    );
  }

  override render() {
    const lang = this.language;
    const m = messages[lang];
    const r = this.result!;
    const providers = this.collection('providers', bundledProviders);
    return html`<section part="base" class="finder" role="region" aria-label=${m.region} lang=${lang}>
      ${this.renderForm(m, lang, r, providers)}
      <div role="status" class="visually-hidden">${this.announcement}</div>
      ${
        r.unmet === 'shelter'
          ? this.renderHelpBox('no-shelter', m.noShelterHeading, html`<p>${m.noShelterText}</p>`, ['nhth'], lang)
          : nothing
      }
      ${r.total === 0 ? this.renderEmpty(m, lang) : this.renderResults(m, lang, r)}
    </section>`;
  }

  private renderForm(m: FinderMessages, lang: Lang, r: ProviderSearchResult, providers: Providers): TemplateResult {
    const id = this.uid;
    const nearError = r.nearNotFound && !this.point && this.nearValue !== '';
    const nearDescribedBy = [
      `${id}-near-hint`,
      nearError ? `${id}-near-error` : '',
      this.locationError ? `${id}-loc-error` : '',
    ]
      .filter(Boolean)
      .join(' ');
    const choices = filterChoices(providers);
    // A chosen filter stays offered even when the data no longer has it, so it can be seen and cleared.
    const categories = serviceCategoryIds.filter((c) => this.categories.includes(c) || choices.categories.has(c));
    const pops = populationIds.filter((p) => this.populationValue === p || choices.populations.has(p));
    const langs =
      this.languageValue && !choices.languages.includes(this.languageValue)
        ? [...choices.languages, this.languageValue]
        : choices.languages;
    const active = this.activeFilterCount();
    return html`<form part="form" role="search" aria-label=${m.searchLabel} @submit=${this.onSubmit} novalidate>
      <div class="field">
        <label for="${id}-q">${m.textLabel}</label>
        <input
          part="input"
          id="${id}-q"
          type="search"
          autocomplete="off"
          spellcheck="false"
          aria-describedby="${id}-q-hint"
          .value=${this.q}
          @input=${this.onText}
        />
        <p class="hint" id="${id}-q-hint">${m.textHint}</p>
      </div>
      <div class="row">
        <div class="field">
          <label for="${id}-near">${m.nearLabel}</label>
          <input
            part="input"
            id="${id}-near"
            type="text"
            autocomplete="off"
            list="${id}-places"
            aria-describedby=${nearDescribedBy}
            aria-invalid=${nearError ? 'true' : 'false'}
            .value=${this.nearDraft}
            @input=${this.onNearInput}
            @change=${this.onNearChange}
          />
          ${guard([], () => this.renderPlaceList(id))}
        </div>
        <div class="field">
          <label for="${id}-radius">${m.radiusLabel}</label>
          <select part="input" id="${id}-radius" @change=${this.onRadius}>
            <option value="0" ?selected=${!this.radius}>${m.radiusAny}</option>
            ${RADIUS_CHOICES.map((n) => html`<option value=${n} ?selected=${this.radius === n}>${m.radiusMiles(n)}</option>`)}
          </select>
        </div>
      </div>
      <p class="hint" id="${id}-near-hint">${m.nearHint}</p>
      ${nearError ? html`<p class="error" id="${id}-near-error">${m.nearNotFound(this.nearValue)}</p>` : nothing}
      <div class="location">
        ${
          this.point
            ? html`<p>${m.usingLocation}</p>
              <button part="button" type="button" class="forget" @click=${this.forgetLocation}>${m.forgetLocation}</button>`
            : html`<button part="button" type="button" class="locate" ?disabled=${this.locating} aria-describedby=${this.locationError ? `${id}-loc-error` : nothing} @click=${this.locate}>
              ${this.locating ? m.locating : m.useLocation}
            </button>`
        }
        ${
          this.locationError
            ? html`<p class="error" id="${id}-loc-error">${this.locationError === 'denied' ? m.locationDenied : m.locationUnavailable}</p>`
            : nothing
        }
      </div>
      <details part="filters">
        <summary>${m.filters(active)}</summary>
        <div class="filters">
          <fieldset>
            <legend>${m.servicesLegend}</legend>
            <ul class="checks" role="list">
              ${categories.map(
                (c) => html`<li>
                  <label class="check">
                    <input
                      type="checkbox"
                      value=${c}
                      .checked=${this.categories.includes(c)}
                      @change=${(e: Event) => this.onCategory(c, (e.target as HTMLInputElement).checked)}
                    />
                    ${categoryLabel(c, { lang })}
                  </label>
                </li>`,
              )}
            </ul>
          </fieldset>
          <div class="row">
            <div class="field">
              <label for="${id}-age">${m.ageLabel}</label>
              <input part="input" id="${id}-age" type="number" inputmode="numeric" min="0" max="120" step="1" .value=${this.ageValue} @input=${this.onAge} />
            </div>
            <div class="field">
              <label for="${id}-pop">${m.populationLabel}</label>
              <select part="input" id="${id}-pop" @change=${this.onPopulation}>
                <option value="" ?selected=${!this.populationValue}>${m.populationAny}</option>
                ${pops.map((p) => html`<option value=${p} ?selected=${this.populationValue === p}>${populationLabel(p, { lang })}</option>`)}
              </select>
            </div>
            <div class="field">
              <label for="${id}-lang">${m.languageLabel}</label>
              <select part="input" id="${id}-lang" aria-describedby="${id}-lang-note" @change=${this.onLanguage}>
                <option value="" ?selected=${!this.languageValue}>${m.languageAny}</option>
                ${langs.map((l) => html`<option value=${l} ?selected=${this.languageValue === l}>${languageName(l, lang)}</option>`)}
              </select>
            </div>
          </div>
          <p class="hint" id="${id}-lang-note">${m.languageNote}</p>
        </div>
      </details>
    </form>`;
  }

  /**
   * Suggestions for the place box: every Connecticut post-office name (typing still accepts any ZIP). Rendered once
   * (`guard`): the list never changes and has hundreds of options.
   */
  private renderPlaceList(id: string): TemplateResult {
    return html`<datalist id="${id}-places">${placeOptions().map((name) => html`<option value=${name}></option>`)}</datalist>`;
  }

  private renderResults(m: FinderMessages, lang: Lang, r: ProviderSearchResult): TemplateResult {
    const shown = r.results.length;
    return html`<div class="summary-bar">
        <p part="count" class="count">${m.count(shown, r.total)}</p>
        <div class="actions">
          <button part="button" type="button" @click=${this.print}>${m.print}</button>
          ${
            this.activeFilterCount() || this.q || this.nearValue || this.point
              ? html`<button part="button" type="button" @click=${this.clearAll}>${m.clear}</button>`
              : nothing
          }
        </div>
      </div>
      <ul part="results" class="results" role="list" aria-label=${m.results}>
        ${repeat(
          r.results,
          (h) => h.service.id,
          (h) => html`<li part="result" class="card">${this.renderCard(h, m, lang)}</li>`,
        )}
      </ul>
      ${
        shown < r.total
          ? html`<button part="button more" class="more primary" type="button" @click=${this.showMore}>
            ${m.showMore(Math.min(this.step, r.total - shown))}
          </button>`
          : nothing
      }`;
  }

  private renderCard(hit: ProviderHit, m: FinderMessages, lang: Lang): TemplateResult {
    const { provider, service } = hit;
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 3));
    const nameId = `${this.uid}-${service.id}`;
    const serviceName = localize(service.name, { lang });
    const area = this.areaLine(hit, m);
    const locations = provider.locations.filter((l) => service.locationIds?.includes(l.id));
    const why = this.whyText(hit, m, lang);
    return html`<article aria-labelledby=${nameId}>
      <p part="name" class="name" id=${nameId} role="heading" aria-level=${level} tabindex="-1" lang=${fallback(service.name, lang)}>${serviceName}</p>
      ${provider.name !== serviceName ? html`<p class="org">${provider.name}</p>` : nothing}
      ${area ? html`<p class="area">${area}</p>` : nothing}
      ${service.crisis247 ? html`<p class="crisis">${m.crisis}</p>` : nothing}
      <p class="description" lang=${fallback(service.description, lang)}>${localize(service.description, { lang })}</p>
      <dl>
        <dt>${m.whoLabel}</dt>
        <dd>${this.renderWho(hit, m, lang)}</dd>
        <dt>${m.languagesLabel}</dt>
        <dd>${service.languages.length ? service.languages.map((l) => languageName(l, lang)).join(', ') : m.languagesNotStated}</dd>
        <dt>${m.areaLabel}</dt>
        <dd>${this.renderArea(hit, m, lang)}</dd>
        ${
          locations.length
            ? html`<dt>${m.locationLabel}</dt>
              <dd>${locations.map((l) => html`<p>${l.confidential ? m.callForLocation : [l.name ? localize(l.name, { lang }) : '', l.town].filter(Boolean).join(', ')}</p>`)}</dd>`
            : nothing
        }
        ${
          service.schedule
            ? html`<dt>${m.hoursLabel}</dt>
              <dd lang=${fallback(service.schedule, lang)}>${localize(service.schedule, { lang })}</dd>`
            : nothing
        }
        <dt>${m.referralLabel}</dt>
        <dd>
          <p>${service.referral.routes.map((route) => referralRouteLabel(route, { lang })).join('; ')}</p>
          ${
            service.referral.description
              ? html`<p lang=${fallback(service.referral.description, lang)}>${localize(service.referral.description, { lang })}</p>`
              : nothing
          }
        </dd>
        ${this.renderContacts(hit, m, lang, serviceName)}
      </dl>
      ${this.renderStale(provider, m, lang)}
      ${why ? html`<p class="why">${m.whyLabel}: ${why}</p>` : nothing}
      <p class="reviewed">${m.reviewed}: <time datetime=${provider.reviewed}>${formatCalendarDate(provider.reviewed, { lang })}</time></p>
    </article>`;
  }

  private renderWho(hit: ProviderHit, m: FinderMessages, lang: Lang): TemplateResult {
    const { service } = hit;
    const { min, max } = service.ages ?? {};
    const ages =
      min !== undefined && max !== undefined
        ? m.agesBoth(min, max)
        : min !== undefined
          ? m.agesMin(min)
          : max !== undefined
            ? m.agesMax(max)
            : '';
    const groups = service.populations.map((p) => populationLabel(p, { lang })).join(', ');
    return html`${ages || groups ? html`<p>${[ages, groups].filter(Boolean).join('. ')}</p>` : nothing}
    ${service.eligibility ? html`<p lang=${fallback(service.eligibility, lang)}>${localize(service.eligibility, { lang })}</p>` : nothing}`;
  }

  private renderArea(hit: ProviderHit, m: FinderMessages, lang: Lang): TemplateResult | string {
    const area = hit.service.serviceArea;
    if (area.description)
      return html`<span lang=${fallback(area.description, lang)}>${localize(area.description, { lang })}</span>`;
    if (area.scope === 'statewide') return m.areaStatewide;
    if (area.scope === 'national') return m.areaNational;
    if (area.towns?.length) return m.areaTowns(area.towns.join(', '));
    return m.areaUnspecified;
  }

  /** The line under the name: how the service relates to the place searched from (only with a place). */
  private areaLine(hit: ProviderHit, m: FinderMessages): string | TemplateResult | undefined {
    const a = hit.area;
    if (!a) return undefined;
    switch (a.kind) {
      case 'town':
        return m.areaTown(a.town);
      case 'statewide':
        return m.areaStatewide;
      case 'national':
        return m.areaNational;
      case 'nearby': {
        const miles = a.distanceKm / KM_PER_MILE;
        return m.areaNearby(miles < 1 ? 0 : Math.round(miles), a.town);
      }
      case 'described':
        // Described in words only: the "Service area" row below says it; repeating it here adds nothing.
        return hit.service.serviceArea.description ? undefined : m.areaUnspecified;
      case 'unspecified':
        return m.areaUnspecified;
    }
  }

  private whyText(hit: ProviderHit, m: FinderMessages, lang: Lang): string {
    const parts = hit.why.flatMap((w): string[] => {
      switch (w.kind) {
        case 'text':
          if (w.field === 'name') return [m.whyName(w.term)];
          if (w.field === 'category') return [m.whyTerm(w.term, categoryLabel(w.category!, { lang }))];
          if (w.field === 'population') return [m.whyTerm(w.term, populationLabel(w.population!, { lang }))];
          return [m.whyDescription(w.term)];
        case 'service':
          return [m.whyServices(w.categories.map((c) => categoryLabel(c, { lang })).join(', '))];
        case 'age':
          return [w.stated ? m.whyAge(w.age) : m.whyAgeNotStated];
        case 'population':
          return [m.whyPopulation(w.populations.map((p) => populationLabel(p, { lang })).join(', '))];
        case 'language':
          return [w.stated ? m.whyLanguage(languageName(w.language, lang, false)) : m.whyLanguageNotStated];
        case 'related':
          return [m.whyRelatedShelter];
        default:
          return []; // the area is already the line under the name
      }
    });
    return [...new Set(parts)].join('; ');
  }

  /** Every contact as a link, grouped by the person or purpose they are for; the website last. */
  private renderContacts(
    hit: ProviderHit,
    m: FinderMessages,
    lang: Lang,
    serviceName: string,
  ): TemplateResult | typeof nothing {
    const { provider, service } = hit;
    const groups = new Map<string, { title: string; titleLang: 'en' | typeof nothing; links: TemplateResult[] }>();
    const seen = new Set<string>();
    const add = (c: ContactPoint) => {
      const href = contactHref(c);
      if (!href || seen.has(href)) return;
      seen.add(href);
      const who = [c.contactName, c.contactTitle ? localize(c.contactTitle, { lang }) : ''].filter(Boolean).join(', ');
      const label = c.label ? localize(c.label, { lang }) : '';
      const title = [who, label].filter(Boolean).join(': ');
      const key = `${c.contactName ?? ''}|${c.label?.en ?? ''}`;
      if (!groups.has(key))
        groups.set(key, { title, titleLang: c.label ? fallback(c.label, lang) : nothing, links: [] });
      groups.get(key)!.links.push(this.contactLink(c, href, m, lang, serviceName));
    };
    service.contacts.forEach(add);
    (provider.contacts ?? []).forEach(add);
    if (provider.email) add({ kind: 'email', value: provider.email });
    const site = safeHref(service.url ?? provider.url);
    if (site && !seen.has(site)) add({ kind: 'web', value: site });
    if (!groups.size) return nothing;
    return html`<dt>${m.contactLabel}</dt>
      <dd>
        <ul class="contacts" role="list">
          ${[...groups.values()].map(
            (g) => html`<li>
              ${g.title ? html`<p lang=${g.titleLang}>${g.title}</p>` : nothing}
              <span class="contact-links">${g.links}</span>
            </li>`,
          )}
        </ul>
      </dd>`;
  }

  /** A result's contact: calls, texts, TTY and chat in the words every element uses; email and website the finder's. */
  private contactLink(c: ContactPoint, href: string, m: FinderMessages, lang: Lang, context: string): TemplateResult {
    const shown = contactDisplay(c);
    const words = contactLinkMessages[lang];
    const text =
      c.kind === 'voice'
        ? words.call(shown)
        : c.kind === 'text'
          ? words.text(shown, c.keyword)
          : c.kind === 'textphone'
            ? words.tty(shown)
            : c.kind === 'email'
              ? m.email(c.value)
              : c.kind === 'chat'
                ? words.chat
                : m.website(hostOf(c.value));
    // The visible text starts the accessible name (WCAG 2.5.3); the hidden part says whose contact it is, for a
    // screen reader's list of links.
    return html`<a part="link" href=${href}>${text}<span class="visually-hidden">, ${context}</span></a>`;
  }

  /** When a contact was last confirmed, if over 24 months ago, and what to do if it fails (the hotline is current). */
  private renderStale(provider: { reviewed: string }, m: FinderMessages, lang: Lang): TemplateResult | typeof nothing {
    // An invalid or absent `now` parses as NaN: the real time.
    if (!confirmedLongAgo(provider.reviewed, Date.parse(this.now ?? '') || Date.now())) return nothing;
    return html`<p part="stale" class="stale">${m.stale(formatCalendarDate(provider.reviewed, { lang }))}
      ${pickHotlines(this.collection('hotlines', bundledHotlines), ['nhth']).map((h) =>
        h.contacts.filter((c) => c.kind === 'voice').map((c) => renderContactLink(h, c, lang, finderWording)),
      )}</p>`;
  }

  /** Nothing matched: say so, offer to clear, and give the hotlines. */
  private renderEmpty(m: FinderMessages, lang: Lang): TemplateResult {
    return this.renderHelpBox(
      'empty',
      m.emptyHeading,
      html`<p>${m.emptyTips}</p>
        <div class="actions"><button part="button" type="button" @click=${this.clearAll}>${m.clear}</button></div>
        <p><strong>${m.helpNow}</strong></p>`,
      ['nhth', 'careline'],
      lang,
    );
  }

  /** A box with a heading, its text and hotlines: nothing matched, or no listed service is a shelter. */
  private renderHelpBox(part: string, heading: string, body: unknown, ids: string[], lang: Lang): TemplateResult {
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 3));
    const lines = pickHotlines(this.collection('hotlines', bundledHotlines), ids);
    return html`<div part=${part} class="empty">
      <p class="name" role="heading" aria-level=${level}>${heading}</p>
      ${body}
      <ul class="hotlines" role="list">${lines.map((h) => this.renderHotline(h, lang))}</ul>
    </div>`;
  }

  private renderHotline(h: Hotline, lang: Lang): TemplateResult {
    return html`<li class="hotline" data-hotline=${h.id}>
      <span class="hotline-name">${localize(h.name, { lang })}</span>
      <span>${localize(h.whenToUse, { lang })}</span>
      <span class="hotline-links">${h.contacts.map((c) => renderContactLink(h, c, lang, finderWording))}</span>
    </li>`;
  }
}

/** `lang="en"` for text shown in English because its Spanish is missing; nothing otherwise. */
function fallback(value: LocalizedText | undefined, lang: Lang): 'en' | typeof nothing {
  return localizedLang(value, { lang }) !== lang ? 'en' : nothing;
}

const displayNames = new Map<Lang, Intl.DisplayNames | null>();

/**
 * A language's name in the reader's language (`español`), capitalized to stand alone in a list (`Español`), not inside
 * a sentence; the code when unknown.
 */
function languageName(code: string, lang: Lang, capitalize = true): string {
  if (!displayNames.has(lang)) {
    try {
      displayNames.set(lang, new Intl.DisplayNames([lang], { type: 'language' }));
    } catch {
      displayNames.set(lang, null);
    }
  }
  let name = code;
  try {
    name = displayNames.get(lang)?.of(code) ?? code;
  } catch {
    // Not a language tag (a typo in the `language` attribute, or a bad feed record): show it as written.
  }
  // Inside a sentence Spanish writes language names in lower case; not every engine's data does (WebKit: "Español").
  const first = name.charAt(0);
  return (
    (capitalize ? first.toLocaleUpperCase(lang) : lang === 'es' ? first.toLocaleLowerCase(lang) : first) + name.slice(1)
  );
}

/** `https://www.thevillage.org/` -> `thevillage.org`. */
function hostOf(url: string): string {
  try {
    return new URL(url).host.replace(/^www\./, '');
  } catch {
    return url;
  }
}

let places: string[] | undefined;
/** Post-office names for the place suggestions, computed once per page. */
function placeOptions(): string[] {
  return (places ??= ctPlaces().map((p) => p.name));
}

/** The choices the filters offer: the types of help, groups and languages some service in the data has. */
interface FilterChoices {
  categories: Set<ServiceCategory>;
  populations: Set<Population>;
  /** Base language codes, English and Spanish first. */
  languages: string[];
}

const choicesByData = new WeakMap<Providers, FilterChoices>();
/** The filter choices of a providers array, worked out once per array (not on every render). */
function filterChoices(providers: Providers): FilterChoices {
  let choices = choicesByData.get(providers);
  if (!choices) {
    const services = providers.flatMap((p) => p.services);
    choices = {
      categories: new Set(services.flatMap((s) => s.categories)),
      populations: new Set(services.flatMap((s) => s.populations)),
      languages: [
        ...new Set(['en', 'es', ...services.flatMap((s) => s.languages.map((l) => l.toLowerCase().split('-')[0]))]),
      ],
    };
    choicesByData.set(providers, choices);
  }
  return choices;
}
