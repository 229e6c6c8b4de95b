/** The inline executor: the run's checks in this process, target after target, through the one `Run` policy. */

import { countCoverage } from './coverage.js';
import { notify, type RunObserver } from './events.js';
import { type Prepared, withSecondOpinion } from './prepare.js';
import type { RunParts } from './report.js';
import { Run } from './run.js';

/** What an executor hands back: the run's parts, and a usage error met while opening a target (exit 2). */
export interface Executed {
  parts: RunParts;
  usageError?: string;
}

/** Opens every target, runs every check on each, cross-checks findings between targets, closes them. */
export async function runInline(
  p: Prepared,
  env: NodeJS.ProcessEnv,
  signal: AbortSignal,
  secrets: readonly string[],
  observers: readonly RunObserver[],
): Promise<Executed> {
  await withSecondOpinion(p);
  const run = new Run(p, env, signal, secrets);
  for (let i = 0; i < run.targets.length; i++) {
    await run.open(i);
    const t = run.targets[i]!;
    notify(observers, 'onTargetOpen', { target: i, info: t.info, ...(t.fatal ? { error: t.fatal } : {}) });
    for (const def of p.checks) {
      notify(observers, 'onCheckStart', { target: i, check: def.id });
      const result = await run.check(i, def);
      for (const finding of result.failures) notify(observers, 'onFinding', { target: i, check: def.id, finding });
      notify(observers, 'onCheckEnd', { target: i, result });
    }
  }
  const disagreements = signal.aborted ? [] : await run.disagreements();
  for (let i = 0; i < run.targets.length; i++) await run.close(i);
  if (signal.aborted) run.errors.push({ message: 'the run was interrupted before it finished; results are partial' });
  const { runs, shard } = p.options;
  return {
    parts: {
      targets: run.targets.map((t) => ({ info: t.info, latencies: t.latencies })),
      checks: run.targets.flatMap((t) => t.results),
      errors: run.errors,
      warnings: run.warnings,
      coverage: countCoverage(p.cases, runs, shard),
      ...(disagreements.length ? { disagreements } : {}),
      ...(p.ambiguities ? { ambiguities: p.ambiguities } : {}),
    },
    ...(run.usageError ? { usageError: run.usageError } : {}),
  };
}
