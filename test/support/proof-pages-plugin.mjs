// @web/test-runner plugin: serves the two proof pages the privacy and CSP tests load, built on each request from
// examples/examples.json, so that an example added there is also proved private and CSP-safe:
// - /test/support/proof/every-element.html: every example's markup, no Content-Security-Policy (a policy would block a
//   leak instead of showing it);
// - /test/support/proof/csp.html: the same body under a strict policy in a <meta>, first in <head>:
//   default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script';
//   trusted-types lit-html hart-widgets
// Both pages hold nothing inline: recorder.js (first, records requests, storage, errors and violations) and run.js
// (uses every element through drive.ts, then posts the report to the test page) are files from this site.
import { readFileSync } from 'node:fs';

const examplesFile = new URL('../../examples/examples.json', import.meta.url);

/** The policy of the CSP proof page (and of examples/csp.html). */
export const PROOF_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html hart-widgets";

/** The address of each proof page, and whether it carries the policy. */
export const PROOF_PAGES = {
  '/test/support/proof/every-element.html': { csp: false },
  '/test/support/proof/csp.html': { csp: true },
};

/** Text for an HTML attribute value or text node. */
const escape = (s) =>
  String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/**
 * A proof page holding every example of `examples` (examples.json's list), each in a section named after it, in the
 * list's order. The markup is the repository's own, pasted as a webmaster would.
 */
export function proofPage(examples, { csp }) {
  const sections = examples.map(
    (ex) =>
      `      <section id="${escape(ex.id)}" lang="${escape(ex.lang)}" aria-label="${escape(ex.title)}">\n` +
      `        ${ex.markup}\n` +
      `      </section>`,
  );
  const policy = csp ? `\n    <meta http-equiv="Content-Security-Policy" content="${escape(PROOF_CSP)}" />` : '';
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />${policy}
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Every example${csp ? ' under a strict Content Security Policy' : ''} (proof page)</title>
    <script src="/test/support/proof/recorder.js"></script>
    <script type="module" src="/test/support/proof/run.js"></script>
  </head>
  <body>
    <main>
      <h1>Every example</h1>
${sections.join('\n')}
    </main>
  </body>
</html>
`;
}

/** The plugin: answers the two addresses of PROOF_PAGES, leaves every other request to the server. */
export function proofPagesPlugin() {
  return {
    name: 'hart-proof-pages',
    serve(context) {
      const page = PROOF_PAGES[context.path];
      if (!page) return undefined;
      // Read on each request: the list as it is on disk now.
      const { examples } = JSON.parse(readFileSync(examplesFile, 'utf8'));
      return { body: proofPage(examples, page), type: 'html' };
    },
  };
}
