// Types of scripts/browsers.mjs: where the Debian browsers the tests drive are installed.
export const CHROMIUM: string;
export const FIREFOX: string;
export const WEBKIT_DRIVER: string;
export const MINIBROWSER: string;
export const XVFB_RUN: string;
/** Flags for headless Chromium here: no sandbox, none of Chromium's own network calls. */
export const CHROMIUM_ARGS: string[];
/** Engines the browser tests run in; `HART_BROWSERS` picks some. */
export const ENGINES: string[];
