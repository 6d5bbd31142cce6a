/**
 * Red flags ("indicators of human trafficking") per audience, and what to do about them. Pure functions over the
 * `redFlags` and `hotlines` collections; no DOM. Shared lists (records without `audience`, such as
 * `child-sex-trafficking`) are resolved here, so callers get one card per audience with everything it shows.
 *
 * @example
 * ```ts
 * import { redFlags, whatToDo } from 'hart-widgets/sdk';
 * const card = redFlags({ audience: 'hospitality', category: 'rooms' });
 * card?.categories[0].indicators.map((i) => i.text.en);
 * whatToDo('education').flatMap((step) => step.hotlines.map((h) => h.name.en)); // [..., 'Connecticut DCF Careline']
 * ```
 * @module
 */
import { pickHotlines } from './dataset.js';
import { hotlines as bundledHotlines } from './generated/display/hotlines.js';
import { redFlags as bundledRedFlags } from './generated/redFlags.js';
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

/** The collections red flags are read from; either may be omitted to use the bundled one. */
export interface RedFlagsData {
  redFlags?: readonly RedFlags[];
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
   * The hotlines the step names, in order; ids missing from the hotline data are left out. Resolved from the bundled
   * hotlines these come without `sources` (the elements' copy); pass `data.hotlines` to resolve from other records.
   */
  hotlines: WithoutSources<Hotline>[];
}

/** Query of {@link redFlags}. */
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

/** The audiences that have a card, in data order. */
export function redFlagsAudiences(data: RedFlagsData = {}): Audience[] {
  return (data.redFlags ?? bundledRedFlags).flatMap((r) => (r.audience ? [r.audience] : []));
}

/**
 * One audience's red flags, with shared lists (child sex trafficking) resolved.
 * @param query - the audience, and optionally the categories to keep
 * @param data - collections to read (defaults to the bundled data)
 * @returns the card, or `undefined` when no record is for that audience
 */
export function redFlags(query: RedFlagsQuery, data: RedFlagsData = {}): RedFlagsCard | undefined {
  const records = data.redFlags ?? bundledRedFlags;
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
 * @param audience - whose guidance
 * @param data - collections to read (defaults to the bundled data)
 * @returns the steps, or an empty list when no record is for that audience
 */
export function whatToDo(audience: Audience | (string & {}), data: RedFlagsData = {}): ResolvedStep[] {
  const card = cardFor(data.redFlags ?? bundledRedFlags, audience);
  const hotlines = data.hotlines ?? bundledHotlines;
  return (card?.whatToDo ?? []).map((step) => ({
    id: step.id,
    text: step.text,
    hotlines: pickHotlines(hotlines, step.hotlines ?? []),
  }));
}

// Kept apart (no bundled data) so that the data build can run it before the bundled data exists.
export { redFlagsIssues } from './red-flags-integrity.js';
