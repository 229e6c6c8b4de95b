/** `http.write.persists`: stateful GET/PATCH sequences (fast-check commands) against a model of the merged meta. */
import fc from 'fast-check';
import type { CheckContext, CheckDef, CheckOutcome } from '../../engine/check.js';
import { type HttpMiss, needsWrites } from './common.js';
import { commandArbs, openSequence, PersistMiss, runStep, type Step } from './persists-model.js';

/** Most sequences per run: each is several requests. */
const maxSequences = 100;
const maxCommands = 8;

/** Runs one sequence of steps and a final GET; resolves to the miss with the steps run, or undefined. */
async function runSequence(ctx: CheckContext, steps: readonly Step[]): Promise<{ miss: HttpMiss; trace: Step[] } | undefined> {
  let trace: Step[] = [];
  try {
    const { model, real } = await openSequence(ctx);
    trace = real.trace;
    for (const step of steps) await runStep(ctx, step, model, real);
    if (steps.at(-1)?.method !== 'GET') await runStep(ctx, { method: 'GET' }, model, real);
  } catch (e) {
    if (e instanceof PersistMiss) return { miss: e.miss, trace };
    throw e;
  }
  return undefined;
}

function failureOf(found: { miss: HttpMiss; trace: Step[] }, shrinkSteps: number) {
  return { counterexample: { commands: found.trace }, expected: found.miss.expected, actual: found.miss.actual, http: found.miss.http, shrinkSteps };
}

function replayedSteps(ctx: CheckContext): Step[] | undefined {
  if (!ctx.replay) return undefined;
  const value = JSON.parse(ctx.replay.json) as { commands?: unknown };
  return Array.isArray(value?.commands) ? (value.commands as Step[]) : [];
}

export const writePersists: CheckDef = {
  id: 'http.write.persists',
  level: 'MUST',
  title: 'the next GET shows each patch merged over the old meta',
  skipReason: needsWrites,
  async run(ctx): Promise<CheckOutcome> {
    const replay = replayedSteps(ctx);
    if (replay) {
      const found = await runSequence(ctx, replay);
      return { cases: 1, failures: found ? [failureOf(found, 0)] : [] };
    }
    const { seed, runs, shard } = ctx.settings;
    const numRuns = Math.max(1, Math.ceil(Math.min(runs, maxSequences) / (shard?.count ?? 1)));
    let targetError: unknown;
    let last: { miss: HttpMiss; trace: Step[] } | undefined;
    let sequences = 0;
    const property = fc.asyncProperty(fc.commands(commandArbs(ctx), { maxCommands }), async (cmds) => {
      if (targetError !== undefined || ctx.signal.aborted) return;
      sequences++;
      let real: { trace: Step[] } | undefined;
      try {
        const opened = await openSequence(ctx);
        real = opened.real;
        await fc.asyncModelRun(() => opened, cmds);
        const final = opened.real.trace.at(-1);
        if (final?.method !== 'GET') await runStep(ctx, { method: 'GET' }, opened.model, opened.real);
      } catch (e) {
        if (e instanceof PersistMiss) {
          last = { miss: e.miss, trace: real ? [...real.trace] : [] };
          throw e;
        }
        // A target error ends the search: remembered, re-thrown after fast-check returns.
        targetError = e;
        throw e;
      }
    });
    const shardSalt = shard ? shard.index * 0x9e3779b1 : 0;
    const details = await fc.check(property, { seed: (seed ^ shardSalt) | 0, numRuns, interruptAfterTimeLimit: 120_000 });
    if (targetError !== undefined) throw targetError;
    if (!details.failed || !last) return { cases: Math.min(sequences, details.numRuns), failures: [] };
    return { cases: details.numRuns, failures: [failureOf(last, details.numShrinks)] };
  },
};
