/** Builds CheckOptions for tests: the one resolver's defaults, a fixed seed, inline runner and a temporary report dir. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveCheckOptions } from '../../src/options/resolve.js';
import type { CheckInput, CheckOptions } from '../../src/options/types.js';

export function testOptions(over: CheckInput = {}): CheckOptions {
  const base: CheckInput = { seed: 20261128, runs: 100, runner: 'inline', reportDir: mkdtempSync(join(tmpdir(), 'pc-report-')) };
  return resolveCheckOptions([base, over], { cwd: process.cwd(), env: {} });
}
