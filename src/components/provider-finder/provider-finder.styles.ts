import { css } from 'lit';

export const finderStyles = css`
  /* minmax(0, 1fr): a grid column may shrink below its content's min-content width (320 px reflow). */
  .finder {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1em;
    background: var(--hart-finder-bg, transparent);
    color: var(--hart-finder-color, inherit);
  }
  form {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75em;
    padding: 1em;
    border: 1px solid var(--hart-finder-border, #9fb3cf);
    border-radius: var(--hart-radius, 6px);
    background: var(--hart-finder-form-bg, #f3f6fb);
  }
  .field {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.25em;
    min-width: 0;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    align-items: end;
  }
  .row > .field {
    flex: 1 1 14em;
  }
  label,
  legend,
  summary {
    font-weight: 700;
  }
  .hint {
    font-size: 0.875em;
    color: var(--hart-finder-muted, #4a4a4a);
    margin: 0;
  }
  .error {
    margin: 0;
    color: var(--hart-finder-error, #a4262c);
    font-weight: 700;
  }
  input,
  select,
  button {
    font: inherit;
    min-height: 44px;
    border-radius: var(--hart-radius, 6px);
  }
  input,
  select {
    width: 100%;
    max-width: 100%;
    padding: 0.375em 0.5em;
    border: 2px solid var(--hart-finder-input-border, #5c6f89);
    background: var(--hart-finder-input-bg, #ffffff);
    color: var(--hart-finder-input-color, #1b1b1b);
  }
  input[aria-invalid='true'] {
    border-color: var(--hart-finder-error, #a4262c);
  }
  button {
    cursor: pointer;
    padding: 0.375em 1em;
    border: 2px solid var(--hart-finder-accent, #0b4f9c);
    background: var(--hart-finder-button-bg, #ffffff);
    color: var(--hart-finder-accent, #0b4f9c);
    font-weight: 700;
  }
  button.primary {
    background: var(--hart-finder-accent, #0b4f9c);
    color: var(--hart-finder-accent-contrast, #ffffff);
  }
  button[disabled] {
    cursor: default;
    opacity: 0.7;
  }
  .location {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .location p {
    margin: 0;
  }
  details {
    border-top: 1px solid var(--hart-finder-border, #9fb3cf);
    padding-top: 0.5em;
  }
  summary {
    cursor: pointer;
    min-height: 44px;
    padding: 0.5em 0;
  }
  .filters {
    /* The details element's content slot sits in a browser shadow root our inherit rule cannot reach. */
    box-sizing: border-box;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75em;
    padding-top: 0.5em;
  }
  fieldset {
    margin: 0;
    padding: 0.5em 0.75em;
    border: 1px solid var(--hart-finder-border, #9fb3cf);
    border-radius: var(--hart-radius, 6px);
    min-width: 0;
  }
  .checks {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14em), 1fr));
    gap: 0 1em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .check {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-height: 44px;
    font-weight: 400;
    cursor: pointer;
  }
  .check input {
    width: 1.25em;
    height: 1.25em;
    min-height: 0;
    flex: none;
    margin: 0;
  }
  .summary-bar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
    justify-content: space-between;
  }
  .count {
    margin: 0;
    font-weight: 700;
  }
  .results {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1em;
  }
  .card {
    border: 1px solid var(--hart-finder-border, #9fb3cf);
    border-radius: var(--hart-radius, 6px);
    background: var(--hart-finder-card-bg, #ffffff);
    padding: 1em;
  }
  .card article {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5em;
  }
  .card article > * {
    margin: 0;
  }
  .name {
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }
  .name:focus {
    outline: 3px solid var(--hart-color-focus, #c9302c);
    outline-offset: 2px;
  }
  .org {
    font-weight: 700;
    color: var(--hart-finder-muted, #4a4a4a);
  }
  .area {
    font-weight: 700;
  }
  .crisis {
    justify-self: start;
    padding: 0.125em 0.5em;
    border-radius: var(--hart-radius, 6px);
    background: var(--hart-finder-badge-bg, #fff3cd);
    border: 1px solid var(--hart-finder-badge-border, #8a6d00);
  }
  dl {
    display: grid;
    grid-template-columns: minmax(0, max-content) minmax(0, 1fr);
    gap: 0.25em 1em;
  }
  dt {
    font-weight: 700;
  }
  dd {
    margin: 0;
  }
  dd p {
    margin: 0 0 0.25em;
  }
  @container (max-width: 30em) {
    dl {
      grid-template-columns: minmax(0, 1fr);
    }
    dd {
      margin-bottom: 0.5em;
    }
  }
  .contacts {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5em;
  }
  .contact-links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .contact-links a {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    padding: 0.25em 0.75em;
    border: 2px solid var(--hart-finder-accent, #0b4f9c);
    border-radius: var(--hart-radius, 6px);
    color: var(--hart-finder-accent, #0b4f9c);
    font-weight: 700;
    text-decoration: none;
  }
  .contact-links a:hover {
    text-decoration: underline;
  }
  .why,
  .reviewed {
    font-size: 0.875em;
    color: var(--hart-finder-muted, #4a4a4a);
  }
  .empty {
    padding: 1em;
    border: 2px solid var(--hart-finder-accent, #0b4f9c);
    border-radius: var(--hart-radius, 6px);
    background: var(--hart-finder-card-bg, #ffffff);
    display: grid;
    gap: 0.5em;
  }
  .empty > * {
    margin: 0;
  }
  .hotlines {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75em;
  }
  .hotline {
    display: grid;
    gap: 0.25em;
  }
  .hotline-name {
    font-weight: 700;
  }
  /* The hotlines' links: the shared contact-link look (internal/contact-link.ts) in the finder's accent. */
  .hotline-links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-top: 0.25em;
    --_link-bg: var(--hart-finder-accent, #0b4f9c);
    --_link-color: var(--hart-finder-accent-contrast, #ffffff);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
  }
  .finder {
    container-type: inline-size;
  }
  @media (forced-colors: active) {
    form,
    .card,
    .empty,
    fieldset {
      border-color: CanvasText;
    }
    button,
    .contact-links a {
      border-color: ButtonText;
    }
    .contact-links a {
      color: LinkText;
    }
    .name:focus {
      outline-color: Highlight;
    }
  }
  @media print {
    form,
    .actions,
    .more {
      display: none !important;
    }
    .finder {
      background: none;
      color: #000;
    }
    .card,
    .empty {
      break-inside: avoid;
      border: 1px solid #000;
    }
    .contact-links a,
    .link {
      border: none;
      padding: 0;
      min-height: 0;
      min-width: 0;
      background: none;
      color: #000;
    }
    /* On paper a link is only as good as the address written next to it. */
    a[href^='https:']::after {
      content: '\\00a0(' attr(href) ')';
      font-weight: 400;
    }
  }
`;
