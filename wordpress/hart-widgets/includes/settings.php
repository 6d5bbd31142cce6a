<?php
/**
 * Settings > Hart widgets. Everything is kept in one option, `hart_widgets_settings`, an array with these keys:
 *
 * - `quick_exit` (bool): a quick exit on every page; default false.
 * - `exit_href` (string): where quick exits go, an https URL or a path of this site ('/neutral'); '' for the
 *   elements' default (a weather page).
 * - `banner` (string): a hotline banner on every page, 'none' (default), 'top' or 'bottom'.
 * - `language` (string): '' (default) to follow the page's language, or 'en' / 'es' for every element.
 * - `feed` (string): '' (default, the bundled data) or the https URL of a hosted hart-data.json.
 *
 * @package HartWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The settings' defaults.
 *
 * @return array
 */
function hart_widgets_default_settings() {
	return array(
		'quick_exit' => false,
		'exit_href'  => '',
		'banner'     => 'none',
		'language'   => '',
		'feed'       => '',
	);
}

/**
 * The saved settings over the defaults.
 *
 * @return array
 */
function hart_widgets_get_settings() {
	$saved = get_option( 'hart_widgets_settings', array() );
	$saved = is_array( $saved ) ? $saved : array();
	return array_merge( hart_widgets_default_settings(), array_intersect_key( $saved, hart_widgets_default_settings() ) );
}

/**
 * Sanitize callback of the option: known keys and values only. A feed or quick exit page that is not a safe address
 * is refused with a message, and the value saved before is kept.
 *
 * @param mixed $input The submitted values.
 * @return array
 */
function hart_widgets_sanitize_settings( $input ) {
	$input    = is_array( $input ) ? $input : array();
	$previous = hart_widgets_get_settings();
	$clean    = hart_widgets_default_settings();

	$clean['quick_exit'] = ! empty( $input['quick_exit'] );
	if ( isset( $input['banner'] ) && in_array( $input['banner'], array( 'none', 'top', 'bottom' ), true ) ) {
		$clean['banner'] = $input['banner'];
	}
	if ( isset( $input['language'] ) && in_array( $input['language'], array( '', 'en', 'es' ), true ) ) {
		$clean['language'] = $input['language'];
	}

	$feed = isset( $input['feed'] ) ? trim( (string) $input['feed'] ) : '';
	if ( '' !== $feed ) {
		$url = hart_widgets_clean_url( $feed );
		if ( null === $url ) {
			add_settings_error( 'hart_widgets_settings', 'hart-widgets-feed', __( 'The data feed must be an https address. The previous value was kept.', 'hart-widgets' ) );
			$url = $previous['feed'];
		}
		$clean['feed'] = $url;
	}

	$exit = isset( $input['exit_href'] ) ? trim( (string) $input['exit_href'] ) : '';
	if ( '' !== $exit ) {
		$url = hart_widgets_clean_url( $exit, true );
		if ( null === $url ) {
			add_settings_error( 'hart_widgets_settings', 'hart-widgets-exit-href', __( 'The quick exit page must be an https address or a path of this site starting with /. The previous value was kept.', 'hart-widgets' ) );
			$url = $previous['exit_href'];
		}
		$clean['exit_href'] = $url;
	}
	return $clean;
}

/**
 * Registers the option, the page's section and its fields.
 */
function hart_widgets_register_settings() {
	register_setting(
		'hart_widgets',
		'hart_widgets_settings',
		array(
			'type'              => 'array',
			'sanitize_callback' => 'hart_widgets_sanitize_settings',
			'default'           => hart_widgets_default_settings(),
		)
	);
	add_settings_section( 'hart_widgets_site', __( 'On every page', 'hart-widgets' ), '__return_false', 'hart-widgets' );
	$fields = array(
		'quick_exit' => __( 'Quick exit', 'hart-widgets' ),
		'exit_href'  => __( 'Quick exit page', 'hart-widgets' ),
		'banner'     => __( 'Hotline banner', 'hart-widgets' ),
		'language'   => __( 'Language', 'hart-widgets' ),
		'feed'       => __( 'Data feed', 'hart-widgets' ),
	);
	foreach ( $fields as $key => $label ) {
		add_settings_field(
			'hart_widgets_' . $key,
			$label,
			'hart_widgets_render_field',
			'hart-widgets',
			'hart_widgets_site',
			array(
				'key'       => $key,
				'label_for' => 'quick_exit' === $key ? null : 'hart-widgets-' . $key,
			)
		);
	}
}
add_action( 'admin_init', 'hart_widgets_register_settings' );

/**
 * Prints one field of the settings page.
 *
 * @param array $args The field's key.
 */
function hart_widgets_render_field( $args ) {
	$key      = $args['key'];
	$settings = hart_widgets_get_settings();
	$name     = 'hart_widgets_settings[' . $key . ']';
	$id       = 'hart-widgets-' . $key;
	switch ( $key ) {
		case 'quick_exit':
			printf(
				'<label for="%1$s"><input type="checkbox" id="%1$s" name="%2$s" value="1" %3$s /> %4$s</label>',
				esc_attr( $id ),
				esc_attr( $name ),
				checked( $settings['quick_exit'], true, false ),
				esc_html__( 'Show a quick exit button at the top of every page.', 'hart-widgets' )
			);
			break;
		case 'banner':
		case 'language':
			$options = 'banner' === $key
				? array(
					'none'   => __( 'None', 'hart-widgets' ),
					'top'    => __( 'At the top of every page', 'hart-widgets' ),
					'bottom' => __( 'At the bottom of every page', 'hart-widgets' ),
				)
				: array(
					''   => __( 'The language of the page', 'hart-widgets' ),
					'en' => __( 'English', 'hart-widgets' ),
					'es' => __( 'Spanish', 'hart-widgets' ),
				);
			printf( '<select id="%1$s" name="%2$s">', esc_attr( $id ), esc_attr( $name ) );
			foreach ( $options as $value => $label ) {
				printf( '<option value="%1$s" %2$s>%3$s</option>', esc_attr( $value ), selected( $settings[ $key ], $value, false ), esc_html( $label ) );
			}
			echo '</select>';
			break;
		default:
			$help = 'feed' === $key
				? __( 'Optional. The https address of a hosted hart-data.json, to show data updated after this version of the plugin. Empty: the data bundled with the plugin.', 'hart-widgets' )
				: __( 'Where the quick exit goes: an https address, or a page of this site starting with /. Empty: a weather page.', 'hart-widgets' );
			printf(
				'<input type="url" class="regular-text" id="%1$s" name="%2$s" value="%3$s" aria-describedby="%1$s-help" /><p class="description" id="%1$s-help">%4$s</p>',
				esc_attr( $id ),
				esc_attr( $name ),
				esc_attr( $settings[ $key ] ),
				esc_html( $help )
			);
	}
}

/**
 * Adds Settings > Hart widgets.
 */
function hart_widgets_add_settings_page() {
	add_options_page(
		__( 'Hart widgets', 'hart-widgets' ),
		__( 'Hart widgets', 'hart-widgets' ),
		'manage_options',
		'hart-widgets',
		'hart_widgets_render_settings_page'
	);
}
add_action( 'admin_menu', 'hart_widgets_add_settings_page' );

/**
 * Prints the settings page.
 */
function hart_widgets_render_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
	echo '<p>' . esc_html__( 'Authors and Contributors can add the elements to posts with the Hart widgets blocks or with shortcodes such as [hart-red-flags audience="hospitality"].', 'hart-widgets' ) . '</p>';
	echo '<form action="options.php" method="post">';
	settings_fields( 'hart_widgets' );
	do_settings_sections( 'hart-widgets' );
	submit_button();
	echo '</form></div>';
}

/**
 * A Settings link on the Plugins screen.
 *
 * @param string[] $links The plugin's action links.
 * @return string[]
 */
function hart_widgets_action_links( $links ) {
	$url = admin_url( 'options-general.php?page=hart-widgets' );
	array_unshift( $links, sprintf( '<a href="%s">%s</a>', esc_url( $url ), esc_html__( 'Settings', 'hart-widgets' ) ) );
	return $links;
}
add_filter( 'plugin_action_links_' . plugin_basename( HART_WIDGETS_FILE ), 'hart_widgets_action_links' );
