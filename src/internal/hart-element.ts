/**
 * Base class of every hart- element: language resolution, the current dataset, and the shared host styles.
 */
import { LitElement, type CSSResultGroup, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { Collections, Lang, WithoutSources } from '../sdk/types.js';
import { currentCollection, onDataChange } from './data-store.js';
import { pageFeed, requestFeed } from './feed.js';
import { onLangChange, resolveLang } from './lang.js';
import { hostStyles } from './styles.js';

/**
 * @fires hart-data-status - Once per feed, from the first element that asked for it: whether the elements show the
 * feed (`live`), part of it (`partial`) or the bundled data (`snapshot`), with reasons. See docs/feed.md.
 */
export abstract class HartElement extends LitElement {
  static override styles: CSSResultGroup = [hostStyles];

  /** Re-render when this element's own `lang` changes (ancestor changes come through the shared observer). */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /**
   * URL of a hosted data feed (`hart-data.json`). The element renders the bundled data at once and updates in place
   * when the feed arrives. A page-wide feed can be set once instead (docs/feed.md). Every element on the page shares
   * one request.
   */
  feed?: string;

  static override properties: PropertyDeclarations = { feed: { reflect: true } };

  private stopWatching: (() => void)[] = [];
  /** Whether this element has asked for its (or the page's) feed yet: once, then again when `feed` changes. */
  private feedRequested = false;

  /** The language the element renders in, resolved from `lang` attributes. */
  protected get language(): Lang {
    return resolveLang(this);
  }

  /**
   * A collection to render: the live one when a feed has been loaded, else the bundled one. Elements pass in the
   * bundled collection they import, so each element bundles only the data it shows.
   */
  protected collection<K extends keyof Collections, R extends WithoutSources<Collections[K][number]>>(
    name: K,
    bundled: R[],
  ): R[] {
    return currentCollection(name, bundled);
  }

  /**
   * Reuses a declarative shadow root from the zero-shift fallback markup (docs/hotline-banner.md), emptied: the
   * first render fills it again in the same task, before the browser paints, so nothing moves.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    // Emptied before Lit looks at it: Lit renders before the root's first child.
    if (!this.hasUpdated) this.shadowRoot?.replaceChildren();
    return super.createRenderRoot();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const update = () => this.requestUpdate();
    this.stopWatching = [onLangChange(update), onDataChange(update)];
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('feed') || !this.feedRequested) {
      this.feedRequested = true;
      const feed = this.feed || pageFeed();
      if (feed) void requestFeed(feed, this);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatching.forEach((stop) => stop());
    this.stopWatching = [];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  /**
   * Dispatches a `hart-` event the DESIGN.md way: bubbling, composed, typed detail.
   * @returns false when a listener called preventDefault() on a cancelable event
   */
  protected emit<T>(type: string, detail: T, cancelable = false): boolean {
    return this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable }));
  }
}
