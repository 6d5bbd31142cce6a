// A real WordPress for the plugin's tests: Debian's wordpress (6.1), MariaDB and Apache + mod_php, each a private
// instance bound to 127.0.0.1 on ports of its own, with its files under HART_WP_DIR. Safe to run again: what is
// installed, initialised or running is reused; the plugin is reinstalled from the built zip every time.
//
//   node scripts/wordpress/env.mjs up     install missing packages (as root), start, install, print the site state
//   node scripts/wordpress/env.mjs down   stop Apache and MariaDB
//
// Environment: HART_WP_DIR (default /var/tmp/hart-widgets-wp), HART_WP_PORT (Apache, default 8471),
// HART_WP_DB_PORT (MariaDB, default 8472), HART_WP_THEME (default twentytwentythree).
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const DIR = process.env.HART_WP_DIR ?? '/var/tmp/hart-widgets-wp';
export const PORT = Number(process.env.HART_WP_PORT ?? 8471);
const DB_PORT = Number(process.env.HART_WP_DB_PORT ?? 8472);
const CONFIG_NAME = 'hartwidgets-test';
const CONFIG_FILE = `/etc/wordpress/config-${CONFIG_NAME}.php`;
const PACKAGES = [
  'wordpress',
  'wordpress-theme-twentytwentythree',
  'mariadb-server',
  'apache2',
  'libapache2-mod-php',
  'php-mysql',
];
const DB = join(DIR, 'db');
const DB_RUN = join(DIR, 'db-run'); // socket, pid and log, written by the mysql user
const SOCKET = join(DB_RUN, 'mariadb.sock');
const CONTENT = join(DIR, 'wp-content');
const APACHE_CONF = join(DIR, 'apache.conf');
export const STATE_FILE = join(DIR, 'state.json');

const run = (cmd, args, opts = {}) => execFileSync(cmd, args, { encoding: 'utf8', ...opts });
const log = (msg) => console.error(`[wordpress] ${msg}`);

function installPackages() {
  const missing = PACKAGES.filter((p) => {
    try {
      return !/install ok installed/.test(run('dpkg-query', ['-W', '-f=${Status}', p], { stdio: 'pipe' }));
    } catch {
      return true;
    }
  });
  if (!missing.length) return;
  if (process.getuid?.() !== 0)
    throw new Error(`The WordPress tests need: sudo apt-get install -y --no-install-recommends ${missing.join(' ')}`);
  log(`installing ${missing.join(' ')} from Debian`);
  run('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

/** Whether something accepts TCP connections on 127.0.0.1:port now. */
function portOpen(port) {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port }, () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

/** Fails when a port this setup is about to use is taken by another program. */
async function ensureFree(port, what) {
  if (await portOpen(port))
    throw new Error(`127.0.0.1:${port} is in use by another program; set ${what} to a free port`);
}

/** Resolves when something accepts TCP connections on 127.0.0.1:port, or rejects after `ms`. */
async function waitForPort(port, ms = 30000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await portOpen(port)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`nothing answers on 127.0.0.1:${port}`);
}

function pidAlive(file) {
  if (!existsSync(file)) return false;
  const pid = Number(readFileSync(file, 'utf8').trim());
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return false;
  }
}

async function startMariaDb() {
  const uid = Number(run('id', ['-u', 'mysql']).trim());
  const gid = Number(run('id', ['-g', 'mysql']).trim());
  if (!existsSync(join(DB, 'mysql'))) {
    log('initialising MariaDB');
    rmSync(DB, { recursive: true, force: true });
    mkdirSync(DB, { recursive: true });
    chownSync(DB, uid, gid);
    run(
      'mariadb-install-db',
      [
        '--no-defaults',
        '--user=mysql',
        `--datadir=${DB}`,
        '--auth-root-authentication-method=socket',
        '--skip-test-db',
      ],
      { stdio: 'pipe' },
    );
  }
  mkdirSync(DB_RUN, { recursive: true });
  chownSync(DB_RUN, uid, gid);
  if (!pidAlive(join(DB_RUN, 'mariadb.pid'))) {
    await ensureFree(DB_PORT, 'HART_WP_DB_PORT');
    log(`starting MariaDB on 127.0.0.1:${DB_PORT}`);
    const child = spawn(
      'mariadbd',
      [
        '--no-defaults',
        '--user=mysql',
        `--datadir=${DB}`,
        `--socket=${SOCKET}`,
        `--port=${DB_PORT}`,
        '--bind-address=127.0.0.1',
        `--pid-file=${join(DB_RUN, 'mariadb.pid')}`,
        `--log-error=${join(DB_RUN, 'mariadb.log')}`,
        '--skip-name-resolve',
        '--innodb-buffer-pool-size=32M',
        '--performance-schema=OFF',
      ],
      { detached: true, stdio: 'ignore' },
    );
    child.unref();
  }
  await waitForPort(DB_PORT);
  run('mariadb', [
    '--no-defaults',
    `--socket=${SOCKET}`,
    '-uroot',
    '-e',
    "CREATE DATABASE IF NOT EXISTS hart_widgets_test; CREATE USER IF NOT EXISTS 'hart'@'127.0.0.1' IDENTIFIED BY 'hart'; GRANT ALL ON hart_widgets_test.* TO 'hart'@'127.0.0.1';",
  ]);
}

function writeWordPressConfig() {
  const salts = existsSync(join(DIR, 'salts.php'))
    ? readFileSync(join(DIR, 'salts.php'), 'utf8')
    : [
        'AUTH_KEY',
        'SECURE_AUTH_KEY',
        'LOGGED_IN_KEY',
        'NONCE_KEY',
        'AUTH_SALT',
        'SECURE_AUTH_SALT',
        'LOGGED_IN_SALT',
        'NONCE_SALT',
      ]
        .map((k) => `define( '${k}', '${randomBytes(32).toString('hex')}' );\n`)
        .join('');
  writeFileSync(join(DIR, 'salts.php'), salts);
  const site = `http://127.0.0.1:${PORT}`;
  writeFileSync(
    CONFIG_FILE,
    `<?php
// The hart-widgets plugin tests' site (scripts/wordpress/env.mjs). Chosen by WORDPRESS_CONFIG=${CONFIG_NAME}.
define( 'DB_NAME', 'hart_widgets_test' );
define( 'DB_USER', 'hart' );
define( 'DB_PASSWORD', 'hart' );
define( 'DB_HOST', '127.0.0.1:${DB_PORT}' );
define( 'WP_HOME', '${site}' );
define( 'WP_SITEURL', '${site}' );
define( 'WP_CONTENT_DIR', '${CONTENT}' );
define( 'WP_CONTENT_URL', '${site}/wp-content' );
define( 'WP_ENVIRONMENT_TYPE', 'local' ); // application passwords over plain http on 127.0.0.1
define( 'FS_METHOD', 'direct' );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', '${join(DIR, 'debug.log')}' );
${salts}`,
  );
}

function prepareContent() {
  const www = [Number(run('id', ['-u', 'www-data']).trim()), Number(run('id', ['-g', 'www-data']).trim())];
  for (const dir of [CONTENT, join(CONTENT, 'plugins'), join(CONTENT, 'uploads'), join(CONTENT, 'upgrade')]) {
    mkdirSync(dir, { recursive: true });
    chownSync(dir, ...www);
  }
  if (!existsSync(join(CONTENT, 'themes')))
    symlinkSync('/usr/share/wordpress/wp-content/themes', join(CONTENT, 'themes'));
  writeFileSync(join(DIR, 'debug.log'), '');
  chownSync(join(DIR, 'debug.log'), ...www);
}

async function startApache() {
  const modules = '/usr/lib/apache2/modules';
  const load = (name, file = `mod_${name}.so`) => `LoadModule ${name}_module ${modules}/${file}`;
  writeFileSync(
    APACHE_CONF,
    [
      `# Apache for the hart-widgets plugin tests (scripts/wordpress/env.mjs): 127.0.0.1:${PORT} only.`,
      'ServerRoot /etc/apache2',
      `Listen 127.0.0.1:${PORT}`,
      'ServerName 127.0.0.1',
      `PidFile ${join(DIR, 'apache.pid')}`,
      `ErrorLog ${join(DIR, 'apache-error.log')}`,
      'LogLevel warn',
      load('mpm_prefork'),
      load('authz_core'),
      load('dir'),
      load('mime'),
      load('alias'),
      load('env'),
      load('php', 'libphp8.2.so'),
      'User www-data',
      'Group www-data',
      'StartServers 2',
      'MinSpareServers 1',
      'MaxSpareServers 4',
      'MaxRequestWorkers 8',
      // Node's fetch reuses idle sockets that Apache may be closing at that moment ("fetch failed"): one request each.
      'KeepAlive Off',
      'TypesConfig /etc/mime.types',
      'DirectoryIndex index.php',
      'DocumentRoot /usr/share/wordpress',
      `Alias /wp-content ${CONTENT}`,
      `SetEnv WORDPRESS_CONFIG ${CONFIG_NAME}`,
      '<Directory />',
      '  Require all denied',
      '</Directory>',
      `<Directory /usr/share/wordpress>`,
      '  Options FollowSymLinks',
      '  AllowOverride None',
      '  FallbackResource /index.php',
      '  Require all granted',
      '</Directory>',
      `<Directory ${CONTENT}>`,
      '  Options FollowSymLinks',
      '  AllowOverride None',
      '  Require all granted',
      '</Directory>',
      '<FilesMatch "\\.php$">',
      '  SetHandler application/x-httpd-php',
      '</FilesMatch>',
      '',
    ].join('\n'),
  );
  run('apache2', ['-f', APACHE_CONF, '-t'], { stdio: 'pipe' });
  if (pidAlive(join(DIR, 'apache.pid'))) {
    log('restarting Apache');
    run('apache2', ['-f', APACHE_CONF, '-k', 'restart']);
  } else {
    await ensureFree(PORT, 'HART_WP_PORT');
    log(`starting Apache on 127.0.0.1:${PORT}`);
    run('apache2', ['-f', APACHE_CONF, '-k', 'start']);
  }
  await waitForPort(PORT);
}

/** Runs a command of scripts/wordpress/wp.php in the test site; returns its JSON. */
export function wp(...args) {
  const out = run('php', [join(root, 'scripts/wordpress/wp.php'), ...args], {
    env: { ...process.env, HART_WP_HOST: `127.0.0.1:${PORT}`, HART_WP_CONFIG: CONFIG_NAME },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out);
}

export async function up() {
  installPackages();
  mkdirSync(DIR, { recursive: true });
  const zip = join(
    root,
    'dist/wordpress',
    `hart-widgets-${JSON.parse(readFileSync(join(root, 'package.json'))).version}.zip`,
  );
  if (!existsSync(zip)) throw new Error(`${zip} is missing: run npm run build first`);
  await startMariaDb();
  prepareContent();
  writeWordPressConfig();
  await startApache();
  const state = wp('install', zip);
  writeFileSync(STATE_FILE, JSON.stringify(state, null, 2));
  log(`WordPress ${state.wordpress} at ${state.url}, theme ${state.theme}, plugin ${state.plugin}`);
  return state;
}

export async function down() {
  if (pidAlive(join(DIR, 'apache.pid'))) {
    log('stopping Apache');
    run('apache2', ['-f', APACHE_CONF, '-k', 'stop']);
  }
  const db = pidAlive(join(DB_RUN, 'mariadb.pid'));
  if (db) {
    log('stopping MariaDB');
    process.kill(db, 'SIGTERM');
    for (let i = 0; i < 100 && pidAlive(join(DB_RUN, 'mariadb.pid')); i++) await new Promise((r) => setTimeout(r, 200));
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const command = process.argv[2];
  if (command === 'up') console.log(JSON.stringify(await up(), null, 2));
  else if (command === 'down') await down();
  else {
    console.error('usage: node scripts/wordpress/env.mjs up|down');
    process.exit(2);
  }
}
