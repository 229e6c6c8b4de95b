/** Builds CheckOptions for tests: defaults, a fixed seed and a temporary report dir. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CheckOptions, defaultCheckOptions } from '../../src/engine/options.js';

export function testOptions(over: Partial<CheckOptions> = {}): CheckOptions {
  return {
    ...defaultCheckOptions,
    seed: 20261128,
    runs: 100,
    cwd: process.cwd(),
    reportDir: mkdtempSync(join(tmpdir(), 'pc-report-')),
    ...over,
    http: { ...defaultCheckOptions.http, ...over.http },
  };
}
