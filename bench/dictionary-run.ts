/** One `check` of a module target in this process, with or without the dictionary phase (argv: on|off); prints the case count. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runConformance } from '../src/engine/conformance.js';
import { defaultCheckOptions } from '../src/engine/options.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const report = await runConformance({
  ...defaultCheckOptions,
  seed: 1,
  cwd: root,
  target: 'module:test/miniatures/modules/_base.mjs',
  reportDir: mkdtempSync(join(tmpdir(), 'pc-bench-')),
  ...(process.argv[2] === 'off' ? { dictionary: false as const } : {}),
});
process.stdout.write(`${report.timing.cases} ${report.verdict}\n`);
