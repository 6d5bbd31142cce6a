/**
 * Checks between red-flags records that one record's schema cannot see. Pure: it imports no bundled data, so the data
 * build can run it on data/ before the bundled modules are generated.
 *
 * @module
 */
import type { Hotline, RedFlags } from './types.js';
import type { DataIssue } from './validate.js';

/** What to say of a reference to a hotline that is not in the valid data. */
export const missingHotline = (id: string, invalid: ReadonlySet<string>): string =>
  invalid.has(id)
    ? `refers to hotline "${id}", which has a problem of its own (fix that first)`
    : `refers to unknown hotline "${id}"`;

/**
 * Checks between red-flags records that one record's schema cannot see: every `includes` names a shared list,
 * included categories do not clash with a card's own, every shared list is included somewhere, at most one card per
 * audience, every hotline a step names exists.
 * @param collections - validated `redFlags` and `hotlines`
 * @param invalidHotlines - ids of hotlines left out for problems of their own (named as such, not as unknown)
 */
export function redFlagsIssues(
  collections: { redFlags: readonly RedFlags[]; hotlines: readonly Hotline[] },
  invalidHotlines: ReadonlySet<string> = new Set(),
): DataIssue[] {
  const issues: DataIssue[] = [];
  const add = (id: string, path: string, message: string) => issues.push({ collection: 'redFlags', id, path, message });
  const hotlineIds = new Set(collections.hotlines.map((h) => h.id));
  const audiences = new Set<string>();
  for (const r of collections.redFlags) {
    if (r.audience) {
      if (audiences.has(r.audience))
        add(r.id, 'audience', `a second card for audience "${r.audience}" (only the first is shown)`);
      audiences.add(r.audience);
    }
    (r.includes ?? []).forEach((ref, i) => {
      const target = collections.redFlags.find((x) => x.id === ref);
      if (!target) add(r.id, `includes.${i}`, `refers to unknown red-flags record "${ref}"`);
      else if (target.audience)
        add(
          r.id,
          `includes.${i}`,
          `"${ref}" is a card for "${target.audience}", not a shared list (shared lists have no audience)`,
        );
      else {
        for (const c of target.categories) {
          if (r.categories.some((own) => own.id === c.id))
            add(r.id, `includes.${i}`, `category "${c.id}" of "${ref}" clashes with one of this card's own`);
        }
      }
    });
    r.whatToDo.forEach((step, i) =>
      step.hotlines?.forEach((h, j) => {
        if (!hotlineIds.has(h)) add(r.id, `whatToDo.${i}.hotlines.${j}`, missingHotline(h, invalidHotlines));
      }),
    );
  }
  for (const r of collections.redFlags) {
    if (!r.audience && !collections.redFlags.some((card) => card.audience && card.includes?.includes(r.id))) {
      add(r.id, 'audience', 'a shared list that no card includes is never shown');
    }
  }
  return issues;
}
