<?php
/**
 * Plugin Name:       Hart widgets
 * Description:       Connecticut's human-trafficking help resources on your site: hotline banner, quick exit, red flags, provider finder, events and the posting notice, as shortcodes, blocks and site-wide settings.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       hart-widgets
 * Domain Path:       /languages
 *
 * @package HartWidgets
 */

defined( 'ABSPATH' ) || exit;

define( 'HART_WIDGETS_VERSION', '0.1.0' );
define( 'HART_WIDGETS_FILE', __FILE__ );
define( 'HART_WIDGETS_DIR', plugin_dir_path( __FILE__ ) );

require_once HART_WIDGETS_DIR . 'includes/settings.php';
require_once HART_WIDGETS_DIR . 'includes/labels.php';
require_once HART_WIDGETS_DIR . 'includes/elements.php';
require_once HART_WIDGETS_DIR . 'includes/assets.php';
require_once HART_WIDGETS_DIR . 'includes/site-wide.php';

add_action( 'init', 'hart_widgets_load_textdomain', 1 );

/**
 * Loads the plugin's own translations (languages/hart-widgets-es_ES.mo).
 */
function hart_widgets_load_textdomain() {
	load_plugin_textdomain( 'hart-widgets', false, dirname( plugin_basename( HART_WIDGETS_FILE ) ) . '/languages' );
}
