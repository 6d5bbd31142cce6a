<?php
/**
 * The site-wide elements of Settings > Hart widgets: a quick exit and a top banner at the start of every page's body,
 * or a bottom banner at its end.
 *
 * @package HartWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * CSS for the box holding the site-wide quick exit and top banner: it sticks below WordPress's admin bar (which sets
 * `--wp-admin--admin-bar--height`), so the bar never covers the quick exit at any scroll position.
 *
 * @return string
 */
function hart_widgets_site_wide_css() {
	$settings = hart_widgets_get_settings();
	if ( ! $settings['quick_exit'] && 'top' !== $settings['banner'] ) {
		return '';
	}
	return '.hart-widgets-top{position:sticky;top:var(--wp-admin--admin-bar--height,0px);z-index:99990;margin:0;padding:0}';
}

/**
 * Prints the quick exit and the top banner as the first thing in the body (`wp_body_open`).
 */
function hart_widgets_print_top() {
	$settings = hart_widgets_get_settings();
	$html     = '';
	if ( $settings['quick_exit'] ) {
		$html .= hart_widgets_render( 'hart-quick-exit', array() );
	}
	if ( 'top' === $settings['banner'] ) {
		$html .= hart_widgets_render( 'hart-hotline-banner', array( 'position' => 'top' ) );
	}
	if ( '' !== $html ) {
		echo '<div class="hart-widgets-top">' . wp_kses_post( $html ) . "</div>\n";
	}
}
add_action( 'wp_body_open', 'hart_widgets_print_top' );

/**
 * Prints the bottom banner at the end of the body, before the footer scripts.
 */
function hart_widgets_print_bottom() {
	if ( 'bottom' === hart_widgets_get_settings()['banner'] ) {
		echo wp_kses_post( hart_widgets_render( 'hart-hotline-banner', array( 'position' => 'bottom' ) ) ) . "\n";
	}
}
add_action( 'wp_footer', 'hart_widgets_print_bottom', 5 );
