// Runs every Node test (node:test) under test/sdk, test/scripts and test/node-e2e. Node 20's --test takes no globs,
// so the files are listed here.
import { readdirSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const dirs = ['test/sdk', 'test/scripts', 'test/node-e2e'];
const files = dirs
  .filter((d) => existsSync(d))
  .flatMap((d) =>
    readdirSync(d)
      .filter((f) => f.endsWith('.test.ts'))
      .map((f) => `${d}/${f}`),
  );
const run = spawnSync(process.execPath, ['--import', 'tsx', '--test', ...process.argv.slice(2), ...files], {
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
