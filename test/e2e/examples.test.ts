// The example pages (examples/), loaded the way `npm start` serves them: each in an iframe from the test server,
// which serves the repository root like scripts/serve.mjs, so the pages' ../dist/cdn/... paths work (npm test builds
// dist/ first), and puts the pre-drawn markup of dist/fallback/ in each `<!-- fallback: NAME -->` region as
// scripts/serve.mjs does (test/support/fallbacks-plugin.mjs). A page requested with `?e2e-probe` gets
// test/support/frame-probe.js as its first script (see probe-plugin.mjs): it records uncaught errors, unhandled
// rejections, files that fail to load, CSP violations and console.error calls, and every page must end with none.
// Frames are 320 px wide: no page may scroll sideways there.
import { expect, waitUntil } from '@open-wc/testing';
import { ELEMENT_TAGS } from '../support/element-helpers.js';
import { crowded, cutOff } from '../support/small-screen.js';

type Problem = { kind: string; text: string };
type FrameWindow = Window & typeof globalThis & { __hartProbe?: Problem[]; __inlineRan?: boolean };
type Frame = { frame: HTMLIFrameElement; win: FrameWindow; doc: Document };
type Updatable = Element & { updateComplete?: Promise<unknown> };

/** Every example page that runs the elements (the gallery links them all; see the gallery test). */
const pages = [
  'index.html',
  'configurator.html',
  'hotel.html',
  'school.html',
  'agency.html',
  'post.html',
  'csp.html',
  'react/',
];

/** The help numbers a visitor must always be able to reach: link target and the number shown. */
const numbers = [
  ['tel:911', '911'],
  ['tel:+18883737888', '1-888-373-7888'],
  ['sms:233733?&body=HELP', '233733'],
  ['tel:+18008422288', '1-800-842-2288'],
] as const;

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((f) => f.remove()));

const folded = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Loads an example page in a 320 px wide iframe and waits for its load event. */
async function open(path: string, { probe = true } = {}): Promise<Frame> {
  const url = `/examples/${path}`;
  const response = await fetch(url);
  expect(response.status, `${url} is missing`).to.equal(200);
  const frame = document.createElement('iframe');
  frame.title = path;
  frame.width = '320';
  frame.height = '640';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = probe ? `${url}${url.includes('?') ? '&' : '?'}e2e-probe` : url;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return { frame, win: frame.contentWindow as FrameWindow, doc: frame.contentDocument! };
}

/** The hart- elements in the page's own DOM (those inside other elements' shadow roots are theirs). */
const hartElements = (doc: Document) => [...doc.querySelectorAll('*')].filter((el) => el.localName.startsWith('hart-'));

const nextFrame = (win: Window) =>
  new Promise<void>((r) => win.requestAnimationFrame(() => win.requestAnimationFrame(() => r())));

/**
 * Waits until the page's hart- elements are defined, upgraded and done rendering (their count steady, for pages that
 * add them from script), and checks each shows something.
 */
async function whenRendered({ win, doc }: Frame, atLeast = 1): Promise<Element[]> {
  let lastCount = -1;
  await waitUntil(
    () => {
      const els = hartElements(doc);
      const steady = els.length === lastCount;
      lastCount = els.length;
      return (
        steady && els.length >= atLeast && els.every((el) => win.customElements.get(el.localName) && el.shadowRoot)
      );
    },
    'the hart- elements are defined and rendered',
    { timeout: 20000, interval: 100 },
  );
  const els = hartElements(doc);
  await Promise.all(els.map((el) => (el as Updatable).updateComplete));
  await nextFrame(win);
  for (const el of els) {
    // An element that renders nothing visible on purpose would say so here; none does today.
    expect(folded(el.shadowRoot!.textContent), `<${el.localName}> shows nothing`).not.to.equal('');
  }
  return els;
}

/** Fails with every problem the probe recorded in the page. */
function expectNoProblems({ win }: Frame, path: string): void {
  const problems = win.__hartProbe;
  expect(problems, `${path}: the probe did not run`).to.be.an('array');
  expect(
    problems!.map((p) => `${p.kind}: ${p.text}`),
    `${path}: errors in the page`,
  ).to.deep.equal([]);
}

/** No sideways scrolling: WCAG 1.4.10 Reflow, at 320 CSS px. */
function expectNoSidewaysScroll({ doc }: Frame, path: string): void {
  const { scrollWidth, clientWidth } = doc.documentElement;
  expect(scrollWidth, `${path} scrolls sideways at ${clientWidth} px`).to.be.at.most(clientWidth);
}

type AxeResults = { violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] };

/**
 * Runs axe-core (WCAG 2.0-2.2 A and AA rules) over the whole page, shadow roots included, and fails listing the
 * violations: the page-level checks the element tests cannot make (landmarks, headings, ids, labels of the page's
 * own controls). axe-core is added to the page from this repository's node_modules.
 */
async function expectPageAccessible({ win, doc }: Frame, path: string): Promise<void> {
  const axeWin = win as FrameWindow & { axe?: { run(context: Document, options: object): Promise<AxeResults> } };
  if (!axeWin.axe) {
    const script = doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve, reject) => {
      script.addEventListener('load', resolve, { once: true });
      script.addEventListener('error', reject, { once: true });
    });
    doc.head.append(script);
    await loaded;
  }
  const results = await axeWin.axe!.run(doc, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  });
  const found = results.violations.map(
    (v) => `${v.id} (${v.help}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
  );
  expect(found, `${path}: accessibility violations`).to.deep.equal([]);
}

const isVisible = (win: Window, el: Element) => {
  const rect = el.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0 && win.getComputedStyle(el).visibility === 'visible';
};

/**
 * A page's markup as written, parsed inert. The test server adds its own reload script to every HTML file it serves
 * (`/__web-dev-server__web-socket.js`); that one is not part of the page and is removed here.
 */
async function sourceOf(path: string): Promise<Document> {
  const parsed = new DOMParser().parseFromString(await (await fetch(`/examples/${path}`)).text(), 'text/html');
  parsed.querySelectorAll('script[src^="/__web-dev-server"]').forEach((s) => s.remove());
  return parsed;
}

/** Links as a visitor sees them: target and text. */
const linksOf = (root: ParentNode) =>
  [...root.querySelectorAll('a')].map((a) => ({ href: a.getAttribute('href'), text: folded(a.textContent) }));

describe('example pages', function () {
  this.timeout(60000);

  for (const path of pages) {
    it(`${path}: the elements render, with no error, CSP violation or sideways scroll`, async () => {
      const page = await open(path);
      await whenRendered(page);
      expectNoProblems(page, path);
      expectNoSidewaysScroll(page, path);
    });

    it(`${path}: at 320 px with 200% text, nothing scrolls sideways or is cut off, targets >= 44 px`, async () => {
      const page = await open(path);
      await whenRendered(page);
      page.doc.documentElement.style.fontSize = '200%';
      await nextFrame(page.win);
      const els = await whenRendered(page);
      await new Promise((r) => setTimeout(r, 100));
      expect(page.win.innerWidth).to.equal(320);
      expect(cutOff(page.doc.body, page.doc), path).to.deep.equal([]);
      // Targets and overlaps of the elements' own controls (the page's prose links are the example's, not ours).
      expect(
        els.flatMap((el) => crowded(el.shadowRoot!)),
        path,
      ).to.deep.equal([]);
    });

    // csp.html forbids the script axe-core needs (by design); no-js.html forbids every script. Its elements are the
    // same as elsewhere, and the element tests check each of them with axe.
    if (path !== 'csp.html') {
      it(`${path}: no WCAG A/AA violation found by axe-core`, async () => {
        const page = await open(path);
        await whenRendered(page);
        await expectPageAccessible(page, path);
      });
    }
  }

  it('pages are served as npm start serves them: each fallback region holds its pre-drawn dist/fallback/ markup', async () => {
    const regions: [string, string][] = [
      ['hotel.html', 'hotline-banner.en.compact'],
      ['school.html', 'hotline-banner.en.compact.quick-exit'],
      ['agency.html', 'hotline-banner.en.compact.quick-exit'],
    ];
    for (const [path, name] of regions) {
      const served = await (await fetch(`/examples/${path}`)).text();
      const response = await fetch(`/dist/fallback/${name}.html`);
      expect(response.status, `dist/fallback/${name}.html (npm run build)`).to.equal(200);
      expect(served, `${path}: a fallback region left as written`).not.to.contain('<!-- fallback:');
      expect(served.includes((await response.text()).trim()), `${path} holds dist/fallback/${name}.html`).to.equal(
        true,
      );
      // Drawn before any script runs: the banner's shadow root is declared in the markup.
      const parsed = new DOMParser().parseFromString(served, 'text/html');
      expect(
        parsed.querySelector('hart-hotline-banner > template[shadowrootmode="open"]'),
        `${path}: the pre-drawn banner`,
      ).to.exist;
    }
  });

  it('index.html links every example page and shows every example of examples.json', async () => {
    const { examples } = (await (await fetch('/examples/examples.json')).json()) as {
      examples: { id: string; markup: string }[];
    };
    const page = await open('index.html');
    await whenRendered(page);
    const linked = [...page.doc.querySelectorAll<HTMLAnchorElement>('nav a')].map((a) => a.getAttribute('href'));
    expect(linked).to.include.members([...pages.filter((p) => p !== 'index.html'), 'no-js.html']);
    for (const href of linked)
      expect((await fetch(new URL(href!, page.win.location.href))).status, `${href} is missing`).to.equal(200);
    for (const ex of examples) {
      const section = page.doc.getElementById(ex.id);
      expect(section, `example ${ex.id}`).to.exist;
      // The markup is shown as text, exactly as in examples.json.
      expect(section!.querySelector('pre code')!.textContent).to.equal(ex.markup);
      const configure = [...section!.querySelectorAll('a')].find((a) =>
        a.getAttribute('href')?.startsWith('configurator.html?'),
      );
      expect(configure, `example ${ex.id} links to the configurator`).to.exist;
    }
  });

  it('no-js.html: the numbers show as links with no script at all', async () => {
    const parsed = await sourceOf('no-js.html');
    expect(parsed.querySelectorAll('script'), 'a <script> in no-js.html').to.have.length(0);
    expect(parsed.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).to.contain(
      "script-src 'none'",
    );

    // Loaded as is (no probe: the page's policy forbids every script, the probe's too).
    const page = await open('no-js.html', { probe: false });
    const { win, doc } = page;
    const els = hartElements(doc);
    expect(els.map((el) => el.localName)).to.include.members([
      'hart-hotline-banner',
      'hart-quick-exit',
      'hart-red-flags',
      'hart-event-list',
    ]);
    for (const el of els)
      expect(win.customElements.get(el.localName), `${el.localName} was defined`).to.equal(undefined);

    const visible = linksOf(doc).filter((_, i) => isVisible(win, doc.querySelectorAll('a')[i]));
    for (const [href, text] of numbers) {
      expect(
        visible.some((l) => l.href === href && l.text.includes(text)),
        `a visible link to ${href} showing ${text}`,
      ).to.equal(true);
    }
    const exit = doc.querySelector('hart-quick-exit a');
    expect(exit && isVisible(win, exit), 'the exit link is visible').to.equal(true);
    expectNoSidewaysScroll(page, 'no-js.html');

    // The page's copies are still what `npm run build` writes to dist/fallback/.
    for (const [file, selector] of [
      ['hotline-banner.en.plain.html', 'hart-hotline-banner[lang="en"]'],
      ['hotline-banner.es.plain.html', 'hart-hotline-banner[lang="es"]'],
      ['quick-exit.en.html', 'hart-quick-exit[lang="en"]'],
    ]) {
      const response = await fetch(`/dist/fallback/${file}`);
      expect(response.status, `dist/fallback/${file} (npm run build)`).to.equal(200);
      const generated = new DOMParser().parseFromString(await response.text(), 'text/html').body.firstElementChild!;
      const copy = doc.querySelector(selector);
      expect(copy, selector).to.exist;
      expect(folded(copy!.textContent), `${selector} text differs from dist/fallback/${file}`).to.equal(
        folded(generated.textContent),
      );
      expect(linksOf(copy!), `${selector} links differ from dist/fallback/${file}`).to.deep.equal(linksOf(generated));
    }
  });

  it('csp.html: every element renders under the strict policy with Trusted Types, and nothing is blocked', async () => {
    const page = await open('csp.html');
    const { win, doc } = page;
    const policy = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      "require-trusted-types-for 'script'",
      'trusted-types lit-html hart-widgets',
    ]) {
      expect(policy).to.contain(directive);
    }
    const parsed = await sourceOf('csp.html');
    expect(
      [...parsed.querySelectorAll('script')].every((s) => s.src),
      'an inline script',
    ).to.equal(true);
    expect(parsed.querySelectorAll('style, [style]'), 'inline style').to.have.length(0);

    const els = await whenRendered(page, ELEMENT_TAGS.length);
    expect(els.map((el) => el.localName)).to.include.members(ELEMENT_TAGS);

    // The event list's structured data, written through the `hart-widgets` Trusted Types policy.
    const jsonLd = doc.querySelector('hart-event-list > script[type="application/ld+json"]');
    expect(jsonLd, 'the JSON-LD script').to.exist;
    expect(JSON.stringify(JSON.parse(jsonLd!.textContent))).to.contain('"Event"');

    expectNoProblems(page, 'csp.html');

    // The policy really is in force, so "no violation" above means something: an inline script is refused (by
    // Trusted Types where the browser has them, else by script-src) and reported.
    const reported = win.__hartProbe!.length;
    try {
      const inline = doc.createElement('script');
      inline.textContent = 'window.__inlineRan = true';
      doc.body.append(inline);
    } catch {
      // Trusted Types refused the script text outright.
    }
    await waitUntil(() => win.__hartProbe!.length > reported, 'the blocked inline script is reported');
    expect(win.__inlineRan).to.equal(undefined);
    expect(win.__hartProbe!.slice(reported).map((p) => p.kind)).to.include('CSP violation');
    if ('trustedTypes' in win) {
      expect(() => {
        doc.createElement('div').innerHTML = '<b>not trusted</b>';
      }, 'Trusted Types are enforced').to.throw();
    }
  });

  it('react/: React sets props, and its onhart-exit and onhart-red-flags-toggle handlers run', async () => {
    const page = await open('react/');
    const { win, doc } = page;
    await whenRendered(page, 3);
    const banner = doc.querySelector('hart-hotline-banner')!;
    expect(banner.getAttribute('variant')).to.equal('compact');
    const exit = banner.shadowRoot!.querySelector('hart-quick-exit') as Updatable;
    expect(exit, 'the banner has a quick exit').to.exist;
    await exit.updateComplete;
    exit.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="button"]')!.click();
    // The app's handler cancelled the exit (preview mode) and showed where it would go.
    await waitUntil(
      () => doc.getElementById('exit-message')?.textContent?.includes('https://www.weather.gov/'),
      'the hart-exit handler ran',
    );
    expect(win.location.pathname).to.equal('/examples/react/');

    const flags = doc.querySelector('hart-red-flags') as Updatable;
    flags.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-expanded="false"]')!.click();
    await waitUntil(
      () => doc.getElementById('open-sections')?.textContent?.startsWith('Open categories:'),
      'the toggle handler ran',
    );

    const english = folded(flags.shadowRoot!.textContent);
    doc.querySelector<HTMLInputElement>('input[name="lang"][value="es"]')!.click();
    await waitUntil(
      () => hartElements(doc).every((el) => el.getAttribute('lang') === 'es'),
      'React passed lang="es" to every element',
    );
    await flags.updateComplete;
    expect(folded(flags.shadowRoot!.textContent), 'the red flags in Spanish').not.to.equal(english);
    expectNoProblems(page, 'react/');
  });
});

describe('configurator', function () {
  this.timeout(60000);

  type Manifest = {
    modules: {
      declarations?: {
        tagName?: string;
        customElement?: boolean;
        attributes?: { name: string; type?: { text: string } }[];
      }[];
    }[];
  };

  async function build() {
    const [manifest, sri, pkg] = await Promise.all(
      ['/custom-elements.json', '/dist/cdn/sri.json', '/package.json'].map(async (url) => (await fetch(url)).json()),
    );
    return {
      manifest: manifest as Manifest,
      sri: sri as Record<string, string>,
      version: (pkg as { version: string }).version,
    };
  }

  /** Sets a form control as a person would, firing the `input` event the page listens to. */
  function set(control: HTMLInputElement | HTMLSelectElement, value: string | boolean) {
    if (typeof value === 'boolean') (control as HTMLInputElement).checked = value;
    else control.value = value;
    control.dispatchEvent(new Event('input', { bubbles: true }));
  }

  const snippetOf = (doc: Document) => doc.getElementById('snippet')!.textContent ?? '';

  it('offers every element of custom-elements.json, each attribute as a labelled control of the right kind', async () => {
    const { manifest } = await build();
    const page = await open('configurator.html');
    const { doc } = page;
    await whenRendered(page);
    const declared = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
    const select = doc.getElementById('element') as HTMLSelectElement;
    expect([...select.options].map((o) => o.value).sort()).to.deep.equal(declared.map((d) => d.tagName).sort());

    for (const d of declared) {
      set(select, d.tagName!);
      for (const attr of d.attributes ?? []) {
        const control = doc.getElementById(`attr-${attr.name}`) as HTMLInputElement | HTMLSelectElement | null;
        if (attr.name === 'feed') {
          expect(control, 'feed is left out of the form').to.equal(null);
          continue;
        }
        expect(control, `${d.tagName} ${attr.name}`).to.exist;
        expect(control!.labels, `${d.tagName} ${attr.name} has a label`).to.have.length(1);
        const union = /^'.*'$/.test((attr.type?.text ?? '').split('|')[0].trim());
        if (attr.type?.text === 'boolean') expect((control as HTMLInputElement).type).to.equal('checkbox');
        else if (union) expect(control!.localName).to.equal('select');
        else expect((control as HTMLInputElement).type).to.equal('text');
      }
      await waitUntil(() => doc.querySelector(`#preview > ${d.tagName}`), `${d.tagName} in the preview`);
    }
    expectNoProblems(page, 'configurator.html');
  });

  it('builds the element live and the snippet with the pinned version, integrity and crossorigin', async () => {
    const { sri, version } = await build();
    const page = await open('configurator.html');
    const { doc } = page;
    await whenRendered(page);
    set(doc.getElementById('element') as HTMLSelectElement, 'hart-red-flags');
    set(doc.getElementById('attr-variant') as HTMLSelectElement, 'list');
    set(doc.getElementById('attr-expanded') as HTMLInputElement, true);
    set(doc.getElementById('attr-lang') as HTMLSelectElement, 'es');

    const live = doc.querySelector('#preview > hart-red-flags') as Updatable;
    expect(live.getAttribute('variant')).to.equal('list');
    expect(live.hasAttribute('expanded')).to.equal(true);
    await live.updateComplete;
    expect(folded(live.shadowRoot!.textContent)).not.to.equal('');

    await waitUntil(
      () => snippetOf(doc).includes('<hart-red-flags variant="list" expanded lang="es">'),
      'the snippet has the element',
    );
    const snippet = snippetOf(doc);
    const src = `https://YOUR-HOST/hart-widgets@${version}/dist/cdn/red-flags.js`;
    expect(snippet).to.contain(`<script type="module" src="${src}"`);
    expect(snippet).to.contain(`integrity="${sri['red-flags.js']}" crossorigin="anonymous"></script>`);
    // Files the module imports at start are checked too, each with its own integrity.
    const preloads = [
      ...snippet.matchAll(
        /<link rel="modulepreload" href="[^"]+\/dist\/cdn\/([^"]+)" integrity="([^"]+)" crossorigin="anonymous">/g,
      ),
    ];
    for (const [, file, integrity] of preloads) expect(integrity, file).to.equal(sri[file]);
    // The no-JS fallback in the chosen language, from dist/fallback/.
    expect(snippet).to.contain('href="tel:+18883737888"').and.contain('Línea Nacional');

    set(doc.getElementById('file-classic') as HTMLInputElement, true);
    await waitUntil(() => snippetOf(doc).includes('hart.iife.js'), 'the classic script');
    expect(snippetOf(doc)).to.contain(
      `<script defer src="https://YOUR-HOST/hart-widgets@${version}/dist/cdn/hart.iife.js"`,
    );
    expect(snippetOf(doc)).to.contain(`integrity="${sri['hart.iife.js']}" crossorigin="anonymous"`);
    expect(snippetOf(doc)).not.to.contain('modulepreload');

    const host = doc.getElementById('host') as HTMLInputElement;
    set(host, 'https://example.org/static/');
    await waitUntil(
      () => snippetOf(doc).includes(`src="https://example.org/static/hart-widgets@${version}/dist/cdn/hart.iife.js"`),
      'the host',
    );

    // The choices are kept in the address.
    expect(page.win.location.search)
      .to.contain('element=hart-red-flags')
      .and.contain('variant=list')
      .and.contain('file=classic');
    expectNoProblems(page, 'configurator.html');
  });

  it('restores a configuration from the address (the gallery links there)', async () => {
    const page = await open(
      'configurator.html?element=hart-event-list&show-past=&lang=es&now=2019-08-01T09%3A00%3A00-04%3A00',
    );
    const { doc } = page;
    await whenRendered(page);
    expect((doc.getElementById('element') as HTMLSelectElement).value).to.equal('hart-event-list');
    expect((doc.getElementById('attr-show-past') as HTMLInputElement).checked).to.equal(true);
    expect((doc.getElementById('attr-lang') as HTMLSelectElement).value).to.equal('es');
    const live = doc.querySelector('#preview > hart-event-list')!;
    expect(live.getAttribute('now')).to.equal('2019-08-01T09:00:00-04:00');
    expect(live.hasAttribute('show-past')).to.equal(true);
    expectNoProblems(page, 'configurator.html');
  });

  it('copies the snippet on click and shows and announces it; selects it when the clipboard is refused', async () => {
    const page = await open('configurator.html');
    const { win, doc } = page;
    await whenRendered(page);
    // The snippet is written once the script files' imports are read: copy what a person sees, not an empty box.
    await waitUntil(() => snippetOf(doc).includes('integrity="sha384-'), 'the snippet');
    const copied: string[] = [];
    let refuse = false;
    Object.defineProperty(win.navigator, 'clipboard', {
      configurable: true,
      value: {
        writeText: async (text: string) => (refuse ? Promise.reject(new Error('denied')) : void copied.push(text)),
      },
    });
    const status = doc.getElementById('copy-status')!;
    expect(status.getAttribute('role')).to.equal('status');
    const button = doc.getElementById('copy') as HTMLButtonElement;
    expect(button.localName, 'a real button (keyboard: Enter and Space)').to.equal('button');
    // The snippet is built after the page has fetched sri.json and followed the imports: copy it once it is there.
    await waitUntil(() => snippetOf(doc).includes('integrity="sha384-'), 'the snippet');

    button.click();
    await waitUntil(() => status.textContent?.includes('Copied'), 'the confirmation');
    expect(copied).to.deep.equal([snippetOf(doc)]);
    expect(copied[0]).to.contain('integrity="sha384-').and.contain('crossorigin="anonymous"');
    expect(isVisible(win, status), 'the confirmation is visible').to.equal(true);

    refuse = true;
    button.click();
    await waitUntil(() => status.textContent?.includes('Ctrl+C'), 'the manual-copy message');
    expect(folded(win.getSelection()!.toString())).to.equal(folded(snippetOf(doc)));
    expectNoProblems(page, 'configurator.html');
  });

  it('keeps the quick exit in the preview on the page and says where it would go', async () => {
    const page = await open('configurator.html?element=hart-quick-exit');
    const { win, doc } = page;
    const [exit] = (await whenRendered(page)) as Updatable[];
    exit.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="button"]')!.click();
    await waitUntil(
      () => doc.getElementById('preview-note')?.textContent?.includes('https://www.weather.gov/'),
      'the preview note',
    );
    expect(win.location.pathname).to.equal('/examples/configurator.html');
    expectNoProblems(page, 'configurator.html');
  });
});
