// Loading pages into a same-origin iframe for the "proof in hostile pages" tests (privacy, CSP, hostile CSS,
// accessibility sweep). A frame gives each page its own document, policy and globals, away from the test runner's.
import type { DriveReport } from './proof/drive.js';

/**
 * Resolves once `win` has fetched nothing new for `frames` animation frames in a row: after it, a request the page
 * made would be in its resource list (the privacy checks read that list).
 */
export async function networkQuiet(win: Window, frames = 5): Promise<void> {
  let seen = -1;
  for (let still = 0; still < frames;) {
    await new Promise((r) => win.requestAnimationFrame(r));
    const now = win.performance.getEntriesByType('resource').length;
    still = now === seen ? still + 1 : 0;
    seen = now;
  }
}

/** What recorder.js saw in a proof page (see test/support/proof/recorder.js). */
export interface ProofRecord {
  resources: { name: string; initiatorType: string }[];
  /** performance.getEntriesByType('resource') at the end. */
  entries: string[];
  requests: string[];
  storage: string[];
  cookies: string[];
  indexedDB: string[];
  caches: string[];
  opened: string[];
  beacons: string[];
  problems: { kind: string; text: string }[];
  violations: string[];
  before: PageState;
  after: PageState;
  /** Only in a page with a CSP <meta>: whether the policy was in force (checked after the elements ran). */
  probes?: { trustedTypes: 'enforced' | 'not enforced' | 'not supported'; blockedImage: boolean };
}

/** What a page keeps: storage entries, cookies and IndexedDB database names. */
export interface PageState {
  storage: Record<string, unknown>;
  cookie: string;
  databases: string[] | string;
}

export interface ProofResult {
  report: DriveReport;
  record: ProofRecord;
  frame: HTMLIFrameElement;
}

/** An entry of examples/examples.json: the list the proof pages are built from (proof-pages-plugin.mjs). */
export interface Example {
  id: string;
  element: string;
  title: string;
  lang: string;
  markup: string;
}

/** The two proof pages, built from examples/examples.json on each request by proof-pages-plugin.mjs. */
export const PROOF_PAGE = {
  /** No Content-Security-Policy: a policy would block a leak instead of showing it. */
  everyElement: '/test/support/proof/every-element.html',
  /** The same body under a strict policy with Trusted Types. */
  csp: '/test/support/proof/csp.html',
} as const;

/** examples/examples.json's list, as the test server serves it. */
export async function loadExamples(): Promise<Example[]> {
  const { examples } = (await (await fetch('/examples/examples.json')).json()) as { examples: Example[] };
  return examples;
}

/** How many matches of `pattern` the examples' markup holds (what elements draw in their shadow roots is not there). */
const written = (examples: readonly Example[], pattern: RegExp) =>
  examples.reduce((n, ex) => n + (ex.markup.match(pattern) ?? []).length, 0);

/**
 * What drive.ts must find and do on a proof page holding `examples`, counted from their markup: the elements of each
 * tag, and the quick exits (each hart-quick-exit clicked, each banner's own quick-exit clicked, then Shift pressed 3
 * times once for the page).
 */
export function expectedOnProofPage(examples: readonly Example[], tags: readonly string[]) {
  const found = Object.fromEntries(tags.map((tag) => [tag, written(examples, new RegExp(`<${tag}[\\s>]`, 'g'))]));
  const bannerExits = written(examples, /<hart-hotline-banner\b[^>]*\squick-exit[\s>=]/g);
  const clicks = found['hart-quick-exit'] + bannerExits;
  return { found, exits: clicks + (clicks > 0 ? 1 : 0) };
}

/** Adds an iframe showing `src` and resolves once it has loaded. */
export function loadFrame(src: string, { width = 1024, height = 800 } = {}): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${width}px;height:${height}px;border:0;display:block`;
  return new Promise((resolve, reject) => {
    frame.addEventListener('load', () => resolve(frame), { once: true });
    frame.addEventListener('error', () => reject(new Error(`could not load ${src}`)), { once: true });
    frame.src = src;
    document.body.append(frame);
  });
}

/**
 * Loads a proof page (its run.js uses every element and posts what happened) and resolves with the report.
 * The frame stays in the page for further checks; remove it when done.
 */
export function runProofPage(src: string, timeoutMs = 60000): Promise<ProofResult> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:1024px;height:800px;border:0;display:block';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      window.removeEventListener('message', onMessage);
      reject(new Error(`${src} did not report within ${timeoutMs / 1000} s`));
    }, timeoutMs);
    const onMessage = (e: MessageEvent) => {
      if (e.source !== frame.contentWindow || e.data?.kind !== 'hart-proof') return;
      clearTimeout(timer);
      window.removeEventListener('message', onMessage);
      resolve({ report: e.data.report, record: e.data.record, frame });
    };
    window.addEventListener('message', onMessage);
    frame.src = src;
    document.body.append(frame);
  });
}

/** Waits for `n` animation frames of `win`. */
export const framesOf = (win: Window, n = 2) =>
  new Promise<void>((resolve) => {
    const step = () => (n-- > 0 ? win.requestAnimationFrame(step) : resolve());
    step();
  });

/** Waits until every hart- element of a frame's document is defined and rendered. */
export async function elementsReady(frame: HTMLIFrameElement): Promise<void> {
  const win = frame.contentWindow as Window & typeof globalThis;
  const doc = frame.contentDocument!;
  const hart = [...doc.querySelectorAll('*')].filter((el) => el.localName.startsWith('hart-'));
  await Promise.all([...new Set(hart.map((el) => el.localName))].map((tag) => win.customElements.whenDefined(tag)));
  await Promise.all(hart.map((el) => (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete));
  await framesOf(win, 2);
}

/** Every open shadow root at or under `root`, nested ones included. */
export function shadowRootsIn(root: Document | ShadowRoot | Element): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const visit = (node: Document | ShadowRoot | Element) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.shadowRoot) {
        found.push(el.shadowRoot);
        visit(el.shadowRoot);
      }
    }
  };
  if (root.nodeType === Node.ELEMENT_NODE) {
    const el = root as Element;
    if (el.shadowRoot) {
      found.push(el.shadowRoot);
      visit(el.shadowRoot);
    }
  }
  visit(root);
  return found;
}

/** The RGB channels and alpha of a computed CSS colour. */
export const channels = (color: string) => {
  const m = /rgba?\(([\d.]+),?\s*([\d.]+),?\s*([\d.]+)(?:,?\s*\/?\s*([\d.]+))?\)/.exec(color);
  if (!m) throw new Error(`unreadable colour ${color}`);
  return { rgb: [m[1], m[2], m[3]].map(Number), alpha: m[4] === undefined ? 1 : Number(m[4]) };
};
const luminance = ([r, g, b]: number[]) => {
  const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
};
/** WCAG contrast ratio of two RGB colours. */
export const contrast = (a: number[], b: number[]) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};
