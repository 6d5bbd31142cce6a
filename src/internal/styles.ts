/**
 * Styles shared by every element. Elements set their own font, colour and size on :host so that host-page CSS
 * cannot break them. Host rules such as `* { all: revert }` or `body * { color: #777 !important }` reach an element's
 * host box (never its shadow tree); for `!important` declarations the shadow tree's own win over the page's, so the
 * text properties the contents inherit, and the host's display, are `!important` here. Pages theme the elements
 * through `--hart-*` custom properties and `::part()`, which still apply.
 */
import { css } from 'lit';

export const hostStyles = css`
  :host {
    box-sizing: border-box !important;
    display: block !important;
    /* max(): never smaller than 16px even when the host shrinks the root font size; a larger user setting wins. */
    font-size: var(--hart-font-size, max(1rem, 16px)) !important;
    font-family: var(--hart-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif) !important;
    font-weight: 400 !important;
    font-style: normal !important;
    line-height: 1.5 !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-align: start !important;
    text-transform: none !important;
    text-indent: 0 !important;
    white-space: normal !important;
    color: var(--hart-color-text, #1b1b1b) !important;
    overflow-wrap: anywhere !important;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  a {
    color: var(--hart-color-link, #0b4f9c);
  }
  a:focus-visible,
  button:focus-visible,
  summary:focus-visible,
  input:focus-visible,
  select:focus-visible {
    outline: 3px solid var(--hart-color-focus, #c9302c);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    padding: 0 !important;
    margin: -1px !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  @media (forced-colors: active) {
    a {
      color: LinkText;
    }
  }
`;
