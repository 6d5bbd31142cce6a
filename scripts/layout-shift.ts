/**
 * Layout shift as the bench and the WordPress test measure it: the throttled connection of issue #19 (Lighthouse's
 * "slow 4G") and the page's CLS as Chromium reports it. No imports, so a test can use it without the bench's server.
 */

/** 150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up. */
export const SLOW_4G = { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 93_750 };

/**
 * Evaluated in a page: its cumulative layout shift so far, the largest session window of layout-shift entries (gaps
 * under 1 s, at most 5 s), leaving out shifts right after input, as Chromium reports CLS.
 */
export const CLS_OF_PAGE = `new Promise((resolve) => {
  const shifts = [];
  new PerformanceObserver((l) => shifts.push(...l.getEntries())).observe({ type: 'layout-shift', buffered: true });
  setTimeout(() => {
    let best = 0, sum = 0, start = 0, last = -Infinity;
    for (const e of shifts.filter((e) => !e.hadRecentInput)) {
      if (e.startTime - last > 1000 || e.startTime - start > 5000) { sum = 0; start = e.startTime; }
      sum += e.value; last = e.startTime; best = Math.max(best, sum);
    }
    resolve(best);
  }, 100);
})`;
