import { css } from 'lit';

export const quickExitStyles = css`
  /*
   * Fixed to the top corner of the viewport, wherever the tag is, below WordPress's admin bar when it shows.
   * !important: the page's own rules on the host box must not move it (see internal/styles.ts).
   */
  :host {
    position: fixed !important;
    top: var(--hart-exit-top, var(--wp-admin--admin-bar--height, 0px)) !important;
    inset-inline-end: 0 !important;
    z-index: var(--hart-exit-z, 1000) !important;
    pointer-events: none !important;
  }
  :host([placement='sticky']) {
    position: sticky !important;
  }
  :host([placement='static']) {
    position: static !important;
  }
  .bar {
    display: flex;
    flex-direction: column;
    align-items: flex-end;
    gap: 0.125em;
    padding: 0.25em;
  }
  .button {
    pointer-events: auto;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: 44px;
    min-width: 44px;
    padding: 0.375em 1em;
    border: 2px solid var(--hart-exit-border, #7a1712);
    border-radius: var(--hart-radius, 6px);
    background: var(--hart-exit-bg, #b3261e);
    color: var(--hart-exit-color, #ffffff);
    font-weight: 700;
    text-decoration: none;
    box-shadow: 0 2px 0 rgb(0 0 0 / 0.35);
  }
  .button:hover {
    text-decoration: underline;
  }
  .hint {
    pointer-events: auto;
    font-size: 0.875em;
    background: var(--hart-exit-hint-bg, #ffffff);
    color: var(--hart-exit-hint-color, #1b1b1b);
    padding: 0 0.25em;
    border-radius: 3px;
  }
  /* No Shift key on a touch screen: the hint would only take room. */
  @media (hover: none) {
    .hint {
      display: none;
    }
  }
  .cover {
    visibility: visible;
    /* The host lets clicks through around the button; the cover must not. */
    pointer-events: auto;
    position: fixed;
    inset: 0;
    width: 100vw;
    height: 100vh;
    max-width: none;
    max-height: none;
    margin: 0;
    padding: 0;
    border: 0;
    background: var(--hart-exit-cover-bg, #ffffff);
  }
  .cover::backdrop {
    background: var(--hart-exit-cover-bg, #ffffff);
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
      color: LinkText;
      background: ButtonFace;
    }
    .cover,
    .cover::backdrop {
      background: Canvas;
    }
  }
  @media print {
    :host {
      display: none !important;
    }
  }
`;
