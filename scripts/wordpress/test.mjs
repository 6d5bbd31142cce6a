// `npm run test:wordpress`: sets up the real WordPress (scripts/wordpress/env.mjs), runs test/wordpress/*.test.ts
// against it, and stops its servers whatever the outcome. Needs `npm run build` first (the plugin zip).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { down, up } from './env.mjs';

// Set once the tests ran; if setting WordPress up throws, the error itself fails the run.
let status;
try {
  await up();
  const files = readdirSync('test/wordpress')
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => `test/wordpress/${f}`);
  status =
    spawnSync(process.execPath, ['--import', 'tsx', '--test', ...process.argv.slice(2), ...files], {
      stdio: 'inherit',
    }).status ?? 1;
} finally {
  await down();
}
process.exit(status);
