import { css } from 'lit';

export const redFlagsStyles = css`
  .card {
    background: var(--hart-red-flags-bg, #ffffff);
    color: var(--hart-red-flags-color, #1b1b1b);
    border: 1px solid var(--hart-red-flags-border, #8d96a3);
    border-top: 4px solid var(--hart-red-flags-accent, #a4262c);
    border-radius: var(--hart-radius, 6px);
    /* min(): with large text on a small phone, em-sized padding alone would push the text past the screen's edge. */
    padding: min(1em, 4vw);
    display: grid;
    gap: 1em;
    min-width: 0;
  }
  .card--list {
    background: transparent;
    border: 0;
    padding: 0;
  }
  .card--compact {
    padding: min(0.75em, 4vw);
    gap: 0.75em;
  }
  .header {
    display: grid;
    gap: 0.5em;
  }
  .title {
    margin: 0;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.25;
  }
  .card--compact .title {
    font-size: 1.125em;
  }
  .intro,
  .caution,
  .questions-intro,
  .reviewed {
    margin: 0;
  }
  .caution {
    border-inline-start: 4px solid var(--hart-red-flags-accent, #a4262c);
    padding-inline-start: 0.75em;
    font-weight: 600;
  }

  /* Buttons: 44 x 44 px at least (primary actions). */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .button {
    min-height: 44px;
    min-width: 44px;
    padding: 0.25em 0.875em;
    font: inherit;
    font-weight: 600;
    color: var(--hart-red-flags-button-color, #0b4f9c);
    background: var(--hart-red-flags-button-bg, #ffffff);
    border: 2px solid currentColor;
    border-radius: var(--hart-radius, 6px);
    cursor: pointer;
  }
  .button:hover {
    text-decoration: underline;
  }

  .categories {
    display: grid;
    gap: 0;
    border-top: 1px solid var(--hart-red-flags-rule, #c5cbd3);
  }
  .category {
    border-bottom: 1px solid var(--hart-red-flags-rule, #c5cbd3);
    min-width: 0;
  }
  .category-heading {
    margin: 0;
    font-size: 1em;
  }
  .toggle {
    display: flex;
    /* Large text on a small screen: the count goes under the title rather than past the edge. */
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    width: 100%;
    min-height: 44px;
    padding: 0.5em 0.25em;
    font: inherit;
    font-weight: 700;
    text-align: start;
    color: inherit;
    background: transparent;
    border: 0;
    cursor: pointer;
  }
  .toggle:hover .toggle-title {
    text-decoration: underline;
  }
  .chevron {
    flex: none;
    width: 0.6em;
    height: 0.6em;
    margin-inline: 0.2em 0.1em;
    border-right: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: rotate(-45deg);
  }
  :host(:dir(rtl)) .chevron {
    transform: rotate(135deg);
  }
  .toggle[aria-expanded='true'] .chevron {
    transform: rotate(45deg);
  }
  .toggle-title {
    flex: 1 1 0;
    min-width: min(100% - 1.5em, 8em);
  }
  .count {
    flex: none;
    font-size: 0.875em;
    font-weight: 600;
    padding: 0 0.6em;
    border-radius: 1em;
    color: var(--hart-red-flags-count-color, #1b1b1b);
    background: var(--hart-red-flags-count-bg, #e9edf2);
    white-space: nowrap;
  }
  .panel {
    display: block;
    padding: 0 0.25em 0.75em min(2em, 8vw);
  }
  .indicators {
    margin: 0;
    padding-inline-start: 1.25em;
    display: grid;
    gap: 0.375em;
  }

  .what-to-do {
    background: var(--hart-red-flags-action-bg, #f3f6fb);
    color: var(--hart-red-flags-action-color, #1b1b1b);
    border: 1px solid var(--hart-red-flags-action-border, #9fb3cf);
    border-radius: var(--hart-radius, 6px);
    padding: 0.75em min(1em, 4vw);
    display: grid;
    gap: 0.5em;
  }
  .what-to-do-title {
    margin: 0;
    font-size: 1.125em;
    font-weight: 700;
  }
  .steps {
    margin: 0;
    padding-inline-start: min(1.25em, 6vw);
    display: grid;
    gap: 0.75em;
  }
  .step {
    display: list-item;
  }
  .step-text {
    display: block;
  }
  .step .actions {
    margin-top: 0.375em;
  }
  :host {
    --_link-bg: var(--hart-red-flags-link-bg, #0b4f9c);
    --_link-color: var(--hart-red-flags-link-color, #ffffff);
  }
  .link--minor {
    background: transparent;
    color: var(--hart-red-flags-button-color, #0b4f9c);
    border: 2px solid currentColor;
  }

  .sources {
    font-size: 0.9375em;
  }
  .sources .toggle {
    font-weight: 600;
    width: auto;
  }
  .sources-panel {
    padding-inline-start: 1.75em;
    display: grid;
    gap: 0.5em;
  }
  .source-list {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .source-key {
    font-weight: 600;
  }

  @media (forced-colors: active) {
    .card,
    .what-to-do {
      border-color: CanvasText;
    }
    .caution {
      border-color: CanvasText;
    }
    .button,
    .link,
    .link--minor {
      border: 2px solid ButtonText;
      color: ButtonText;
      background: ButtonFace;
    }
    .link {
      color: LinkText;
      border-color: LinkText;
    }
    .count {
      border: 1px solid CanvasText;
    }
  }

  /* Print: a handout. Every section open, no buttons, black on white, numbers written out. */
  @media print {
    .card {
      font-size: 10.5pt;
      line-height: 1.35;
      color: #000;
      background: none;
      border: 1px solid #000;
      border-top-width: 3px;
      padding: 0.6em 0.75em;
      gap: 0.5em;
    }
    .card--list {
      border: 0;
      padding: 0;
    }
    .caution {
      border-color: #000;
    }
    .toolbar,
    .chevron {
      display: none !important;
    }
    /* Closed sections are hidden (or hidden="until-found"); paper cannot open them. */
    .panel,
    .panel[hidden] {
      display: block !important;
      content-visibility: visible !important;
      padding: 0 0 0.4em;
    }
    .sources-panel,
    .sources-panel[hidden] {
      display: grid !important;
    }
    .categories {
      display: block;
      border: 0;
      columns: 2 18em;
      column-gap: 1.5em;
    }
    .category {
      border: 0;
      break-inside: avoid;
    }
    .toggle {
      min-height: 0;
      padding: 0.3em 0 0.15em;
      color: #000;
    }
    .count {
      background: none;
      border: 0;
      padding: 0;
      font-weight: 400;
    }
    .count::before {
      content: '(';
    }
    .count::after {
      content: ')';
    }
    .indicators {
      gap: 0.1em;
    }
    .header {
      gap: 0.35em;
    }
    .title {
      font-size: 1.2em;
    }
    .what-to-do {
      break-inside: avoid;
      background: none;
      color: #000;
      border: 1px solid #000;
      padding: 0.5em 0.75em;
    }
    .steps {
      gap: 0.3em;
    }
    .step .actions {
      margin-top: 0.1em;
      gap: 0 1.25em;
    }
    .link,
    .link--minor {
      display: inline;
      min-height: 0;
      min-width: 0;
      padding: 0;
      background: none;
      color: #000;
      border: 0;
      text-align: start;
    }
    .print-only {
      display: inline;
    }
    .sources {
      font-size: 9pt;
      break-inside: avoid;
    }
  }
`;
