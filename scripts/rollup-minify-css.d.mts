// Types of scripts/rollup-minify-css.mjs.
import type { Plugin } from 'rollup';

/** Rollup plugin minifying Lit `css` templates without expressions. */
export function minifyLitCss(): Plugin;
