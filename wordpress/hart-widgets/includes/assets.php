<?php
/**
 * Loading the elements: hart.js from this plugin's own folder (no other host), as an ES module with its sha384
 * integrity from sri.json, only on pages that use an element; the reserved-space CSS inline in the head.
 *
 * @package HartWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * URL of a file of the bundled build (the version's dist/cdn, copied into cdn/ by `npm run build`).
 *
 * @param string $file File name inside cdn/.
 * @return string
 */
function hart_widgets_cdn_url( $file ) {
	return plugins_url( 'cdn/' . $file, HART_WIDGETS_FILE );
}

/**
 * The integrity value of a bundled file, from cdn/sri.json; '' when the file is not listed.
 *
 * @param string $file File name inside cdn/.
 * @return string
 */
function hart_widgets_integrity( $file ) {
	static $sri = null;
	if ( null === $sri ) {
		$path = HART_WIDGETS_DIR . 'cdn/sri.json';
		$json = is_readable( $path ) ? file_get_contents( $path ) : false; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file of this plugin.
		$sri  = $json ? json_decode( $json, true ) : array();
		$sri  = is_array( $sri ) ? $sri : array();
	}
	return isset( $sri[ $file ] ) && is_string( $sri[ $file ] ) ? $sri[ $file ] : '';
}

/**
 * Asks for hart.js on this page. Script modules on WordPress 6.5 and later; a classic handle turned into
 * `type="module"` by hart_widgets_script_loader_tag() before that.
 */
function hart_widgets_use_script() {
	static $done = false;
	if ( $done ) {
		return;
	}
	$done = true;
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( 'hart-widgets', hart_widgets_cdn_url( 'hart.js' ), array(), HART_WIDGETS_VERSION );
	} else {
		wp_enqueue_script( 'hart-widgets', hart_widgets_cdn_url( 'hart.js' ), array(), HART_WIDGETS_VERSION, true );
	}
}

/**
 * WordPress 6.1 to 6.4: the classic tag of hart.js becomes a module with its integrity.
 *
 * @param string $tag    The script tag.
 * @param string $handle The script handle.
 * @return string
 */
function hart_widgets_script_loader_tag( $tag, $handle ) {
	if ( 'hart-widgets' !== $handle ) {
		return $tag;
	}
	$extra     = ' type="module"';
	$integrity = hart_widgets_integrity( 'hart.js' );
	if ( '' !== $integrity ) {
		$extra .= sprintf( ' integrity="%s" crossorigin="anonymous"', esc_attr( $integrity ) );
	}
	$tag = preg_replace( '/\stype=([\'"])text\/javascript\1/', '', $tag );
	return preg_replace( '/<script(?=[^>]*\ssrc=)/', '<script' . $extra, $tag, 1 );
}
add_filter( 'script_loader_tag', 'hart_widgets_script_loader_tag', 10, 2 );

/**
 * WordPress 6.5 and later: the script module's tag gets the integrity.
 *
 * @param array $attributes Attributes of a script tag.
 * @return array
 */
function hart_widgets_script_module_attributes( $attributes ) {
	if ( isset( $attributes['id'] ) && 'hart-widgets-js-module' === $attributes['id'] ) {
		$integrity = hart_widgets_integrity( 'hart.js' );
		if ( '' !== $integrity ) {
			$attributes['integrity']   = $integrity;
			$attributes['crossorigin'] = 'anonymous';
		}
	}
	return $attributes;
}
add_filter( 'wp_script_attributes', 'hart_widgets_script_module_attributes' );

/**
 * Whether this page is known to use an element before its content is rendered: a site-wide element is on, or a post
 * of the main query holds one. Content rendered later still asks for the script itself.
 *
 * @return bool
 */
function hart_widgets_page_uses_elements() {
	$settings = hart_widgets_get_settings();
	if ( $settings['quick_exit'] || 'none' !== $settings['banner'] ) {
		return true;
	}
	global $wp_query;
	if ( $wp_query instanceof WP_Query ) {
		foreach ( (array) $wp_query->posts as $post ) {
			if ( $post instanceof WP_Post && hart_widgets_content_uses( $post->post_content ) ) {
				return true;
			}
		}
	}
	return false;
}

/**
 * On pages that use an element: the script, the feed setting as the page-wide `hart-feed`, and the elements'
 * reserved sizes (cdn/reserve.css, when the build ships it) inline, so nothing moves when they upgrade.
 */
function hart_widgets_enqueue_front() {
	if ( ! hart_widgets_page_uses_elements() ) {
		return;
	}
	hart_widgets_use_script();

	$css  = '';
	$path = HART_WIDGETS_DIR . 'cdn/reserve.css';
	if ( is_readable( $path ) ) {
		$css = (string) file_get_contents( $path ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file of this plugin.
	}
	$css .= hart_widgets_site_wide_css();
	if ( '' !== trim( $css ) ) {
		wp_register_style( 'hart-widgets', false, array(), HART_WIDGETS_VERSION );
		wp_enqueue_style( 'hart-widgets' );
		wp_add_inline_style( 'hart-widgets', wp_strip_all_tags( $css ) );
	}
}
add_action( 'wp_enqueue_scripts', 'hart_widgets_enqueue_front' );

/**
 * The feed setting as `<meta name="hart-feed">`, which every element on the page reads, raw tags included.
 */
function hart_widgets_print_feed_meta() {
	$feed = hart_widgets_get_settings()['feed'];
	if ( '' !== $feed ) {
		printf( '<meta name="hart-feed" content="%s" />' . "\n", esc_url( $feed ) );
	}
}
add_action( 'wp_head', 'hart_widgets_print_feed_meta', 1 );

/**
 * The block editor: the blocks' controls, and the elements themselves for the previews. In the editor a quick exit
 * never leaves (its cancelable `hart-exit` event is cancelled), so no one loses unsaved work.
 */
function hart_widgets_enqueue_editor() {
	wp_register_script(
		'hart-widgets-editor',
		plugins_url( 'assets/editor.js', HART_WIDGETS_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-components', 'wp-block-editor', 'wp-server-side-render' ),
		HART_WIDGETS_VERSION,
		true
	);
	$elements = array();
	foreach ( hart_widgets_definitions()['elements'] as $tag => $element ) {
		$elements[] = array(
			'tag'        => $tag,
			'block'      => $element['block'],
			'attributes' => $element['attributes'],
		);
	}
	$data = array(
		'elements'   => $elements,
		'attributes' => hart_widgets_attribute_labels(),
		'values'     => hart_widgets_value_labels(),
		'panel'      => __( 'Settings', 'hart-widgets' ),
		'default'    => __( 'Default', 'hart-widgets' ),
	);
	wp_add_inline_script( 'hart-widgets-editor', 'window.hartWidgetsEditor = ' . wp_json_encode( $data ) . ';', 'before' );
	wp_enqueue_script( 'hart-widgets-editor' );
	hart_widgets_use_script();
}
add_action( 'enqueue_block_editor_assets', 'hart_widgets_enqueue_editor' );
