// `npm run test:clone`: the repository stands on its own. Copies the repository's files (git ls-files: tracked and
// new, not ignored, so uncommitted changes count) into an empty temporary folder with nothing beside it, then runs
// what a new contributor would there, in the order a fresh clone allows:
//   npm ci --prefer-offline  ->  npm run typecheck (generates the data modules first)  ->  npm run test:node
//   (builds first, then every Node test)
// KEEP=1 keeps the copy.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
  cwd: root,
  encoding: 'utf8',
})
  .split('\0')
  .filter((f) => f && existsSync(join(root, f)));

const parent = mkdtempSync(join(tmpdir(), 'lone-'));
const copy = join(parent, 'hart-widgets');
for (const f of files) {
  mkdirSync(dirname(join(copy, f)), { recursive: true });
  cpSync(join(root, f), join(copy, f));
}
// A clone is a git repository: the copy gets one too (nothing committed), so git-based checks see its files.
spawnSync('git', ['init', '-q'], { cwd: copy });
spawnSync('git', ['add', '-A'], { cwd: copy });

const beside = readdirSync(parent);
if (beside.length !== 1) throw new Error(`${parent} holds more than the copy: ${beside.join(', ')}`);
console.log(`${files.length} files copied to ${copy} (nothing beside it)`);

const steps = [
  ['npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error']],
  ['npm', ['run', 'typecheck']],
  ['npm', ['run', 'test:node']],
];
let failed = false;
for (const [cmd, args] of steps) {
  const t = Date.now();
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, {
    cwd: copy,
    stdio: 'inherit',
    env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' },
  });
  console.log(`(${((Date.now() - t) / 1000).toFixed(1)} s, exit ${r.status})`);
  if (r.status !== 0) {
    failed = true;
    break;
  }
}
if (process.env.KEEP) console.log(`kept ${copy}`);
else rmSync(parent, { recursive: true, force: true });
console.log(
  failed ? 'lone clone: FAILED' : 'lone clone: npm ci, typecheck and the Node tests pass with nothing beside it',
);
process.exit(failed ? 1 : 0);
