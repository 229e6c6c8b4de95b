/** Shared loop of the operation checks: run cases (edge phase first), stop at the first miss, shrink it. */

import type { GeneratedCase } from '../../../generators/source/types.js';
import { TargetError } from '../../core/errors.js';
import type { Case, Observed, Op, ParseOutcome, Target } from '../../core/types.js';
import type { CheckContext, CheckOutcome } from '../../engine/check.js';
import { diffPrototypes, restorePrototypes, snapshotPrototypes } from '../../targets/snapshot.js';

/** Why a case failed a check; undefined means it passed. */
export interface Miss {
  expected: string;
  actual: string;
}

/** The result of one operation call as a check sees it: the observation, or what the implementation threw. */
export type CallResult<T> = ({ ok: true; observed: Observed<T> } | { ok: false; threw: string }) & {
  /** In-process targets: changes the call made to built-in prototypes (already undone). */
  pollution: string[];
};

function describeThrown(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message}`;
  try {
    return `threw ${JSON.stringify(e)}`;
  } catch {
    return `threw ${String(e)}`;
  }
}

/** Calls one op of the target; implementation exceptions become `{ok:false}`, target errors propagate. */
export async function callOp(ctx: CheckContext, op: 'validate', json: string): Promise<CallResult<unknown>>;
export async function callOp(ctx: CheckContext, op: 'parse' | 'roundtrip', json: string): Promise<CallResult<ParseOutcome>>;
export async function callOp(ctx: CheckContext, op: Op, json: string): Promise<CallResult<unknown>> {
  const fn = ctx.target[op] as ((json: string) => Promise<Observed<unknown>>) | undefined;
  if (!fn) throw new TargetError(`target lost its ${op} operation`);
  // In-process calls are fenced: pollution of the built-in prototypes is recorded and undone at once, so one
  // polluting call can neither poison later cases nor the suite itself.
  const before = ctx.target.inProcess ? snapshotPrototypes() : undefined;
  const fence = (): string[] => {
    if (!before) return [];
    const changes = diffPrototypes(before);
    if (changes.length) restorePrototypes(before);
    return changes;
  };
  const started = performance.now();
  try {
    const observed = await fn.call(ctx.target, json);
    if (!ctx.target.inProcess) ctx.recordLatency(observed.latencyMs ?? performance.now() - started);
    return { ok: true, observed, pollution: fence() };
  } catch (e) {
    const pollution = fence();
    if (e instanceof TargetError) throw e;
    return { ok: false, threw: describeThrown(e), pollution };
  }
}

/** Reason to skip when the target lacks every op in `ops`. */
export function needsOne(target: Target, ...ops: Op[]): string | undefined {
  return ops.some((o) => target.ops.has(o)) ? undefined : `the target offers no ${ops.join('/')} operation`;
}

function* casesFor(ctx: CheckContext, kinds: readonly ('valid' | 'invalid')[]): Iterable<GeneratedCase> {
  if (ctx.replay) {
    if (kinds.includes(ctx.replay.kind)) yield { ...ctx.replay, phase: 'edge', index: 0, label: 'replay' };
    return;
  }
  const { runs, shard } = ctx.settings;
  for (const kind of kinds) yield* kind === 'valid' ? ctx.cases.valid(runs, shard) : ctx.cases.invalid(runs, shard);
}

/**
 * Runs `judge` over the cases of `kinds` (edge cases first). Targets in another process get pipelined batches;
 * in-process targets run one case at a time (so prototype snapshots stay exact). The first miss is shrunk.
 */
export async function searchCases(
  ctx: CheckContext,
  kinds: readonly ('valid' | 'invalid')[],
  judge: (c: Case) => Promise<Miss | undefined>,
): Promise<CheckOutcome> {
  const batchSize = ctx.target.inProcess ? 1 : 64;
  let cases = 0;
  let batch: GeneratedCase[] = [];
  const flush = async (): Promise<CheckOutcome | undefined> => {
    const misses = await Promise.all(batch.map((c) => judge(c)));
    cases += batch.length;
    const at = misses.findIndex((m) => m !== undefined);
    const failing = at >= 0 ? batch[at] : undefined;
    batch = [];
    if (!failing) return undefined;
    return { cases, failures: [await shrinkFailure(ctx, failing, judge)] };
  };
  for (const c of casesFor(ctx, kinds)) {
    if (ctx.signal.aborted) break;
    batch.push(c);
    if (batch.length >= batchSize) {
      const done = await flush();
      if (done) return done;
    }
  }
  return (await flush()) ?? { cases, failures: [] };
}

async function shrinkFailure(ctx: CheckContext, failing: GeneratedCase, judge: (c: Case) => Promise<Miss | undefined>) {
  const { case: minimal, steps } = ctx.replay
    ? { case: failing, steps: 0 }
    : await ctx.cases.shrink(failing, async (cand) => (await judge(cand)) !== undefined);
  // Re-judge the minimal case so expected/actual describe exactly the reported counterexample.
  let shown: Case = minimal;
  let miss = await judge(minimal);
  if (!miss) {
    shown = failing;
    miss = await judge(failing);
  }
  return {
    counterexample: JSON.parse(shown.json) as unknown,
    ...(shown.violation ? { violation: shown.violation } : {}),
    expected: miss?.expected ?? 'the failure to reproduce',
    actual: miss?.actual ?? 'flaky: the failure did not reproduce on a second call',
    shrinkSteps: shown === minimal ? steps : 0,
  };
}

/** Names a violation for messages: `enum at /integrations/x/credentialStatus`. */
export function violationText(c: Case): string {
  return c.violation ? `${c.violation.keyword} at ${c.violation.instancePath || '/'} (${c.violation.schemaPath})` : 'valid';
}
