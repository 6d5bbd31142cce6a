/**
 * Printing only the notice. A shadow root cannot set `@page` and cannot hide the rest of the host page, so the
 * notice is printed from its own document: a hidden same-origin `about:blank` iframe, filled with DOM APIs (Lit's
 * `render`, never HTML strings) and styled through a constructed stylesheet (allowed under a strict CSP without
 * 'unsafe-inline'). The browser's print dialog then shows the notice alone, with the page rules below.
 */
import { render, type TemplateResult } from 'lit';

/** A print document waiting to be printed. */
export interface PrintFrame {
  frame: HTMLIFrameElement;
  document: Document;
  window: Window;
}

/** What goes into the print document. */
export interface PrintContent {
  /** `<title>` of the print document: browsers offer it as the PDF file name. */
  title: string;
  /** `lang` of the print document's root. */
  lang: string;
  /** The sheets to print. */
  content: TemplateResult;
  /** Every CSS rule of the print document, `@page` included. */
  cssText: string;
}

/** Data attribute that marks our print frames, so a second click replaces a frame left behind. */
const FRAME_MARK = 'data-hart-notice-print';

/**
 * Builds the hidden print document in `host`. Returns `undefined` when the browser gives no access to the frame's
 * document (then the caller tells the reader to use the browser's own Print command).
 */
export function createPrintFrame(
  host: Document,
  { title, lang, content, cssText }: PrintContent,
): PrintFrame | undefined {
  host.querySelectorAll(`iframe[${FRAME_MARK}]`).forEach((old) => old.remove());
  const frame = host.createElement('iframe');
  frame.setAttribute(FRAME_MARK, '');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.title = title;
  // Out of sight but laid out: some browsers print nothing from a display:none frame. CSSOM, not a style
  // attribute, so a strict style-src CSP allows it.
  Object.assign(frame.style, { position: 'fixed', right: '0', bottom: '0', width: '0', height: '0', border: '0' });
  (host.body ?? host.documentElement).append(frame);
  const win = frame.contentWindow;
  const doc = frame.contentDocument;
  if (!win || !doc || !doc.body) {
    frame.remove();
    return undefined;
  }
  doc.documentElement.lang = lang;
  doc.title = title;
  const FrameSheet = (win as unknown as typeof globalThis).CSSStyleSheet;
  const sheet = new FrameSheet();
  sheet.replaceSync(cssText);
  doc.adoptedStyleSheets = [sheet];
  render(content, doc.body);
  return { frame, document: doc, window: win };
}

/**
 * Opens the print dialog for a print frame and removes the frame once printing is done. A browser that never sends
 * `afterprint` leaves an empty zero-size frame, removed at the next print (a timer could cut off a slow printer).
 */
export async function printFrame({ frame, document: doc, window: win }: PrintFrame): Promise<void> {
  await doc.fonts?.ready;
  win.addEventListener('afterprint', () => setTimeout(() => frame.remove()), { once: true });
  win.focus();
  win.print();
}
