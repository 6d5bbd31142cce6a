import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { HartElement } from '../../internal/hart-element.js';
import { hostStyles } from '../../internal/styles.js';
import { calendarLinks } from '../../sdk/calendar-links.js';
import { dialInText } from '../../sdk/event-details.js';
import { filterEvents, groupBySeries, type EventGroup } from '../../sdk/event-filters.js';
import { eventsJsonLd } from '../../sdk/event-jsonld.js';
import {
  eventSpan,
  formatLocalEventTime,
  formatSpan,
  isTimeZone,
  relativeTime,
  viewerTimeZone,
} from '../../sdk/event-time.js';
import { onRequestEvents, pastEvents, upcomingEvents } from '../../sdk/events.js';
import { events as bundledEvents } from '../../sdk/generated/display/events.js';
import { confirmedLongAgo, formatCalendarDate, localize, localizedLang } from '../../sdk/i18n.js';
import { icsFileName, toIcs } from '../../sdk/ics.js';
import { displayPhone, safeHref, telHref } from '../../sdk/links.js';
import type { Audience, HartEvent as FullEvent, Lang, LocalizedText, WithoutSources } from '../../sdk/types.js';
import { messages } from './event-list.messages.js';
import { eventListStyles } from './event-list.styles.js';

// The bundled events come without `sources` (the list does not show them).
type HartEvent = WithoutSources<FullEvent>;

/** Where an "Add to calendar" action sends the event. */
export type CalendarService = 'ics' | 'google' | 'outlook' | 'office365';

/** `detail` of the `hart-add-to-calendar` event. */
export interface AddToCalendarDetail {
  /** Ids of the events added (several for a whole series). */
  eventIds: string[];
  /** `ics` for the downloaded file, else the calendar service whose link was followed. */
  service: CalendarService;
}

/** Which list an event is in. */
type ListKind = 'upcoming' | 'past' | 'on-request';

/** What every event in one render shares, worked out once per render rather than once per event. */
interface RenderContext {
  lang: Lang;
  m: (typeof messages)[Lang];
  /** The instant treated as now (epoch milliseconds). */
  now: number;
  /** The viewer's zone for the second time line. */
  zone: string;
}

/** Calendar services by their own (brand) names, the same in every language. */
const services = [
  ['google', 'Google Calendar'],
  ['outlook', 'Outlook.com'],
  ['office365', 'Outlook (Microsoft 365)'],
] as const;

const words = (value: string) => value.split(/[\s,]+/).filter(Boolean);

/** `lang` of data text shown untranslated (English in a Spanish list), so screen readers pronounce it as written. */
function fallbackLang(value: LocalizedText, lang: Lang): Lang | typeof nothing {
  const shown = localizedLang(value, { lang });
  return shown === lang ? nothing : shown;
}

/** `target` and `rel` of links that open another site: no opener, no referrer. */
const newTab = { target: '_blank', rel: 'noopener noreferrer' };

type TrustedTypesApi = {
  createPolicy(name: string, rules: { createScript(s: string): string }): { createScript(s: string): unknown };
};
let jsonLdPolicy: ReturnType<TrustedTypesApi['createPolicy']> | null | undefined;

/**
 * The JSON-LD text as the page's Trusted Types rules want it. A page that enforces Trusted Types must allow the policy
 * name `hart-widgets` (as it allows `lit-html`); the policy passes through only the JSON this module builds.
 */
function scriptText(json: string): unknown {
  const tt = (globalThis as { trustedTypes?: TrustedTypesApi }).trustedTypes;
  if (tt && jsonLdPolicy === undefined) {
    try {
      jsonLdPolicy = tt.createPolicy('hart-widgets', { createScript: (s) => s });
    } catch {
      jsonLdPolicy = null;
    }
  }
  return jsonLdPolicy ? jsonLdPolicy.createScript(json) : json;
}

/**
 * Trainings and webinars from the event data: upcoming ones first in date order with each series kept together,
 * trainings offered on request with the email to ask, and past events when asked (`show-past`). Times are shown in
 * Eastern Time with the zone named, and in the viewer's zone when it differs, with relative words ("tomorrow").
 * Each upcoming event can be added to a calendar: an .ics file made on the spot, or Google Calendar and Outlook links
 * (plain links: no calendar service is contacted until the person follows one).
 *
 * @summary Upcoming trainings and webinars, in Eastern Time, into any calendar.
 *
 * @tagname hart-event-list
 *
 * @csspart base - The outer box.
 * @csspart heading - The list's heading ("Trainings and events").
 * @csspart section - Each section; also named `upcoming`, `on-request` or `past`.
 * @csspart section-heading - Each section's heading.
 * @csspart list - Each list of events (and of a series' sessions).
 * @csspart empty - The "No scheduled events" box, with where to ask.
 * @csspart series - A series with its sessions.
 * @csspart series-title - A series' title.
 * @csspart event - One event; also named `upcoming`, `on-request` or `past`.
 * @csspart title - An event's title.
 * @csspart badge - The type, status ("Cancelled") and "Happening now" labels.
 * @csspart when - The time in Eastern Time.
 * @csspart relative - The relative time ("tomorrow").
 * @csspart local-time - The time in the viewer's zone (only when it differs).
 * @csspart description - An event's description.
 * @csspart dial-in - The one-tap dial-in link.
 * @csspart registration - How to register.
 * @csspart ask - The email link of a training offered on request.
 * @csspart stale - On a training offered on request last confirmed over 24 months ago: the date, and the hotline.
 * @csspart calendar - The "Add to calendar" disclosure.
 * @csspart calendar-button - The .ics download buttons.
 * @csspart calendar-link - The Google Calendar and Outlook links.
 *
 * @cssproperty --hart-events-card-bg - Background of each event.
 * @cssproperty --hart-events-card-border - Border colour of each event.
 * @cssproperty --hart-events-accent - Line beside the sessions of a series, and the buttons' colour.
 * @cssproperty --hart-events-button-color - Text colour of the download buttons.
 * @cssproperty --hart-events-past-bg - Background of past events.
 * @cssproperty --hart-events-empty-bg - Background of the "No scheduled events" box.
 * @cssproperty --hart-events-alert - Colour of the "Cancelled" and "Postponed" labels.
 * @cssproperty --hart-events-muted - Colour of secondary text (relative times, audiences).
 *
 * @fires {CustomEvent<AddToCalendarDetail>} hart-add-to-calendar - When the person downloads an .ics file or follows a
 * calendar link (for the host's own counting; the element sends nothing anywhere).
 */
export class HartEventList extends HartElement {
  static override styles = [hostStyles, eventListStyles];

  // A properties block rather than decorators: the same accessors, without the decorator helper in the bundle.
  static override properties = {
    type: { reflect: true },
    audience: { reflect: true },
    limit: { type: Number, reflect: true },
    now: { reflect: true },
    showPast: { type: Boolean, reflect: true, attribute: 'show-past' },
    structuredData: { type: Boolean, reflect: true, attribute: 'structured-data' },
    timeZone: { reflect: true, attribute: 'time-zone' },
    headingLevel: { type: Number, reflect: true, attribute: 'heading-level' },
    announcement: { state: true, attribute: false },
  };

  /** Only these event types, separated by spaces (`webinar training training-of-trainers community-event special-event`). */
  type = '';

  /** Only events for these audiences, separated by spaces (`legal judiciary`); an event for any of them is shown. */
  audience = '';

  /** The most events shown in the upcoming list, and in the past list (trainings on request are not counted). */
  limit?: number;

  /** An ISO date-time the list treats as now (`2019-08-01T09:00:00-04:00`); the real time when absent or invalid. */
  now?: string;

  /** Also list past events, in their own section, most recent first. */
  showPast = false;

  /** Put schema.org Event data (JSON-LD) for the listed events into the page, for search results. */
  structuredData = false;

  /** The viewer's IANA time zone for the second time line; the browser's zone when absent or invalid. */
  timeZone?: string;

  /** Level of the list's heading (1-6, default 2); sections and events take the levels below it. */
  headingLevel = 2;

  private announcement = '';

  /** The upcoming events the last render showed: what the structured data describes (never past ones). */
  private shown: HartEvent[] = [];

  /** The instant treated as now. */
  private get nowTime(): number {
    const t = Date.parse(this.now ?? '');
    return Number.isNaN(t) ? Date.now() : t;
  }

  /** A heading `offset` levels below the list's; `lang` for a text in another language than the list. */
  private heading(offset: number, part: string, text: string, id?: string, lang: Lang | typeof nothing = nothing) {
    const level = Math.min(
      (this.headingLevel >= 1 && this.headingLevel <= 6 ? Math.floor(this.headingLevel) : 2) + offset,
      6,
    );
    return html`<div role="heading" aria-level=${level} part=${part} id=${id ?? nothing} lang=${lang}>${text}</div>`;
  }

  private added(eventIds: string[], service: CalendarService): void {
    this.emit<AddToCalendarDetail>('hart-add-to-calendar', { eventIds, service });
  }

  /** Makes the .ics file only now, on the person's click, and hands it to the browser as a download. */
  private download(events: HartEvent[]): void {
    const file = icsFileName(events);
    const url = URL.createObjectURL(
      new Blob([toIcs(events, { lang: this.language })], { type: 'text/calendar;charset=utf-8' }),
    );
    const a = document.createElement('a');
    a.href = url;
    a.download = file;
    this.renderRoot.appendChild(a);
    a.click();
    a.remove();
    // Revoking at once can cancel the download in some browsers.
    setTimeout(() => URL.revokeObjectURL(url), 60000);
    this.announcement = messages[this.language].downloading(file);
    this.added(
      events.map((e) => e.id),
      'ics',
    );
  }

  private renderEvent(
    e: HartEvent,
    kind: ListKind,
    offset: number,
    { lang, m, now, zone }: RenderContext,
  ): TemplateResult {
    const title = localize(e.title, { lang });
    const span = eventSpan(e);
    const going = kind === 'upcoming' && e.status === 'scheduled';
    const live = going && span!.start <= now;
    const status = e.status === 'cancelled' || e.status === 'postponed' ? e.status : undefined;
    const { where, registration: r } = e;
    // The viewer's own time only when it differs from Eastern Time.
    const local = formatLocalEventTime(e, { lang, timeZone: zone });
    const links = going && calendarLinks(e, { lang });
    const dial = going && where.mode === 'phone' && where.dialIn;
    const dialText = dial ? m.joinByPhone(dialInText(dial, { lang })) : '';
    const joinUrl = going && safeHref(where.url);
    const place = [where.place?.name, where.place?.town].filter(Boolean).join(', ');
    const email = r?.email;
    const link = (href: string | undefined, text: string, external?: boolean) =>
      href
        ? html` <a href=${href} aria-label=${m.registerLabel(text, title, !!external)}
            target=${external ? newTab.target : nothing} rel=${external ? newTab.rel : nothing} ?data-print-url=${external}>${text}</a>`
        : nothing;
    return html`<li part="event ${kind}" data-event=${e.id}>
      ${this.heading(offset, 'title', title, undefined, fallbackLang(e.title, lang))}
      ${offset === 2 && e.seriesTitle ? html`<p class="muted">${m.partOf(localize(e.seriesTitle, { lang }))}</p>` : nothing}
      <p><span part="badge">${m.types[e.type]}</span>
        ${status ? html`<span part="badge" class="alert">${m[status]}</span>` : nothing}
        ${live ? html`<span part="badge" class="live">${m.live}</span>` : nothing}</p>
      ${
        span
          ? html`<p part="when"><b>${m.eastern}:</b> <time datetime=${e.start!} class=${status ?? nothing}>${formatSpan(span, { lang })}</time>
            ${live ? nothing : html`<span part="relative">(${relativeTime(span.start, { now, lang, timeZone: zone })})</span>`}</p>
            ${local ? html`<p part="local-time"><b>${m.local}:</b> ${local}</p>` : nothing}`
          : html`<p>${m.onRequestNote}</p>`
      }
      ${
        dial
          ? html`<p><a part="dial-in" href=${telHref(dial.number, dial.accessCode)}
            aria-label=${dial.accessCode ? m.dialLabel(dialText) : nothing}>${dialText}</a></p>`
          : joinUrl
            ? html`<p><a href=${joinUrl} target=${newTab.target} rel=${newTab.rel} data-print-url
              aria-label=${m.joinOnlineLabel(title)}>${m.joinOnline}</a></p>`
            : where.mode === 'to-be-arranged'
              ? nothing
              : html`<p>${where.mode === 'in-person' ? [m.inPerson, place].filter(Boolean).join(': ') : m[where.mode]}</p>`
      }
      <p part="description" lang=${fallbackLang(e.description, lang)}>${localize(e.description, { lang })}</p>
      ${
        e.audience.length
          ? html`<p class="muted"><b>${m.forWhom}:</b> ${e.audience.map((a) => m.audiences[a]).join(', ')}</p>`
          : nothing
      }
      ${e.organizers.length ? html`<p class="muted"><b>${m.organizers}:</b> ${e.organizers.join('; ')}</p>` : nothing}
      ${
        kind === 'on-request' && email
          ? html`<p><a part="ask" href=${safeHref(`mailto:${email}?subject=${encodeURIComponent(title)}`)!}
            aria-label=${m.askEmailLabel(email, title)}>${m.askEmail(email)}</a></p>`
          : nothing
      }
      ${
        kind === 'on-request' && confirmedLongAgo(e.reviewed, now)
          ? // The list bundles no hotline data (size budget): test/sdk/data-truth.test.ts checks this number against the
            // hotline record.
            html`<p part="stale">${m.stale(formatCalendarDate(e.reviewed, { lang }))}
            <a href="tel:+18883737888">1-888-373-7888</a></p>`
          : nothing
      }
      ${
        going && r
          ? html`<p part="registration"><b>${m.register}:</b>${link(email && safeHref(`mailto:${email}`), email!)}${link(
              r.phone && telHref(r.phone),
              displayPhone(r.phone ?? ''),
            )}${link(safeHref(r.url), m.website, true)}</p>`
          : nothing
      }
      ${
        links
          ? html`<details part="calendar"><summary>${m.calendar}</summary>
            <p><button part="calendar-button" aria-label=${m.icsLabel(title)}
              @click=${() => this.download([e])}>${m.ics}</button>${services.map(
                ([service, name]) => html` <a part="calendar-link" data-service=${service} href=${links[service]}
                target=${newTab.target} rel=${newTab.rel} aria-label=${m.serviceLabel(name, title)}
                @click=${() => this.added([e.id], service)}>${name}</a>`,
              )}</p></details>`
          : nothing
      }
    </li>`;
  }

  private renderGroup(
    { series, events }: EventGroup<HartEvent>,
    kind: ListKind,
    context: RenderContext,
  ): TemplateResult {
    if (!series || events.length < 2) return this.renderEvent(events[0], kind, 2, context);
    const m = context.m;
    const title = localize(events[0].seriesTitle, { lang: context.lang }) || series;
    const schedulable = kind === 'upcoming' ? events.filter((e) => e.status === 'scheduled') : [];
    const label = m.icsAll(schedulable.length);
    return html`<li part="series" data-series=${series}>
      ${this.heading(2, 'series-title', title)}
      <p class="muted">${m.sessions(events.length)}</p>
      <ul part="list" role="list">${events.map((e) => this.renderEvent(e, kind, 3, context))}</ul>
      ${
        schedulable.length > 1
          ? html`<p class="series-actions"><button part="calendar-button" aria-label=${m.icsAllLabel(schedulable.length, title)}
            @click=${() => this.download(schedulable)}>${label}</button></p>`
          : nothing
      }
    </li>`;
  }

  /** A section with its heading and its events, or `empty` when it has none. */
  private renderSection(
    kind: ListKind,
    heading: string,
    events: HartEvent[],
    context: RenderContext,
    empty?: unknown,
  ): TemplateResult {
    return html`<section part="section ${kind}" aria-labelledby="h-${kind}">
      ${this.heading(1, 'section-heading', heading, `h-${kind}`)}${
        events.length
          ? html`<ul part="list" role="list">${groupBySeries(events).map((g) => this.renderGroup(g, kind, context))}</ul>`
          : empty
      }
    </section>`;
  }

  override render() {
    const lang = this.language;
    const m = messages[lang];
    const now = this.nowTime;
    const zone = this.timeZone && isTimeZone(this.timeZone) ? this.timeZone : viewerTimeZone();
    const context: RenderContext = { lang, m, now, zone };
    const source = this.collection('events', bundledEvents);
    const filter = { types: words(this.type) as HartEvent['type'][], audiences: words(this.audience) as Audience[] };
    // A limit below 1 (or not a number) would hide everything: it means no limit.
    const limit = this.limit! >= 1 ? Math.floor(this.limit!) : undefined;
    const upcoming = filterEvents(upcomingEvents(source, now), filter).slice(0, limit);
    const past = this.showPast ? filterEvents(pastEvents(source, now), filter).slice(0, limit) : [];
    const onRequest = filterEvents(onRequestEvents(source), filter);
    this.shown = upcoming;
    // Where to ask: the training email in the data, whatever the filters hide.
    const email = [...onRequestEvents(source), ...source].find((e) => e.registration?.email)?.registration?.email;
    return html`<div part="base" lang=${lang}>
      ${this.heading(0, 'heading', m.heading)}
      ${this.renderSection(
        'upcoming',
        m.upcoming,
        upcoming,
        context,
        html`<div part="empty"><p><strong>${m.none}</strong></p>
          ${email ? html`<p>${m.ask} <a href=${safeHref(`mailto:${email}`)!}>${email}</a>.</p>` : nothing}</div>`,
      )}
      ${onRequest.length ? this.renderSection('on-request', m.onRequest, onRequest, context) : nothing}
      ${this.showPast ? this.renderSection('past', m.past, past, context, html`<p part="empty">${m.noPast}</p>`) : nothing}
      <div role="status" class="visually-hidden">${this.announcement}</div>
    </div>`;
  }

  /**
   * Keeps the JSON-LD `<script>` in the element's light DOM, i.e. in the page's own document, where search engines
   * read structured data (they do not read inside shadow roots). The JSON is set as the script's text, never parsed
   * as HTML. Under Trusted Types that needs a TrustedScript (see scriptText); where the page does not allow the
   * `hart-widgets` policy the text goes in as a Text node instead: still in the DOM for search engines, though the
   * browser reports it (a data block never runs either way).
   */
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    let script = this.querySelector<HTMLScriptElement>(':scope > script[data-hart-event-list]');
    if (!this.structuredData) return script?.remove();
    const json = eventsJsonLd(this.shown, { lang: this.language, now: this.nowTime });
    if (!script) {
      script = document.createElement('script');
      script.type = 'application/ld+json';
      script.setAttribute('data-hart-event-list', '');
      this.appendChild(script);
    }
    if (script.textContent === json) return;
    try {
      // `text` is the script's textContent; typed as string, it also takes a TrustedScript.
      script.text = scriptText(json) as string;
    } catch {
      script.replaceChildren(document.createTextNode(json));
    }
  }
}
