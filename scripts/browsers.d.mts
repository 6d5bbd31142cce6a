// Types of scripts/browsers.mjs: where the Debian browsers the tests drive are installed.
export const CHROMIUM: string;
export const FIREFOX: string;
