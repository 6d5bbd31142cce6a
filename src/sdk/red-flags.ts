/**
 * Red flags ("indicators of human trafficking") per audience, and what to do about them. Pure functions over the
 * `redFlags` and `hotlines` collections; no DOM. Shared lists (records without `audience`, such as
 * `child-sex-trafficking`) are resolved here, so callers get one card per audience with everything it shows.
 *
 * @example
 * ```ts
 * import { bundled, redFlags, whatToDo } from 'hart-widgets/sdk';
 * const card = bundled.redFlags.card({ audience: 'hospitality', category: 'rooms' });
 * card?.categories[0].indicators.map((i) => i.text.en);
 * // The same over any data (a loaded feed, your own records):
 * whatToDo(bundled.collections, 'education').flatMap((step) => step.hotlines.map((h) => h.name.en));
 * ```
 * @module
 */
import { pickHotlines } from './pick-hotlines.js';
import type {
  Audience,
  BilingualText,
  GuidanceStep,
  Hotline,
  Indicator,
  RedFlags,
  SourceRef,
  WithoutSources,
} from './types.js';

/**
 * The collections red flags are read from, like every other query takes its data: `bundled.collections`, a loaded
 * feed's `collections`, or your own records. `hotlines` is needed only by {@link whatToDo}.
 */
export interface RedFlagsData {
  /** The red-flags collection. */
  redFlags: readonly RedFlags[];
  /** The hotlines guidance steps name (records with or without `sources`). */
  hotlines?: readonly WithoutSources<Hotline>[];
}

/** One category of a card, with where it comes from when it is included from a shared list. */
export interface RedFlagsCategory {
  id: string;
  title: BilingualText;
  indicators: Indicator[];
  /** Id of the shared list this category was included from (absent for the card's own categories). */
  sharedFrom?: string;
}

/** Everything one audience's card shows, with shared lists resolved. */
export interface RedFlagsCard {
  /** Id of the audience's record. */
  id: string;
  audience: Audience;
  title: BilingualText;
  intro?: BilingualText;
  /** The card's own categories, then those of the shared lists it includes, filtered by `category` if given. */
  categories: RedFlagsCategory[];
  /** Questions to ask in private (health care); empty for other audiences. */
  questions: Indicator[];
  /** The guidance steps as stored (hotline ids, not resolved); see {@link whatToDo} for resolved ones. */
  whatToDo: GuidanceStep[];
  /** Sources of the card and of the shared lists it shows, without duplicates (same title). */
  sources: SourceRef[];
  /** The oldest `reviewed` date of the records shown: the card is only as current as its least recent part. */
  reviewed: string;
}

/** A "what to do" step with its hotlines resolved from the hotline data. */
export interface ResolvedStep {
  id: string;
  text: BilingualText;
  /**
   * The hotlines the step names, in order; ids missing from the hotline data are left out.
   */
  hotlines: WithoutSources<Hotline>[];
}

/** Query of {@link redFlags}: which audience's card, and which of its categories. */
export interface RedFlagsQuery {
  /** Whose card: `general`, `hospitality`, `education`, `healthcare`, `youth`. */
  // `string & {}` keeps the known audiences as editor suggestions while any string is accepted.
  audience: Audience | (string & {});
  /** Only these categories (one id or several); unknown ids match nothing. All categories when absent or empty. */
  category?: string | readonly string[];
}

const cardFor = (records: readonly RedFlags[], audience: string): RedFlags | undefined =>
  records.find((r) => r.audience === audience);

/** The shared lists a card includes that exist in `records` (and really are shared lists), in `includes` order. */
function includedLists(records: readonly RedFlags[], card: RedFlags): RedFlags[] {
  return (card.includes ?? [])
    .map((id) => records.find((r) => r.id === id && !r.audience))
    .filter((r): r is RedFlags => r !== undefined);
}

/**
 * The audiences that have a card, in data order.
 * @param data - the collections to read
 */
export function redFlagsAudiences(data: RedFlagsData): Audience[] {
  return data.redFlags.flatMap((r) => (r.audience ? [r.audience] : []));
}

/**
 * One audience's red flags, with shared lists (child sex trafficking) resolved.
 * @param data - the collections to read
 * @param query - the audience, and optionally the categories to keep
 * @returns the card, or `undefined` when no record is for that audience
 */
export function redFlags(data: RedFlagsData, query: RedFlagsQuery): RedFlagsCard | undefined {
  const records = data.redFlags;
  const card = cardFor(records, query.audience);
  if (!card?.audience) return undefined;
  const shared = includedLists(records, card);
  const all: RedFlagsCategory[] = card.categories.map((c) => ({ ...c }));
  for (const list of shared) {
    for (const c of list.categories) {
      // A clash of ids would make two disclosures answer to one name; the card's own category wins.
      if (!all.some((a) => a.id === c.id)) all.push({ ...c, sharedFrom: list.id });
    }
  }
  const wanted =
    query.category === undefined ? [] : typeof query.category === 'string' ? [query.category] : [...query.category];
  const categories = wanted.length ? all.filter((c) => wanted.includes(c.id)) : all;
  const sources: SourceRef[] = [];
  for (const s of [card, ...shared].flatMap((r) => r.sources)) {
    if (!sources.some((x) => x.title === s.title)) sources.push(s);
  }
  const reviewed = [card, ...shared].map((r) => r.reviewed).sort()[0];
  return {
    id: card.id,
    audience: card.audience,
    title: card.title,
    intro: card.intro,
    categories,
    questions: card.questions ?? [],
    whatToDo: card.whatToDo,
    sources,
    reviewed,
  };
}

/**
 * What to do, for one audience: the steps with the hotlines they name resolved from the hotline data, so numbers
 * are never copied into guidance.
 * @param data - the collections to read (`hotlines` resolves the steps' numbers; without it no step has hotlines)
 * @param audience - whose guidance
 * @returns the steps, or an empty list when no record is for that audience
 */
export function whatToDo(data: RedFlagsData, audience: Audience | (string & {})): ResolvedStep[] {
  const card = cardFor(data.redFlags, audience);
  const hotlines = data.hotlines ?? [];
  return (card?.whatToDo ?? []).map((step) => ({
    id: step.id,
    text: step.text,
    hotlines: pickHotlines(hotlines, step.hotlines ?? []),
  }));
}
