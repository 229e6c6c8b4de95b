#!/usr/bin/env node
// Thin launcher: the CLI is compiled and bundled to dist/bundle/ on `npm ci` (the `prepare` script).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const main = new URL('../dist/bundle/cli.js', import.meta.url);
if (!existsSync(fileURLToPath(main))) {
  // A missing compiled file is a broken installation of this tool, not the user's doing: internal error (exit 4).
  process.stderr.write(
    'paragon-conformance: internal error: the build output is missing (dist/bundle/cli.js). Reinstall paragon-conformance, or run `npm run build` in a checkout, and try again.\n',
  );
  process.exit(4);
}
const { main: run } = await import(main.href);
process.exitCode = await run(process.argv.slice(2));
