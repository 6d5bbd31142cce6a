<?php
/**
 * Test-site commands run with PHP's CLI inside the WordPress that scripts/wordpress/env.mjs sets up (Debian has no
 * wp-cli). Prints one JSON object.
 *
 *   php wp.php install <plugin.zip>   install WordPress once; (re)install and activate the plugin from the zip;
 *                                     an Author with a fresh application password; an Administrator (Spanish UI)
 *   php wp.php settings '<json>'      replace the hart_widgets_settings option
 *   php wp.php uninstall              run the plugin's uninstall routine, say whether the option is gone
 *
 * Environment: HART_WP_HOST (127.0.0.1:PORT), HART_WP_CONFIG (the /etc/wordpress/config-<name>.php to use).
 */

$_SERVER['HTTP_HOST']        = getenv( 'HART_WP_HOST' );
$_SERVER['SERVER_NAME']      = '127.0.0.1';
$_SERVER['REQUEST_URI']      = '/';
$_SERVER['WORDPRESS_CONFIG'] = getenv( 'HART_WP_CONFIG' );
$command                     = isset( $argv[1] ) ? $argv[1] : '';
if ( 'install' === $command ) {
	define( 'WP_INSTALLING', true );
}
/** No mail from the test site (wp_install sends one; Debian has no sendmail here). */
function wp_mail() {
	return true;
}
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/file.php';
require_once ABSPATH . 'wp-admin/includes/user.php';

$plugin = 'hart-widgets/hart-widgets.php';

/**
 * A user with this login and role, created when missing; its password set to $password.
 */
function hart_test_user( $login, $role, $password ) {
	$user = get_user_by( 'login', $login );
	$id   = $user ? $user->ID : wp_insert_user(
		array(
			'user_login' => $login,
			'user_pass'  => $password,
			'user_email' => $login . '@example.org',
			'role'       => $role,
		)
	);
	if ( is_wp_error( $id ) ) {
		fwrite( STDERR, $id->get_error_message() . "\n" );
		exit( 1 );
	}
	wp_set_password( $password, $id );
	return $id;
}

switch ( $command ) {
	case 'install':
		if ( ! is_blog_installed() ) {
			wp_install( 'Hart widgets test', 'admin', 'admin@example.org', false, '', 'hart-admin-pw' );
		}
		wp_cache_flush();
		switch_theme( getenv( 'HART_WP_THEME' ) ? getenv( 'HART_WP_THEME' ) : 'twentytwentythree' );
		update_option( 'hart_widgets_settings', array() );
		update_option( 'show_avatars', 0 ); // Core's avatars come from a third-party host; the tests allow none.

		// The plugin, from the built zip, with WordPress's own unzip.
		if ( is_plugin_active( $plugin ) ) {
			deactivate_plugins( $plugin, true );
		}
		WP_Filesystem();
		global $wp_filesystem;
		$wp_filesystem->delete( WP_PLUGIN_DIR . '/hart-widgets', true );
		$unzipped = unzip_file( $argv[2], WP_PLUGIN_DIR );
		if ( is_wp_error( $unzipped ) ) {
			fwrite( STDERR, 'unzip: ' . $unzipped->get_error_message() . "\n" );
			exit( 1 );
		}
		$activated = activate_plugin( $plugin );
		if ( is_wp_error( $activated ) ) {
			fwrite( STDERR, 'activate: ' . $activated->get_error_message() . "\n" );
			exit( 1 );
		}

		$admin = hart_test_user( 'admin', 'administrator', 'hart-admin-pw' );
		update_user_meta( $admin, 'locale', 'es_ES' );
		$author = hart_test_user( 'author', 'author', 'hart-author-pw' );
		// Posts of earlier runs go, so each run starts from the same site.
		foreach ( get_posts( array( 'author' => $author, 'post_status' => 'any', 'numberposts' => -1, 'fields' => 'ids' ) ) as $old ) {
			wp_delete_post( $old, true );
		}
		WP_Application_Passwords::delete_all_application_passwords( $author );
		list( $app_password ) = WP_Application_Passwords::create_new_application_password( $author, array( 'name' => 'hart-widgets tests' ) );
		$contributor = hart_test_user( 'contributor', 'contributor', 'hart-contributor-pw' );
		foreach ( get_posts( array( 'author' => $contributor, 'post_status' => 'any', 'numberposts' => -1, 'fields' => 'ids' ) ) as $old ) {
			wp_delete_post( $old, true );
		}
		WP_Application_Passwords::delete_all_application_passwords( $contributor );
		list( $contributor_password ) = WP_Application_Passwords::create_new_application_password( $contributor, array( 'name' => 'hart-widgets tests' ) );
		echo wp_json_encode(
			array(
				'url'                => home_url( '/' ),
				'wordpress'          => get_bloginfo( 'version' ),
				'theme'              => get_stylesheet(),
				'plugin'             => get_plugin_data( WP_PLUGIN_DIR . '/' . $plugin )['Version'],
				'admin'              => array( 'login' => 'admin', 'password' => 'hart-admin-pw' ),
				'author'             => array( 'login' => 'author', 'password' => 'hart-author-pw', 'appPassword' => $app_password ),
				'contributor'        => array( 'login' => 'contributor', 'appPassword' => $contributor_password ),
				'authorCanUnfiltered' => user_can( $author, 'unfiltered_html' ),
				'contributorCanUnfiltered' => user_can( $contributor, 'unfiltered_html' ),
			)
		);
		break;
	case 'settings':
		update_option( 'hart_widgets_settings', json_decode( $argv[2], true ) );
		echo wp_json_encode( get_option( 'hart_widgets_settings' ) );
		break;
	case 'uninstall':
		update_option( 'hart_widgets_settings', array( 'quick_exit' => true ) );
		$before = false !== get_option( 'hart_widgets_settings' );
		uninstall_plugin( $plugin );
		wp_cache_flush();
		echo wp_json_encode(
			array(
				'before' => $before,
				'after'  => false !== get_option( 'hart_widgets_settings' ),
			)
		);
		break;
	default:
		fwrite( STDERR, "usage: php wp.php install <zip> | settings <json> | uninstall\n" );
		exit( 2 );
}
