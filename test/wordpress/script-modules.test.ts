// WordPress 6.5 and later load hart.js through the Script Modules API (wp_enqueue_script_module), which Debian's
// WordPress 6.1 used by test/wordpress/ does not have, and this machine cannot fetch a newer one. So here the plugin's
// assets.php runs in PHP against stand-ins for the WordPress functions it calls, shaped like 6.5's: which API it
// picks, what it asks for, and the integrity its wp_script_attributes filter adds to the module's tag (6.5 prints a
// module with id "<handle>-js-module" through wp_print_script_tag, which applies that filter). PHP is there: npm run
// test:wordpress installs it with the site before it runs this folder.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';

const plugin = fileURLToPath(new URL('../../wordpress/hart-widgets/', import.meta.url));

/** Runs assets.php with WordPress stand-ins; `modules` says whether wp_enqueue_script_module exists (6.5+). */
function run(modules: boolean): Record<string, unknown> {
  const dir = mkdtempSync(join(tmpdir(), 'hart-wp-modules-'));
  try {
    writeFileSync(join(dir, 'cdn-sri.json'), JSON.stringify({ 'hart.js': 'sha384-TEST' }));
    writeFileSync(
      join(dir, 'run.php'),
      `<?php
      define( 'ABSPATH', '/' );
      define( 'HART_WIDGETS_FILE', '/plugins/hart-widgets/hart-widgets.php' );
      define( 'HART_WIDGETS_DIR', ${JSON.stringify(dir + '/')} );
      define( 'HART_WIDGETS_VERSION', '9.9.9' );
      @mkdir( HART_WIDGETS_DIR . 'cdn' );
      copy( HART_WIDGETS_DIR . 'cdn-sri.json', HART_WIDGETS_DIR . 'cdn/sri.json' );
      $calls = array( 'filters' => array(), 'enqueued' => array() );
      function add_filter( $hook, $fn ) { global $calls; $calls['filters'][ $hook ] = $fn; }
      function add_action( $hook, $fn ) {}
      function plugins_url( $path, $file ) { return 'https://example.test/wp-content/plugins/hart-widgets/' . $path; }
      function esc_attr( $s ) { return htmlspecialchars( $s, ENT_QUOTES ); }
      function wp_enqueue_script( ...$args ) { global $calls; $calls['enqueued'][] = array( 'script', $args ); }
      ${modules ? "function wp_enqueue_script_module( ...$args ) { global $calls; $calls['enqueued'][] = array( 'module', $args ); }" : ''}
      require ${JSON.stringify(plugin + 'includes/assets.php')};
      hart_widgets_use_script();
      hart_widgets_use_script();
      $calls['module_tag'] = call_user_func(
        $calls['filters']['wp_script_attributes'],
        array( 'type' => 'module', 'src' => 'x', 'id' => 'hart-widgets-js-module' )
      );
      $calls['other_tag'] = call_user_func(
        $calls['filters']['wp_script_attributes'],
        array( 'type' => 'module', 'src' => 'y', 'id' => 'another-js-module' )
      );
      echo json_encode( $calls );`,
    );
    return JSON.parse(execFileSync('php', [join(dir, 'run.php')], { encoding: 'utf8' }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('hart.js through the Script Modules API of WordPress 6.5 and later (PHP, WordPress stand-ins)', () => {
  it('asks once for hart.js from the plugin folder as a script module', () => {
    const { enqueued } = run(true) as { enqueued: [string, unknown[]][] };
    assert.deepEqual(enqueued, [
      ['module', ['hart-widgets', 'https://example.test/wp-content/plugins/hart-widgets/cdn/hart.js', [], '9.9.9']],
    ]);
  });

  it("gives the module's tag its integrity from sri.json, and no other tag", () => {
    const out = run(true) as { module_tag: Record<string, string>; other_tag: Record<string, string> };
    assert.deepEqual(out.module_tag, {
      type: 'module',
      src: 'x',
      id: 'hart-widgets-js-module',
      integrity: 'sha384-TEST',
      crossorigin: 'anonymous',
    });
    assert.deepEqual(out.other_tag, { type: 'module', src: 'y', id: 'another-js-module' });
  });

  it('before 6.5 (no wp_enqueue_script_module) it enqueues a classic handle, made a module by script_loader_tag', () => {
    const { enqueued, filters } = run(false) as { enqueued: [string, unknown[]][]; filters: Record<string, string> };
    assert.deepEqual(enqueued, [
      [
        'script',
        ['hart-widgets', 'https://example.test/wp-content/plugins/hart-widgets/cdn/hart.js', [], '9.9.9', true],
      ],
    ]);
    assert.equal(filters.script_loader_tag, 'hart_widgets_script_loader_tag');
  });
});
