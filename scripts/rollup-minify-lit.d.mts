// Types of scripts/rollup-minify-lit.mjs.
import type { Plugin } from 'rollup';

/** Rollup plugin squeezing whitespace out of Lit `css` and `html` templates (what renders the same). */
export function minifyLitTemplates(): Plugin;

/** A `css` template's text without expressions, comments and needless whitespace out. */
export function squeezeCss(body: string): string;

/** The raw text parts of an `html` template, whitespace squeezed where it renders the same; as many parts. */
export function squeezeHtml(parts: string[]): string[];
