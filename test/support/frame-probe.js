// Loaded first in an example page under e2e test (the page is requested with `?e2e-probe`; see probe-plugin.mjs).
// Records everything the test fails on, in window.__hartProbe: uncaught errors, unhandled rejections, files that
// fail to load, requests answered with an HTTP error, Content-Security-Policy violations and console.error calls.
// A classic script from this site, so it runs before the page's module scripts and obeys the page's own CSP (it
// touches no Trusted Types sink).
(() => {
  /** @type {{ kind: string, text: string }[]} */
  const problems = [];
  window.__hartProbe = problems;
  const text = (value) =>
    value instanceof Error ? `${value.name}: ${value.message}\n${value.stack ?? ''}` : String(value);

  addEventListener(
    'error',
    (e) => {
      if (e instanceof ErrorEvent)
        problems.push({ kind: 'uncaught error', text: `${text(e.error ?? e.message)} (${e.filename}:${e.lineno})` });
      // Capture phase: a <script>, <link> or <img> that failed to load (these events do not bubble).
      else if (e.target instanceof Element)
        problems.push({ kind: 'failed to load', text: e.target.outerHTML.slice(0, 200) });
    },
    true,
  );
  addEventListener('unhandledrejection', (e) => problems.push({ kind: 'unhandled rejection', text: text(e.reason) }));
  // Violations inside shadow roots are composed and reach the window too.
  addEventListener(
    'securitypolicyviolation',
    (e) =>
      problems.push({
        kind: 'CSP violation',
        text: `${e.effectiveDirective || e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample ?? ''}`,
      }),
    true,
  );
  // Any request the page made that the server answered with an error (a missing chunk, data file or style sheet),
  // fetch() calls included: the browser logs those as console errors without any script seeing them.
  if (typeof PerformanceObserver === 'function' && PerformanceObserver.supportedEntryTypes?.includes('resource')) {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.responseStatus >= 400) problems.push({ kind: `HTTP ${entry.responseStatus}`, text: entry.name });
      }
    }).observe({ type: 'resource', buffered: true });
  }
  const error = console.error.bind(console);
  console.error = (...args) => {
    problems.push({ kind: 'console.error', text: args.map(text).join(' ') });
    error(...args);
  };
})();
