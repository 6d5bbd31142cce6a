// Types of rollup.config.mjs's named export, shared with the size and bench scripts.
import type { RollupOptions } from 'rollup';

/** terser's options for every script-tag build. */
export const terserOptions: { format: { comments: false }; ecma: 2020; module: true; compress: { passes: number } };
declare const config: RollupOptions[];
export default config;
