// @web/test-runner plugin for test/e2e/examples.test.ts: an example page requested with `?e2e-probe` gets
// test/support/frame-probe.js as its first script, so the test sees errors and CSP violations from the very start.
// Without the query the pages are served untouched.
const probe = '<script src="/test/support/frame-probe.js"></script>';

export function examplesProbePlugin() {
  return {
    name: 'hart-examples-probe',
    transform(context) {
      if (!context.path.startsWith('/examples/') || !context.URL.searchParams.has('e2e-probe')) return undefined;
      if (!context.response.is('html') || typeof context.body !== 'string') return undefined;
      const body = context.body;
      const headEnd = body.indexOf('</head>');
      if (headEnd < 0) return undefined;
      // Before the page's first script in <head> (after any CSP <meta>, so the probe obeys the page's policy).
      const firstScript = body.slice(0, headEnd).search(/<script\b/i);
      const at = firstScript >= 0 ? firstScript : headEnd;
      return { body: `${body.slice(0, at)}${probe}\n    ${body.slice(at)}` };
    },
  };
}
