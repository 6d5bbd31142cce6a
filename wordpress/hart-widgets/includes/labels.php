<?php
/**
 * The words the block editor shows for each element, attribute and value. A test checks that every tag, attribute
 * and value in custom-elements.json has one here, and that each has its Spanish in languages/.
 *
 * @package HartWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Block title and description of each element.
 *
 * @return array<string, string[]> Tag => array( title, description ).
 */
function hart_widgets_element_labels() {
	return array(
		'hart-hotline-banner'   => array(
			__( 'Hotline banner', 'hart-widgets' ),
			__( 'The human-trafficking help numbers, with call and text links.', 'hart-widgets' ),
		),
		'hart-quick-exit'       => array(
			__( 'Quick exit', 'hart-widgets' ),
			__( 'A button that leaves this page for a neutral one at once.', 'hart-widgets' ),
		),
		'hart-red-flags'        => array(
			__( 'Red flags', 'hart-widgets' ),
			__( 'Signs of human trafficking and what to do, for the public or for staff.', 'hart-widgets' ),
		),
		'hart-provider-finder'  => array(
			__( 'Provider finder', 'hart-widgets' ),
			__( 'Search for help services in Connecticut by need, place and language.', 'hart-widgets' ),
		),
		'hart-event-list'       => array(
			__( 'Event list', 'hart-widgets' ),
			__( 'Upcoming trainings and events on human trafficking.', 'hart-widgets' ),
		),
		'hart-awareness-notice' => array(
			__( 'Awareness notice', 'hart-widgets' ),
			__( 'The human-trafficking notice Connecticut law requires some businesses to post.', 'hart-widgets' ),
		),
	);
}

/**
 * Control label of each attribute.
 *
 * @return array<string, string> Attribute name => label.
 */
function hart_widgets_attribute_labels() {
	return array(
		'lang'            => __( 'Language', 'hart-widgets' ),
		'feed'            => __( 'Data feed address (https)', 'hart-widgets' ),
		'lines'           => __( 'Hotlines to show (ids, separated by spaces)', 'hart-widgets' ),
		'variant'         => __( 'Style', 'hart-widgets' ),
		'position'        => __( 'Position', 'hart-widgets' ),
		'quick-exit'      => __( 'Add a quick exit button', 'hart-widgets' ),
		'exit-href'       => __( 'Quick exit page', 'hart-widgets' ),
		'dismissible'     => __( 'Visitors can hide it', 'hart-widgets' ),
		'href'            => __( 'Page to go to', 'hart-widgets' ),
		'no-hint'         => __( 'Hide the Shift key hint', 'hart-widgets' ),
		'placement'       => __( 'Where the button sits', 'hart-widgets' ),
		'audience'        => __( 'Audience', 'hart-widgets' ),
		'categories'      => __( 'Categories (ids, separated by spaces)', 'hart-widgets' ),
		'expanded'        => __( 'Every section starts open', 'hart-widgets' ),
		'heading-level'   => __( 'Heading level', 'hart-widgets' ),
		'service'         => __( 'Type of help (ids, separated by spaces)', 'hart-widgets' ),
		'near'            => __( 'ZIP code or town', 'hart-widgets' ),
		'age'             => __( 'Age', 'hart-widgets' ),
		'language'        => __( 'Services in this language (code, e.g. es)', 'hart-widgets' ),
		'population'      => __( 'Group served', 'hart-widgets' ),
		'text'            => __( 'Search words', 'hart-widgets' ),
		'radius-miles'    => __( 'Distance in miles', 'hart-widgets' ),
		'sync-url'        => __( 'Keep the search in the page address', 'hart-widgets' ),
		'page-size'       => __( 'Results shown at first', 'hart-widgets' ),
		'type'            => __( 'Event types (separated by spaces)', 'hart-widgets' ),
		'limit'           => __( 'Most events shown', 'hart-widgets' ),
		'now'             => __( 'Treat this date and time as now', 'hart-widgets' ),
		'show-past'       => __( 'Also list past events', 'hart-widgets' ),
		'structured-data' => __( 'Add event data for search engines', 'hart-widgets' ),
		'time-zone'       => __( 'Visitor time zone', 'hart-widgets' ),
		'mode'            => __( 'Mode', 'hart-widgets' ),
		'langs'           => __( 'Languages, in order (e.g. en es)', 'hart-widgets' ),
		'layout'          => __( 'Poster layout', 'hart-widgets' ),
		'rotate-seconds'  => __( 'Seconds per language on a display', 'hart-widgets' ),
		'qr'              => __( 'QR code', 'hart-widgets' ),
		'requirements'    => __( 'Also show who must post it and where', 'hart-widgets' ),
	);
}

/**
 * Option label of each value of an attribute that takes one of a few values.
 *
 * @return array<string, string> Value => label.
 */
function hart_widgets_value_labels() {
	return array(
		'en'          => __( 'English', 'hart-widgets' ),
		'es'          => __( 'Spanish', 'hart-widgets' ),
		'full'        => __( 'Full', 'hart-widgets' ),
		'compact'     => __( 'Compact', 'hart-widgets' ),
		'inline'      => __( 'Within the text', 'hart-widgets' ),
		'static'      => __( 'Where it is placed', 'hart-widgets' ),
		'top'         => __( 'Fixed at the top', 'hart-widgets' ),
		'bottom'      => __( 'Fixed at the bottom', 'hart-widgets' ),
		'fixed'       => __( 'Always on screen, with room kept for it', 'hart-widgets' ),
		'overlay'     => __( 'Always on screen, over the page', 'hart-widgets' ),
		'sticky'      => __( 'At the top of its container', 'hart-widgets' ),
		'general'     => __( 'General public', 'hart-widgets' ),
		'hospitality' => __( 'Hotel staff', 'hart-widgets' ),
		'education'   => __( 'School staff', 'hart-widgets' ),
		'healthcare'  => __( 'Health care', 'hart-widgets' ),
		'youth'       => __( 'Teens', 'hart-widgets' ),
		'card'        => __( 'Card', 'hart-widgets' ),
		'list'        => __( 'List', 'hart-widgets' ),
		'poster'      => __( 'Poster to print', 'hart-widgets' ),
		'display'     => __( 'Full-screen display', 'hart-widgets' ),
		'combined'    => __( 'All languages on one sheet', 'hart-widgets' ),
		'separate'    => __( 'One sheet per language', 'hart-widgets' ),
		'call'        => __( 'Call the hotline', 'hart-widgets' ),
		'text'        => __( 'Text the hotline', 'hart-widgets' ),
		'none'        => __( 'No QR code', 'hart-widgets' ),
	);
}
