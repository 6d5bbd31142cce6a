import { css } from 'lit';

// Selectors use elements and part names, so each element needs no extra class. `li` is an event or a series.
export const eventListStyles = css`
  [part='base'],
  section,
  li,
  [part='empty'] {
    display: grid;
    gap: 0.5em;
    min-width: 0;
  }
  [part='base'] {
    gap: 1em;
    --_accent: var(--hart-events-accent, #0b4f9c);
    --_card: var(--hart-events-card-bg, #fff);
  }
  [role='heading'] {
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.3;
  }
  [part='heading'] {
    font-size: 1.375em;
    line-height: 1.25;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75em;
  }
  li,
  [part='empty'] {
    background: var(--_card);
    border: 1px solid var(--hart-events-card-border, #9fb3cf);
    border-radius: var(--hart-radius, 6px);
    padding: 0.75em 1em;
    gap: 0.375em;
  }
  li li {
    border-width: 0 0 0 4px;
    border-color: var(--_accent);
    border-radius: 0;
    padding: 0 0 0 0.75em;
  }
  li[part~='past'] {
    background: var(--hart-events-past-bg, #f5f5f5);
  }
  [part='empty'] {
    background: var(--hart-events-empty-bg, #f3f6fb);
  }
  p {
    margin: 0;
  }
  [part='badge'] {
    display: inline-block;
    margin-inline-end: 0.375em;
    padding: 0 0.5em;
    border: 1px solid;
    border-radius: 1em;
    font-size: 0.875em;
  }
  .alert,
  .live {
    font-weight: 700;
  }
  .alert {
    color: var(--hart-events-alert, #8a1c0f);
  }
  .cancelled {
    text-decoration: line-through;
  }
  [part='when'] {
    font-weight: 600;
  }
  [part='relative'],
  .muted {
    font-weight: 400;
    color: var(--hart-events-muted, #4a4a4a);
  }
  [part='registration'] a {
    margin-inline-end: 0.5em;
  }
  summary,
  button,
  [part='calendar-link'] {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    min-width: 44px;
    max-width: 100%;
    margin: 0.25em 0.5em 0.25em 0;
    padding: 0.25em 0.75em;
    border: 2px solid var(--_accent);
    border-radius: var(--hart-radius, 6px);
    background: var(--_card);
    color: var(--_accent);
    font: inherit;
    font-weight: 700;
    text-decoration: none;
    cursor: pointer;
  }
  button {
    background: var(--_accent);
    color: var(--hart-events-button-color, #fff);
  }
  summary::before {
    content: '▸' / '';
    margin-inline-end: 0.5em;
  }
  [open] > summary::before {
    content: '▾' / '';
  }
  @media (forced-colors: active) {
    summary,
    button,
    [part='calendar-link'] {
      border-color: ButtonText;
    }
  }
  @media print {
    [part='base'] * {
      background: none !important;
      color: #000 !important;
      break-inside: avoid;
    }
    details,
    .series-actions,
    [part='local-time'] {
      display: none;
    }
    a[data-print-url]::after {
      content: ' (' attr(href) ')';
    }
  }
`;
