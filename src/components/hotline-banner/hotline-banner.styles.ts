import { css } from 'lit';

export const bannerStyles = css`
  .banner {
    background: var(--hart-banner-bg, #f3f6fb);
    color: var(--hart-banner-color, #1b1b1b);
    border: 1px solid var(--hart-banner-border, #9fb3cf);
    border-radius: var(--hart-radius, 6px);
    padding: 0.75em 1em;
  }
  .heading {
    margin: 0 0 0.5em;
    font-weight: 700;
    font-size: 1.125em;
  }
  .lines {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75em;
  }
  .line {
    display: grid;
    gap: 0.25em;
  }
  .name {
    font-weight: 700;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .link {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: 44px;
    min-width: 44px;
    padding: 0.25em 0.75em;
    border-radius: var(--hart-radius, 6px);
    background: var(--hart-banner-link-bg, #0b4f9c);
    color: var(--hart-banner-link-color, #ffffff);
    font-weight: 700;
    text-decoration: none;
    white-space: nowrap;
  }
  .link:hover {
    text-decoration: underline;
  }
  @media (forced-colors: active) {
    .banner {
      border-color: CanvasText;
    }
    .link {
      border: 2px solid LinkText;
      color: LinkText;
      background: Canvas;
    }
  }
  @media print {
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
  }
`;
