/**
 * `hart-data`: tools for the people who keep the data.
 *
 *   hart-data check [--data DIR] [--now ISO] [--strict]   validate data/, list stale records and other problems
 *   hart-data build [--data DIR] [--out DIR]   write hart-data.json and hart-data.schema.json
 *   hart-data hsds  [--data DIR] [--out DIR] [--lang en|es]   write the Open Referral HSDS 3.0 export
 *
 * Messages read `file: id: field: problem`. Exit code 1 when there are errors, 0 otherwise (warnings included).
 * With `--strict`, records past their review age and past events still "scheduled" are errors too.
 *
 * @module
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkCollections } from './checks.js';
import { formatFileIssue, readDataDir } from './data-dir.js';
import { feedDocument, feedJsonSchema } from './feed-files.js';
import { toHsds, toHsdsNdjson } from '../sdk/hsds.js';

const usage = `Usage:
  hart-data check [--data DIR] [--now ISO-DATE] [--strict]
                                                  validate the data and list what needs attention; --strict fails
                                                  (exit 1) on records past their review age and past events still
                                                  marked scheduled, which are otherwise warnings
  hart-data build [--data DIR] [--out DIR]        write hart-data.json and hart-data.schema.json (default: dist/)
  hart-data hsds  [--data DIR] [--out DIR] [--lang en|es]
                                                  write the providers as Open Referral HSDS 3.0 (hsds.json, hsds.ndjson)`;

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

/**
 * Runs the command line.
 * @returns the exit code
 */
export function main(
  args: string[],
  out: (line: string) => void = console.log,
  err: (line: string) => void = console.error,
): number {
  const [command] = args;
  const dataDir = resolve(option(args, '--data') ?? 'data');
  if (command === 'check') {
    const nowText = option(args, '--now');
    const now = nowText ? new Date(nowText) : new Date();
    if (Number.isNaN(now.getTime())) {
      err(`--now: "${nowText}" is not a date (use e.g. 2026-11-28)`);
      return 2;
    }
    const { collections, issues } = readDataDir(dataDir);
    const findings = [
      ...issues.map((i) => ({ ...i, level: 'error' as const })),
      ...checkCollections(collections, now, args.includes('--strict')),
    ];
    const errors = findings.filter((f) => f.level === 'error');
    const warnings = findings.filter((f) => f.level === 'warning');
    for (const f of errors) err(`error: ${formatFileIssue(f)}`);
    for (const f of warnings) out(`warning: ${formatFileIssue(f)}`);
    out(`${errors.length} error(s), ${warnings.length} warning(s) in ${dataDir}`);
    return errors.length ? 1 : 0;
  }
  if (command === 'hsds') {
    const { collections, issues } = readDataDir(dataDir);
    if (issues.some((i) => i.collection === 'providers')) {
      for (const i of issues.filter((x) => x.collection === 'providers')) err(`error: ${formatFileIssue(i)}`);
      err('The HSDS export was not written: fix the provider errors above first.');
      return 1;
    }
    const lang = option(args, '--lang') === 'es' ? 'es' : 'en';
    const outDir = resolve(option(args, '--out') ?? 'dist');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'hsds.json'), JSON.stringify(toHsds(collections.providers, { lang }), null, 2) + '\n');
    writeFileSync(join(outDir, 'hsds.ndjson'), toHsdsNdjson(collections.providers, { lang }));
    out(`wrote ${join(outDir, 'hsds.json')} and hsds.ndjson (${collections.providers.length} organizations, ${lang})`);
    return 0;
  }
  if (command === 'build') {
    const { collections, issues } = readDataDir(dataDir);
    if (issues.length) {
      for (const i of issues) err(`error: ${formatFileIssue(i)}`);
      err('The feed was not written: fix the errors above first (hart-data check lists them).');
      return 1;
    }
    const outDir = resolve(option(args, '--out') ?? 'dist');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'hart-data.json'), JSON.stringify(feedDocument(collections), null, 1) + '\n');
    writeFileSync(join(outDir, 'hart-data.schema.json'), JSON.stringify(feedJsonSchema(), null, 2) + '\n');
    out(`wrote ${join(outDir, 'hart-data.json')} and hart-data.schema.json`);
    return 0;
  }
  err(usage);
  return command === undefined || command === '--help' || command === 'help' ? 0 : 2;
}
