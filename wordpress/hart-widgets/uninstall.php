<?php
/**
 * Uninstall: removes the plugin's only stored data, the `hart_widgets_settings` option (of every site on Multisite).
 *
 * @package HartWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids' ) ) as $hart_widgets_site_id ) {
		switch_to_blog( $hart_widgets_site_id );
		delete_option( 'hart_widgets_settings' );
		restore_current_blog();
	}
} else {
	delete_option( 'hart_widgets_settings' );
}
