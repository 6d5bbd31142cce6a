#!/usr/bin/env node
// `npx hart-data ...`: the data tools (compiled to dist/cli by `npm run build`).
import { main } from '../dist/cli/hart-data.js';

process.exitCode = main(process.argv.slice(2));
