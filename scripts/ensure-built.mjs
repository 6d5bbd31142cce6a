// Builds what a command needs when nothing is built yet (a fresh clone), so every npm script works in any order.
// `--data`: only the generated data modules (src/sdk/generated/, what `npm run typecheck` needs); otherwise the whole
// build (dist/, the CDN files, custom-elements.json). Does nothing when the outputs exist: after editing data or
// src/, run `npm run build` yourself.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const dataOnly = process.argv.includes('--data');
const outputs = dataOnly
  ? ['src/sdk/generated/snapshot.ts', 'src/sdk/generated/ct-geo.ts']
  : [
      'src/sdk/generated/snapshot.ts',
      'dist/index.js',
      'dist/cdn/hart.js',
      'dist/cdn/sri.json',
      'dist/fallback',
      'dist/hart-data.json',
      'dist/react.d.ts',
      'custom-elements.json',
    ];
const missing = outputs.filter((f) => !existsSync(join(root, f)));
if (missing.length) {
  const script = dataOnly ? 'build:data' : 'build';
  console.log(`${missing.join(', ')} not built yet: running npm run ${script} first`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['run', script], { cwd: root, stdio: 'inherit' });
  process.exit(r.status ?? 1);
}
