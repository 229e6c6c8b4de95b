/**
 * The search loop every case-driven check shares: run every case (dictionary and edge phases first), keep going after
 * the first failure, and collect up to `maxFindings` distinct findings, each shrunk, with how many cases hit it.
 */
import type { GeneratedCase } from '../../generators/index.js';
import type { Case } from '../core/types.js';
import { FindingCollector } from '../findings/collect.js';
import type { Miss } from '../findings/types.js';
import { renewFence } from './ops/common.js';
import type { CheckContext, CheckOutcome } from './types.js';

/** Shrink candidates tried per finding. */
const SHRINK_STEPS = 500;

/** The cases of `kinds`: the replayed one alone, or the generated streams (sharded). */
export function* casesFor(ctx: CheckContext, kinds: readonly ('valid' | 'invalid')[]): Iterable<GeneratedCase> {
  const r = ctx.replay;
  if (r) {
    if (r.kind !== 'requests' && kinds.includes(r.kind))
      yield { kind: r.kind, json: r.json, ...(r.violation ? { violation: r.violation } : {}), phase: 'edge', index: 0, label: 'replay' };
    return;
  }
  const { runs, shard } = ctx.settings;
  for (const kind of kinds) yield* kind === 'valid' ? ctx.cases.valid(runs, shard) : ctx.cases.invalid(runs, shard);
}

/** A collector for `check` over this context; `show` turns a case into the counterexample shown. */
export function collectorFor(ctx: CheckContext, check: string, judge: (c: Case) => Promise<Miss | undefined>, show?: (c: Case) => unknown): FindingCollector {
  return new FindingCollector({
    check,
    root: ctx.root,
    oracle: ctx.oracle,
    maxFindings: ctx.settings.maxFindings,
    judge,
    ...(show ? { show } : {}),
    shrink: async (c, keeps) => {
      if (ctx.replay) return { case: c, steps: 0 };
      return ctx.cases.shrink(
        c as GeneratedCase,
        async (cand) => {
          const m = await judge(cand);
          return m !== undefined && keeps(cand, m);
        },
        { maxSteps: SHRINK_STEPS },
      );
    },
  });
}

/**
 * Runs `judge` over the cases of `kinds`. Targets in another process get pipelined batches; in-process targets run
 * one case at a time (so prototype snapshots stay exact). Every miss goes to the collector.
 */
export async function searchCases(
  ctx: CheckContext,
  check: string,
  kinds: readonly ('valid' | 'invalid')[],
  judge: (c: Case) => Promise<Miss | undefined>,
): Promise<CheckOutcome> {
  const collector = collectorFor(ctx, check, judge);
  const batchSize = ctx.target.inProcess ? 1 : 64;
  if (ctx.target.inProcess) renewFence();
  let cases = 0;
  let batch: GeneratedCase[] = [];
  const flush = async (): Promise<void> => {
    const misses = await Promise.all(batch.map((c) => judge(c)));
    cases += batch.length;
    for (let i = 0; i < batch.length; i++) {
      const miss = misses[i];
      if (miss) await collector.add(batch[i]!, miss);
    }
    batch = [];
  };
  for (const c of casesFor(ctx, kinds)) {
    if (ctx.signal.aborted) break;
    batch.push(c);
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  return { cases, findings: collector.findings(), ...(collector.unattributed ? { unattributed: collector.unattributed } : {}) };
}
