#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ on `npm ci` (the `prepare` script).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const main = new URL('../dist/src/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(main))) {
  process.stderr.write('paragon-conformance: the build output is missing (dist/). Run `npm run build` (or `npm ci`, which builds) and try again.\n');
  process.exit(2);
}
const { main: run } = await import(main.href);
process.exitCode = await run(process.argv.slice(2));
