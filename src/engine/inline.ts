/** The inline executor: the run's checks in this process, target after target, through the one `Run` policy. */

import { notify, type RunObserver } from './events.js';
import { type Prepared, withSecondOpinion } from './prepare.js';
import type { Executed } from './report.js';
import { Run } from './run.js';
import { warmUsers } from './warm.js';
import { warmMint } from './warm-mint.js';
import { warmSpecOf } from './warm-spec.js';

/** Opens every target, runs every check on each, cross-checks findings between targets, closes them. */
export async function runInline(
  p: Prepared,
  env: NodeJS.ProcessEnv,
  signal: AbortSignal,
  secrets: readonly string[],
  observers: readonly RunObserver[],
): Promise<Executed> {
  // As in the vitest worker: fresh users are minted on their own thread while the cases are built.
  const spec = warmSpecOf(p.options);
  const minting = await warmMint(spec).catch(() => undefined);
  try {
    minting?.(warmUsers(spec, p.cases));
  } catch {
    // cases that cannot be built fail the checks that use them, with the reason; the first guess stands meanwhile
  }
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
  return run.finish();
}
