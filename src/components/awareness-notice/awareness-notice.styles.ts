import { css } from 'lit';

/**
 * Styles of the notice itself (language blocks, help lines, QR code, poster sheets). They use no `:host`, so the
 * same rules style the element's shadow root and the separate print document the "Print notice" button builds.
 */
export const contentStyles = css`
  .block {
    display: grid;
    gap: 0.5em;
    align-content: start;
    min-width: 0;
  }
  .heading {
    margin: 0;
    font-size: 1.25em;
    font-weight: 800;
    line-height: 1.15;
  }
  .statement {
    margin: 0;
  }
  .lines {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5em;
  }
  .line {
    display: grid;
    gap: 0.1em;
    border-inline-start: 0.3em solid var(--hart-notice-accent, #0b3d91);
    padding-inline-start: 0.55em;
  }
  .line-title,
  .line-text,
  .actions {
    margin: 0;
  }
  .line-title {
    font-weight: 700;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.15em 1.1em;
  }
  .action {
    color: inherit;
    font-weight: 700;
    text-decoration: none;
  }
  a.action:hover {
    text-decoration: underline;
  }
  .num {
    font-size: 1.25em;
    font-weight: 800;
  }
  .qr {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.3in;
  }
  .qr-side {
    display: grid;
    gap: 0.5em;
    min-width: 0;
  }
  .qr-code {
    display: block;
    flex: none;
    width: var(--hart-notice-qr-size, 1.25in);
    height: var(--hart-notice-qr-size, 1.25in);
    /* The code must stay dark on light to scan, whatever colour scheme the reader forces. */
    forced-color-adjust: none;
    print-color-adjust: exact;
    -webkit-print-color-adjust: exact;
  }
  .qr-caption {
    margin: 0;
    display: grid;
    gap: 0.2em;
    font-weight: 700;
  }
  .qr-caption .num {
    font-size: 1em;
  }
  .foot-text {
    margin: 0;
    display: grid;
    gap: 0.2em;
  }

  /* A poster sheet: black on white, a sans-serif with Arial's metrics so the layout is the same on every printer. */
  .sheet {
    box-sizing: border-box;
    /* On screen the element sets these for a paper-like preview; print sets the sizes outright (below). */
    width: var(--_sheet-width, auto);
    max-width: var(--_sheet-max-width, none);
    padding: var(--_sheet-padding, 0.35in 0.45in);
    border: var(--_sheet-border, 0);
    box-shadow: var(--_sheet-shadow, none);
    font-size: var(--_sheet-font-size, 16pt);
    display: grid;
    gap: 0.6em;
    align-content: start;
    /* A grid item may shrink below its content's width: narrow phones must not scroll sideways. */
    min-width: 0;
    background: #fff;
    color: #000;
    font-family: Arial, 'Liberation Sans', Helvetica, 'Helvetica Neue', sans-serif;
    line-height: 1.2;
    overflow-wrap: break-word;
  }
  .sheet .blocks {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(0, 1fr));
    gap: 0.3in;
  }
  .sheet--multi .block + .block {
    border-inline-start: 2px solid #000;
    padding-inline-start: 0.3in;
    margin-inline-start: -0.15in;
  }
  .sheet-foot {
    display: grid;
    gap: 0.4em;
    border-top: 3px solid #000;
    padding-top: 0.5em;
    margin-top: 0.2em;
  }

  .sheet--single .heading {
    font-size: 1.9em;
  }
  .sheet--single {
    --hart-notice-qr-size: 1.9in;
  }

  @media print {
    .sheet {
      width: auto;
      max-width: none;
      margin: 0;
      border: 0;
      box-shadow: none;
      /* 16 pt is the smallest text on the poster; the page margin is the sheet's own padding (see docs). */
      font-size: 16pt;
      padding: 0.35in 0.45in;
      break-after: page;
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    .sheet--single {
      font-size: 19pt;
    }
    .sheet:last-child {
      break-after: auto;
    }
    .line {
      border-inline-start-color: #000;
    }
  }
`;

/** Rules only the print document needs: the page box, which a shadow root cannot set. */
export const printDocumentStyles = css`
  @page {
    margin: 0;
  }
  html,
  body {
    margin: 0;
    padding: 0;
    background: #fff;
  }
`;

/** The element's own styles: modes, the print button, the lobby display and the business details. */
export const noticeStyles = css`
  :host {
    --_accent: var(--hart-notice-accent, #0b3d91);
  }
  :host([mode='display']) {
    height: var(--hart-notice-display-height, 100vh);
    height: var(--hart-notice-display-height, 100dvh);
  }
  .notice {
    display: grid;
    gap: 1em;
  }

  /* Print button and hint. */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }
  .print,
  .pause {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-height: 44px;
    min-width: 44px;
    padding: 0.35em 1em;
    border: 2px solid var(--_accent);
    border-radius: var(--hart-radius, 6px);
    background: var(--_accent);
    color: #fff;
    font: inherit;
    font-weight: 700;
    cursor: pointer;
  }
  .print:hover,
  .pause:hover {
    text-decoration: underline;
  }
  .hint {
    margin: 0;
    flex: 1 1 16em;
  }

  /* Inline: a section of a web page. */
  .mode-inline .blocks {
    display: grid;
    gap: 1.5em;
  }
  .mode-inline .block {
    border: 1px solid #8a8a8a;
    border-top: 0.35em solid var(--_accent);
    border-radius: var(--hart-radius, 6px);
    padding: 0.9em 1em 1em;
    background: var(--hart-notice-bg, #fff);
    color: var(--hart-notice-color, #1b1b1b);
  }
  .mode-inline .heading {
    font-size: 1.35em;
  }
  .mode-inline .action {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    padding: 0.25em 0.75em;
    border-radius: var(--hart-radius, 6px);
    background: var(--hart-notice-link-bg, #0b4f9c);
    color: var(--hart-notice-link-color, #fff);
  }
  .mode-inline .actions {
    gap: 0.5em;
    margin-top: 0.3em;
  }
  .mode-inline .num {
    font-size: 1.1em;
  }
  .requirements {
    border: 1px solid #8a8a8a;
    border-radius: var(--hart-radius, 6px);
    padding: 0 1em;
  }
  .requirements > summary {
    /* list-item keeps the browser's open/closed triangle; the padding makes a 44 px target. */
    display: list-item;
    padding: 0.65em 0;
    cursor: pointer;
    font-weight: 700;
  }
  .requirements dt {
    font-weight: 700;
    margin-top: 0.75em;
  }
  .requirements dd {
    margin: 0.25em 0 0;
  }
  .requirements ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .requirements .disclaimer {
    font-style: italic;
  }

  /* Poster on screen: paper-like previews that shrink with the page. Screen only: print uses contentStyles. */
  .sheets {
    container-type: inline-size;
    display: grid;
    gap: 1.5em;
    justify-items: center;
  }
  @media screen {
    .mode-poster {
      --_sheet-width: 100%;
      --_sheet-max-width: 8.5in;
      --_sheet-padding: clamp(1em, 6cqi, 0.5in);
      --_sheet-border: 1px solid #6b6b6b;
      --_sheet-shadow: 0 2px 10px rgb(0 0 0 / 0.25);
      --_sheet-font-size: clamp(1rem, 2.35cqi, 21px);
    }
  }
  @container (max-width: 40rem) {
    .sheet .blocks {
      grid-template-columns: minmax(0, 1fr);
    }
    .sheet--multi .block + .block {
      border-inline-start: 0;
      padding-inline-start: 0;
      margin-inline-start: 0;
      border-top: 2px solid #000;
      padding-top: 1em;
    }
  }

  /* Display: a full-screen lobby sign. Sizes follow the element's box (container units), whatever the screen. */
  .mode-display {
    display: block;
    height: 100%;
    container: hart-notice-display / size;
  }
  .display {
    box-sizing: border-box;
    height: 100%;
    display: grid;
    grid-template-areas: 'blocks side';
    grid-template-columns: minmax(0, 1fr) auto;
    grid-template-rows: minmax(0, 1fr);
    gap: 2cqmin 4cqmin;
    padding: 3cqmin 4cqmin;
    background: var(--hart-notice-display-bg, #fff);
    color: var(--hart-notice-display-color, #000);
    border-top: 1.4cqmin solid var(--_accent);
    font-family: Arial, 'Liberation Sans', Helvetica, 'Helvetica Neue', sans-serif;
    line-height: 1.25;
    /* Two languages side by side; the fit factor is lowered by script only when text would not fit. */
    --_fs: min(2.95cqh, 1.52cqw);
    font-size: calc(var(--_fs) * var(--_fit, 1));
  }
  .display.single {
    --_fs: min(3.6cqh, 2.1cqw);
  }
  .display .blocks {
    grid-area: blocks;
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: minmax(0, 1fr);
    gap: 4cqmin;
    align-content: start;
    min-height: 0;
  }
  .display .heading {
    font-size: 1.55em;
  }
  .display .side {
    grid-area: side;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 1em;
    max-width: 26cqw;
  }
  .display .qr {
    flex-direction: column;
    text-align: center;
    gap: 0.6em;
    --hart-notice-qr-size: 22cqmin;
  }
  .display .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: center;
    gap: 0.5em 1em;
    font-size: max(16px, 0.8em);
  }
  .display .lang-list {
    display: flex;
    gap: 0.75em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .display .lang-list [aria-current] {
    font-weight: 800;
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  .display .foot-text {
    font-size: 0.8em;
  }
  @container hart-notice-display (orientation: portrait) {
    .display {
      grid-template-areas: 'blocks' 'side';
      grid-template-columns: minmax(0, 1fr);
      grid-template-rows: minmax(0, 1fr) auto;
      --_fs: min(1.68cqh, 2.95cqw);
    }
    .display.single {
      --_fs: min(2.6cqh, 4.4cqw);
    }
    .display .blocks {
      grid-auto-flow: row;
      grid-auto-rows: auto;
    }
    .display .side {
      flex-direction: row;
      max-width: none;
    }
    .display .qr {
      flex-direction: row;
      text-align: start;
      --hart-notice-qr-size: 18cqmin;
    }
  }

  @media (forced-colors: active) {
    .print,
    .pause,
    .mode-inline .action {
      border: 2px solid ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
    .mode-inline .action {
      border-color: LinkText;
      color: LinkText;
    }
    .line,
    .mode-inline .block,
    .display {
      border-color: CanvasText;
    }
  }

  @media print {
    .toolbar,
    .controls,
    .status {
      display: none !important;
    }
    :host {
      color: #000 !important;
    }
    .sheets {
      display: block;
    }
    .mode-inline .block {
      border-color: #000;
      break-inside: avoid;
    }
    .mode-inline .action {
      background: none;
      color: #000;
      padding: 0;
      min-height: 0;
    }
    .mode-display,
    .display {
      height: auto;
    }
  }
`;
