/**
 * Styles shared by every element. Elements set their own font, colour and size on :host so that host-page CSS
 * (resets, `html { font-size: 62.5% }`, !important colours on descendants) cannot break them.
 */
import { css } from 'lit';

export const hostStyles = css`
  :host {
    box-sizing: border-box;
    display: block;
    /* max(): never smaller than 16px even when the host shrinks the root font size; a larger user setting wins. */
    font-size: var(--hart-font-size, max(1rem, 16px));
    font-family: var(--hart-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    font-weight: 400;
    font-style: normal;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-transform: none;
    color: var(--hart-color-text, #1b1b1b);
    overflow-wrap: anywhere;
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
