/** One `check` of a module target in this process, with or without the dictionary phase (argv: on|off); prints the case count. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runConformance } from '../src/engine/runner.js';
import { resolveCheckOptions } from '../src/options/resolve.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const options = resolveCheckOptions(
  [
    {
      seed: 1,
      cwd: root,
      runner: 'inline',
      target: 'module:test/miniatures/modules/_base.mjs',
      reportDir: mkdtempSync(join(tmpdir(), 'pc-bench-')),
      ...(process.argv[2] === 'off' ? { dictionary: false as const } : {}),
    },
  ],
  { cwd: root, env: process.env },
);
const report = await runConformance(options);
process.stdout.write(`${report.timing.cases} ${report.verdict}\n`);
