import { css } from 'lit';

export const bannerStyles = css`
  /* !important: the page's own rules on the host box must not unstick it (see internal/styles.ts). */
  :host([position='top']),
  :host([position='bottom']) {
    position: sticky !important;
    z-index: var(--hart-banner-z, 900) !important;
  }
  :host([position='top']) {
    top: 0 !important;
  }
  :host([position='bottom']) {
    bottom: 0 !important;
  }
  :host([variant='inline']) {
    display: inline !important;
  }
  :host([hidden]) {
    display: none !important;
  }
  :host {
    --_link-bg: var(--hart-banner-link-bg, #0b4f9c);
    --_link-color: var(--hart-banner-link-color, #ffffff);
  }
  .banner {
    display: block;
    background: var(--hart-banner-bg, #f3f6fb);
    color: var(--hart-banner-color, #1b1b1b);
    border: 1px solid var(--hart-banner-border, #9fb3cf);
    border-radius: var(--hart-radius, 6px);
    padding: 0.75em 1em;
  }
  .banner--compact {
    padding: 0.5em 0.75em;
  }
  .banner--inline {
    display: inline;
    background: none;
    border: 0;
    padding: 0;
    color: inherit;
  }
  .top {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
    margin-bottom: 0.5em;
  }
  .heading {
    margin: 0;
    font-weight: 700;
    font-size: 1.125em;
  }
  .banner--compact .heading {
    font-size: 1em;
  }
  .lines {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75em;
  }
  .banner--compact .lines {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.5em;
  }
  .line {
    display: grid;
    gap: 0.25em;
  }
  .banner--compact .line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .banner--inline .line {
    display: inline;
  }
  .name {
    font-weight: 700;
  }
  .banner--compact .name {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  .banner--compact .when {
    font-weight: 700;
  }
  .details {
    font-size: 0.9375em;
  }
  .banner--inline .link {
    display: inline-block;
    /* Links inside a sentence are exempt from the target-size minimum (WCAG 2.5.8). */
    min-height: 0;
    min-width: 0;
    padding: 0;
    background: none;
    color: var(--hart-color-link, #0b4f9c);
    text-decoration: underline;
  }
  .dismiss {
    min-width: 44px;
    min-height: 44px;
    margin-inline-start: auto;
    border: 1px solid currentColor;
    border-radius: var(--hart-radius, 6px);
    background: transparent;
    color: inherit;
    font: inherit;
    font-size: 1.25em;
    line-height: 1;
    cursor: pointer;
  }
  @media (forced-colors: active) {
    .banner {
      border-color: CanvasText;
    }
  }
  @media print {
    :host,
    :host([position]) {
      position: static !important;
    }
    .banner {
      background: none;
      border: 1px solid #000;
      color: #000;
    }
    .link {
      background: none;
      color: #000;
      border: 1px solid #000;
    }
    /* The quick exit hides itself in print. */
    .dismiss {
      display: none !important;
    }
  }
`;
