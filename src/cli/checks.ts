/**
 * `hart-data check`: what the people who keep the data need to know, beyond "is it valid": records not reviewed
 * for over 12 months and past events still marked scheduled (errors, references included, come from readDataDir).
 * These are warnings; `--strict` makes them errors.
 */
import { MONTH_MS } from '../sdk/i18n.js';
import type { Collections } from '../sdk/types.js';
import { dataFile, type FileIssue } from './data-dir.js';

/** A finding: errors fail the check (exit 1); warnings are listed (exit 0). */
export interface Finding extends FileIssue {
  level: 'error' | 'warning';
}

/** Months after `reviewed` when a record is past its review age. */
export const REVIEW_AGE_MONTHS = 12;

/**
 * Freshness findings (errors, references included, come from readDataDir): warnings, or errors when `strict`.
 * @param c - validated collections
 * @param now - the time the check treats as now
 * @param strict - report records past their review age and past events still "scheduled" as errors
 */
export function checkCollections(c: Collections, now: Date = new Date(), strict = false): Finding[] {
  const level = strict ? 'error' : 'warning';
  const findings: Finding[] = [];
  for (const name of Object.keys(c) as (keyof Collections)[]) {
    for (const record of c[name] as { id: string; reviewed: string }[]) {
      const age = (now.getTime() - Date.parse(record.reviewed)) / MONTH_MS;
      if (age > REVIEW_AGE_MONTHS) {
        findings.push({
          level,
          file: dataFile(name),
          collection: name,
          id: record.id,
          path: 'reviewed',
          message: `not reviewed for ${Math.floor(age)} months (${record.reviewed}): check the facts against the source and update "reviewed"`,
        });
      }
    }
  }
  for (const e of c.events) {
    if (e.status === 'scheduled' && Date.parse(e.end ?? e.start ?? '') < now.getTime()) {
      findings.push({
        level,
        file: dataFile('events'),
        collection: 'events',
        id: e.id,
        path: 'status',
        message: `ended ${(e.end ?? e.start)!.slice(0, 10)} but is still "scheduled" (past events show as past; cancelled ones should say "cancelled")`,
      });
    }
  }
  return findings;
}
