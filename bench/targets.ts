/**
 * Many targets in one run (SPEC §13): a 5-target `check` as a process against the sum of the five single runs minus
 * what the multi-target run shares (start-up and case generation, paid once), measured as processes in one bench run.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin/paragon-conformance.js');

const targets = [
  'module:test/miniatures/modules/_base.mjs',
  'module:test/miniatures/modules/wrong-enum-case.mjs',
  'module:test/miniatures/modules/correct-typescript.ts',
  'cmd:node examples/node-harness/harness.mjs',
  'cmd:python3 examples/python-harness/harness.py',
];

/** Wall time of one `check` process (best of `n`), in seconds. */
function time(args: string[], n = 3): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    spawnSync(process.execPath, [bin, 'check', ...args, '--seed', '7', '--report-dir', mkdtempSync(join(tmpdir(), 'pc-bench-'))], { cwd: root, env: { ...process.env, CI: 'true' } });
    best = Math.min(best, (performance.now() - t0) / 1000);
  }
  return best;
}

/** Runs the multi-target benchmark and returns printable lines. */
export async function benchTargets(): Promise<string[]> {
  const singles = targets.map((t) => time(['--target', t]));
  // What a multi-target run pays once: the process, vitest, the schema and the case stream (every check skips here).
  const shared = time(['--target', targets[0]!, '--check', 'http.no-server-error']);
  const multi = time(targets.flatMap((t) => ['--target', t]));
  const sum = singles.reduce((a, b) => a + b, 0);
  const budget = sum - (targets.length - 1) * shared;
  return [
    '## targets',
    ...targets.map((t, i) => `single run, ${t}: ${singles[i]!.toFixed(2)} s`),
    `shared part (start-up + case generation, every check skipped): ${shared.toFixed(2)} s`,
    `5 targets in one run: ${multi.toFixed(2)} s; sum of single runs ${sum.toFixed(2)} s, minus the shared part paid once: ${budget.toFixed(2)} s`,
    `ratio multi / (sum − 4 × shared): ${(multi / budget).toFixed(2)} (goal <= 1.5)`,
  ];
}
