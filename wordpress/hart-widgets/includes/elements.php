<?php
/**
 * The elements: definitions generated from custom-elements.json at build time (elements.json), and the three ways
 * to put them in content that survive kses for every role: shortcodes, dynamic blocks and allowed raw tags.
 *
 * @package HartWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The generated definitions: `elements` (tag => block name and attributes, each with a type: boolean, enum with
 * values, number, url or string) and `fallbacks` (tag => language => plain no-JavaScript markup).
 *
 * @return array
 */
function hart_widgets_definitions() {
	static $definitions = null;
	if ( null === $definitions ) {
		$path        = HART_WIDGETS_DIR . 'elements.json';
		$json        = is_readable( $path ) ? file_get_contents( $path ) : false; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file of this plugin.
		$definitions = $json ? json_decode( $json, true ) : null;
		if ( ! is_array( $definitions ) || empty( $definitions['elements'] ) ) {
			$definitions = array(
				'elements'  => array(),
				'fallbacks' => array(),
			);
		}
	}
	return $definitions;
}

/**
 * Whether a shortcode or block value means "on".
 *
 * @param mixed $value Attribute value.
 * @return bool
 */
function hart_widgets_is_on( $value ) {
	if ( is_bool( $value ) ) {
		return $value;
	}
	return in_array( strtolower( trim( (string) $value ) ), array( '', '1', 'true', 'yes', 'on' ), true );
}

/**
 * An https URL, or (when `$allow_path`) a path of this site such as `/neutral`; null for anything else.
 *
 * @param mixed $value      The value given.
 * @param bool  $allow_path Whether a root-relative path is accepted.
 * @return string|null
 */
function hart_widgets_clean_url( $value, $allow_path = false ) {
	$value = trim( (string) $value );
	if ( $allow_path && preg_match( '#^/(?![/\\\\])#', $value ) ) {
		return esc_url_raw( $value );
	}
	$url = esc_url_raw( $value, array( 'https' ) );
	if ( '' === $url || 0 !== strpos( $url, 'https://' ) || ! wp_parse_url( $url, PHP_URL_HOST ) ) {
		return null;
	}
	return $url;
}

/**
 * One attribute value made safe for its documented type; null when refused (the element then keeps its default).
 *
 * @param array  $spec  The attribute's definition.
 * @param string $name  The attribute's name.
 * @param mixed  $value The value given.
 * @return string|true|null
 */
function hart_widgets_clean_value( $spec, $name, $value ) {
	switch ( $spec['type'] ) {
		case 'boolean':
			return hart_widgets_is_on( $value ) ? true : null;
		case 'enum':
			$value = strtolower( trim( (string) $value ) );
			return in_array( $value, $spec['values'], true ) ? $value : null;
		case 'number':
			return is_numeric( $value ) ? (string) ( 0 + $value ) : null;
		case 'url':
			return hart_widgets_clean_url( $value, 'feed' !== $name );
		default:
			$value = sanitize_text_field( (string) $value );
			return '' === $value ? null : $value;
	}
}

/**
 * The language of the markup shown before the element upgrades: its own, else the setting's, else the site's.
 *
 * @param array $attributes Clean attributes.
 * @return string `en` or `es`.
 */
function hart_widgets_fallback_language( $attributes ) {
	if ( isset( $attributes['lang'] ) ) {
		return $attributes['lang'];
	}
	return 0 === strpos( get_locale(), 'es' ) ? 'es' : 'en';
}

/**
 * The HTML of one element: its documented attributes (others dropped, values checked), the site-wide language and
 * quick exit page where it sets none, and plain links inside for visitors whose browser runs no script.
 * Also asks for the script on this page.
 *
 * @param string $tag        A hart- tag.
 * @param array  $attributes Attribute values, by name.
 * @return string
 */
function hart_widgets_render( $tag, $attributes ) {
	$definitions = hart_widgets_definitions();
	if ( ! isset( $definitions['elements'][ $tag ] ) ) {
		return '';
	}
	$specs    = $definitions['elements'][ $tag ]['attributes'];
	$settings = hart_widgets_get_settings();
	$given    = is_array( $attributes ) ? $attributes : array();
	if ( empty( $given['lang'] ) && '' !== $settings['language'] ) {
		$given['lang'] = $settings['language'];
	}
	foreach ( array( 'href', 'exit-href' ) as $exit ) {
		if ( isset( $specs[ $exit ] ) && empty( $given[ $exit ] ) && '' !== $settings['exit_href'] ) {
			$given[ $exit ] = $settings['exit_href'];
		}
	}

	$clean = array();
	$html  = '';
	foreach ( $specs as $name => $spec ) {
		if ( ! array_key_exists( $name, $given ) ) {
			continue;
		}
		$value = hart_widgets_clean_value( $spec, $name, $given[ $name ] );
		if ( null === $value ) {
			continue;
		}
		$clean[ $name ] = $value;
		$html          .= true === $value ? ' ' . $name : sprintf( ' %s="%s"', $name, esc_attr( $value ) );
	}

	$lang     = hart_widgets_fallback_language( $clean );
	$fallback = isset( $definitions['fallbacks'][ $tag ][ $lang ] ) ? $definitions['fallbacks'][ $tag ][ $lang ] : '';
	if ( '' !== $fallback && isset( $clean['href'] ) ) {
		// The quick exit's plain link goes where the element goes.
		$fallback = preg_replace( '/href="[^"]*"/', 'href="' . esc_url( $clean['href'] ) . '"', $fallback, 1 );
	}

	hart_widgets_use_script();
	return sprintf( '<%1$s%2$s>%3$s</%1$s>', $tag, $html, $fallback );
}

/**
 * The shortcode of every element: `[hart-red-flags audience="hospitality" expanded]`.
 *
 * @param array|string $atts          Shortcode attributes; a bare word turns a boolean attribute on.
 * @param string|null  $content       Unused.
 * @param string       $shortcode_tag The tag, which is the shortcode's name.
 * @return string
 */
function hart_widgets_shortcode( $atts, $content, $shortcode_tag ) {
	$given = array();
	foreach ( (array) $atts as $key => $value ) {
		if ( is_int( $key ) ) {
			$given[ strtolower( $value ) ] = true;
		} else {
			$given[ $key ] = $value;
		}
	}
	return hart_widgets_render( $shortcode_tag, $given );
}

/**
 * The shortcodes and dynamic blocks, one of each per element.
 */
function hart_widgets_register_elements() {
	$labels = hart_widgets_element_labels();
	foreach ( hart_widgets_definitions()['elements'] as $tag => $element ) {
		add_shortcode( $tag, 'hart_widgets_shortcode' );

		$attributes = array();
		foreach ( $element['attributes'] as $name => $spec ) {
			$attributes[ $name ] = array( 'type' => 'boolean' === $spec['type'] ? 'boolean' : 'string' );
		}
		register_block_type(
			$element['block'],
			array(
				'api_version'     => 2,
				'title'           => isset( $labels[ $tag ] ) ? $labels[ $tag ][0] : $tag,
				'description'     => isset( $labels[ $tag ] ) ? $labels[ $tag ][1] : '',
				'category'        => 'widgets',
				'icon'            => 'sos',
				'keywords'        => array( 'hart', 'hotline', __( 'human trafficking', 'hart-widgets' ) ),
				'attributes'      => $attributes,
				'supports'        => array( 'html' => false ),
				'render_callback' => static function ( $block_attributes ) use ( $tag ) {
					if ( 'hart-quick-exit' === $tag && defined( 'REST_REQUEST' ) && REST_REQUEST ) {
						// The editor's preview (rendered through the REST API): the exit stays inside its block
						// rather than fixed over the editor's own toolbar.
						$block_attributes['placement'] = 'static';
					}
					return hart_widgets_render( $tag, $block_attributes );
				},
			)
		);
	}
}
add_action( 'init', 'hart_widgets_register_elements' );

/**
 * Lets the hart- tags and their documented attributes through kses in post content, so raw tags saved by a user
 * without `unfiltered_html` (Authors, Contributors, everyone but the Super Admin on Multisite) are kept.
 *
 * @param array        $tags    Allowed tags and attributes.
 * @param string|array $context The kses context.
 * @return array
 */
function hart_widgets_kses_allowed_html( $tags, $context ) {
	if ( 'post' !== $context ) {
		return $tags;
	}
	foreach ( hart_widgets_definitions()['elements'] as $tag => $element ) {
		$allowed = array(
			'class' => true,
			'id'    => true,
			'lang'  => true,
		);
		foreach ( array_keys( $element['attributes'] ) as $name ) {
			$allowed[ $name ] = true;
		}
		$tags[ $tag ] = $allowed;
	}
	return $tags;
}
add_filter( 'wp_kses_allowed_html', 'hart_widgets_kses_allowed_html', 10, 2 );

/**
 * The elements' URL attributes get kses's protocol check, as `href` does.
 *
 * @param string[] $attributes Attribute names holding URLs.
 * @return string[]
 */
function hart_widgets_kses_uri_attributes( $attributes ) {
	$attributes[] = 'feed';
	$attributes[] = 'exit-href';
	return $attributes;
}
add_filter( 'wp_kses_uri_attributes', 'hart_widgets_kses_uri_attributes' );

/**
 * Whether content holds an element in any form: raw tag, shortcode or block.
 *
 * @param string $content Post content.
 * @return bool
 */
function hart_widgets_content_uses( $content ) {
	return false !== stripos( $content, '<hart-' )
		|| false !== stripos( $content, '[hart-' )
		|| false !== strpos( $content, '<!-- wp:hart-widgets/' );
}

/**
 * Raw tags in rendered content (posts, widgets) ask for the script.
 *
 * @param string $content Rendered content.
 * @return string Unchanged.
 */
function hart_widgets_detect_raw_tags( $content ) {
	if ( is_string( $content ) && false !== stripos( $content, '<hart-' ) ) {
		hart_widgets_use_script();
	}
	return $content;
}
add_filter( 'the_content', 'hart_widgets_detect_raw_tags', 99 );
add_filter( 'widget_text_content', 'hart_widgets_detect_raw_tags', 99 );
add_filter( 'widget_block_content', 'hart_widgets_detect_raw_tags', 99 );
