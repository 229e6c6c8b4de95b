/**
 * `http.write.persists`: sequences of GET/PATCH steps, each on its own fresh user and run side by side when users are
 * minted, against a model of the merged meta. A GET that is not stable on an untouched user makes the check
 * untrustworthy: it is skipped with a run-health warning instead of blaming PATCH.
 */
import type fc from 'fast-check';
import { biasFor, caseRandom } from '../../../generators/arb/rng.js';
import { fcShrinks, greedy } from '../../../generators/source/shrink.js';
import { jsonEqual, objectFrom } from '../../core/json.js';
import { stringClass } from '../../findings/classes.js';
import { DirectFindings } from '../../findings/direct.js';
import type { CheckContext, CheckDef, CheckOutcome, RunSettings } from '../types.js';
import { endpointOf, forEachParallel, type HttpMiss, needsWrites, readJson, send } from './common.js';
import { openSequence, PersistMiss, runStep, type Step, sequenceArb } from './persists-model.js';

/** Most sequences per run: each is several requests. */
const maxSequences = 100;

/** The indexes of this run's sequences (this shard's share). */
function sequenceIndexes({ runs, shard }: Pick<RunSettings, 'runs' | 'shard'>): number[] {
  return Array.from({ length: Math.min(runs, maxSequences) }, (_, i) => i).filter((i) => !shard || i % shard.count === shard.index - 1);
}

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

function replayedSteps(ctx: CheckContext): Step[] | undefined {
  if (!ctx.replay) return undefined;
  const value = JSON.parse(ctx.replay.json) as { commands?: unknown };
  return Array.isArray(value?.commands) ? (value.commands as Step[]) : [];
}

/** Two GETs of an untouched user: when they differ, nothing this check sees can be blamed on PATCH. */
async function unstableGet(ctx: CheckContext): Promise<string | undefined> {
  const user = await endpointOf(ctx).newUser();
  const a = await send(ctx, { method: 'GET', authorization: user.authorization });
  const b = await send(ctx, { method: 'GET', authorization: user.authorization });
  const x = readJson(a.res);
  const y = readJson(b.res);
  if (a.res.status !== b.res.status || !x.ok || !y.ok || !jsonEqual(x.value, y.value)) {
    return `two GETs of the same untouched user answered differently (${a.res.status}: ${a.res.body.slice(0, 80)} / ${b.res.status}: ${b.res.body.slice(0, 80)}); persistence checks cannot be trusted against a service whose GET is not stable`;
  }
  return undefined;
}

/** The one key a (shrunk) sequence patches, or undefined when it patches none or several. */
function onlyKey(steps: readonly Step[]): string | undefined {
  const keys = steps.flatMap((s) => (s.method === 'PATCH' ? Object.keys(s.body.meta as object) : []));
  return new Set(keys).size === 1 ? keys[0] : undefined;
}

/** `steps` with every patched `from` key renamed to `to`. */
function renamed(steps: readonly Step[], from: string, to: string): Step[] {
  return steps.map((s) => {
    if (s.method !== 'PATCH') return s;
    const meta = objectFrom(Object.entries(s.body.meta as object).map(([k, v]): [string, unknown] => [k === from ? to : k, v]));
    return { method: 'PATCH', body: { meta } };
  });
}

/** Shrinks a failing sequence keeping its failure class, then records it. */
async function record(ctx: CheckContext, found: DirectFindings, start: fc.Value<Step[]>, first: { miss: HttpMiss; trace: Step[] }): Promise<void> {
  const cls = first.miss.failureClass;
  let last = first;
  const { value, steps } = await greedy(
    start,
    fcShrinks(sequenceArb),
    async (cand) => {
      const r = await runSequence(ctx, cand.value);
      if (r && r.miss.failureClass === cls) last = r;
      return r !== undefined && r.miss.failureClass === cls;
    },
    200,
  );
  // The key's class is part of the fingerprint only when a plain key does not fail the same way.
  const key = onlyKey(value.value);
  const plain = key === undefined || key === 'k' ? undefined : await runSequence(ctx, renamed(value.value, key, 'k'));
  const matters = key !== undefined && key !== 'k' && plain?.miss.failureClass !== cls;
  found.add(last.miss, 'GET after PATCH', { commands: last.trace }, matters ? { value: `key:${stringClass(key)}` } : {}, steps);
}

export const writePersists: CheckDef = {
  id: 'http.write.persists',
  level: 'MUST',
  title: 'the next GET shows each patch merged over the old meta',
  skipReason: needsWrites,
  // The stability probe's user, then one per sequence.
  freshUsers: (p) => (p.writes ? 1 + sequenceIndexes(p.settings).length : 0),
  async run(ctx): Promise<CheckOutcome> {
    const found = new DirectFindings('http.write.persists', ctx.settings.maxFindings);
    const replay = replayedSteps(ctx);
    if (replay) {
      const r = await runSequence(ctx, replay);
      if (r) found.add(r.miss, 'GET after PATCH', { commands: r.trace });
      return { cases: 1, findings: found.findings() };
    }
    const unstable = await unstableGet(ctx);
    if (unstable) return { cases: 0, findings: [], skip: unstable, warnings: [{ code: 'http-unstable-get', message: unstable }] };
    const ep = endpointOf(ctx);
    const { seed } = ctx.settings;
    const indexes = sequenceIndexes(ctx.settings);
    const failing: { start: fc.Value<Step[]>; first: { miss: HttpMiss; trace: Step[] } }[] = [];
    let cases = 0;
    await forEachParallel(
      indexes,
      ep.users === 'minted' ? ep.concurrency : 1,
      async (i) => {
        const start = sequenceArb.generate(caseRandom(seed, 'valid', 1_000_000 + i), biasFor(i));
        cases++;
        const r = await runSequence(ctx, start.value);
        if (r) failing.push({ start, first: r });
        return false;
      },
      () => ctx.signal.aborted,
    );
    for (const f of failing.slice(0, ctx.settings.maxFindings + 5)) await record(ctx, found, f.start, f.first);
    return {
      cases,
      findings: found.findings(),
      ...(failing.length > ctx.settings.maxFindings + 5 ? { unattributed: failing.length - ctx.settings.maxFindings - 5 } : {}),
    };
  },
};
