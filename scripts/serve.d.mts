// Types of scripts/serve.mjs for the TypeScript scripts and tests that start the examples server.
import type { Server } from 'node:http';

/** Resolves a URL path to a file under the repository, or undefined (never outside it). */
export function resolvePath(urlPath: string): string | undefined;
/** The page with each marked fallback region replaced by the pre-drawn markup of dist/fallback/. */
export function withFallbacks(html: string): string;
/** Starts the server on `listenPort` (0: any free port) and resolves once it listens. */
export function startServer(listenPort?: number): Promise<Server>;
