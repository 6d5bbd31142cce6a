// @web/test-runner plugin: `executeServerCommand('hart-media-features', { features: [{ name: 'forced-colors', value:
// 'active' }] })` emulates media features @web/test-runner-commands' emulateMedia does not cover (forced-colors).
// Chromium only: Firefox over WebDriver BiDi and WebKit over WebDriver have no media emulation, and the command throws
// there (withForcedColors in element-helpers.ts then answers false).

/** One CDP session per page: emulation lasts as long as the session that set it. */
const cdpSessions = new WeakMap();

export function mediaFeaturesPlugin() {
  return {
    name: 'hart-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'hart-media-features') return undefined;
      const page = session.browser.getPage(session.id);
      // Straight to CDP: puppeteer's emulateMediaFeatures refuses forced-colors by name.
      let cdp = cdpSessions.get(page);
      if (!cdp) {
        cdp = await page.createCDPSession();
        cdpSessions.set(page, cdp);
      }
      await cdp.send('Emulation.setEmulatedMedia', { features: payload.features });
      return true;
    },
  };
}
