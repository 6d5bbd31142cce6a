// Makes sure Debian's Chromium and Firefox ESR are installed for the browser tests (test tools' own browser
// downloads do not work here). Installs them with apt-get when running as root; otherwise says how.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

export const CHROMIUM = process.env.HART_CHROMIUM ?? '/usr/bin/chromium';
export const FIREFOX = process.env.HART_FIREFOX ?? '/usr/bin/firefox-esr';

const missing = [
  [CHROMIUM, 'chromium'],
  [FIREFOX, 'firefox-esr'],
].filter(([path]) => !existsSync(path));

if (missing.length && process.argv[1]?.endsWith('browsers.mjs')) {
  const pkgs = missing.map(([, pkg]) => pkg).join(' ');
  if (process.getuid?.() === 0) {
    console.log(`Installing ${pkgs} from Debian (needed by the browser tests)...`);
    execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${pkgs}`, {
      stdio: 'inherit',
    });
  } else {
    console.error(
      `The browser tests need ${pkgs}. Install them with:\n  sudo apt-get update && sudo apt-get install -y ${pkgs}`,
    );
    process.exit(1);
  }
}
