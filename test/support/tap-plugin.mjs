/**
 * `executeServerCommand('hart-tap', { x, y })`: a tap with a finger at viewport coordinates (CSS px), through the
 * browser's driver: touch events over the DevTools protocol (Chromium) and touch pointer actions over WebDriver BiDi
 * (Firefox) and WebDriver (WebKit, whose driver delivers them as mouse input: see test/e2e/touch.test.ts).
 */
export function tapPlugin() {
  return {
    name: 'hart-tap',
    async executeCommand({ command, payload, session }) {
      if (command !== 'hart-tap') return undefined;
      await session.browser.getPage(session.id).touchscreen.tap(payload.x, payload.y);
      return true;
    },
  };
}
