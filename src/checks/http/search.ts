/** The loop of the body-driven HTTP checks: run cases in parallel, stop at the first miss, shrink it, report it. */
import type { GeneratedCase } from '../../../generators/source/types.js';
import type { Case, Failure } from '../../core/types.js';
import type { CheckContext, CheckOutcome } from '../../engine/check.js';
import { bodyFor } from './cases.js';
import { endpointOf, forEachParallel, type HttpMiss } from './common.js';

/** A case to send: either generated (shrinkable) or a fixed raw body (malformed JSON and the like). */
export type BodySource = { generated: GeneratedCase } | { raw: string; counterexample: unknown; label: string };

/** Judges one PATCH body; resolves to the miss or undefined. */
export type BodyJudge = (body: string) => Promise<HttpMiss | undefined>;

function bodyOf(src: BodySource): { body: string; counterexample: unknown } {
  return 'generated' in src ? bodyFor(src.generated) : { body: src.raw, counterexample: src.counterexample };
}

async function report(ctx: CheckContext, src: BodySource, judge: BodyJudge, firstMiss: HttpMiss): Promise<Omit<Failure, 'replay'>> {
  let shown: { body: string; counterexample: unknown; violation?: Case['violation'] } = bodyOf(src);
  let miss = firstMiss;
  let steps = 0;
  if ('generated' in src && !ctx.replay) {
    const shrunk = await ctx.cases.shrink(src.generated, async (cand) => (await judge(bodyFor(cand).body)) !== undefined, { maxSteps: 200 });
    const again = await judge(bodyFor(shrunk.case).body);
    if (again) {
      shown = { ...bodyFor(shrunk.case), ...(shrunk.case.violation ? { violation: shrunk.case.violation } : {}) };
      miss = again;
      steps = shrunk.steps;
    }
  }
  const violation = 'violation' in shown ? shown.violation : 'generated' in src ? src.generated.violation : undefined;
  return {
    counterexample: shown.counterexample,
    ...(violation ? { violation } : {}),
    expected: miss.expected,
    actual: miss.actual,
    http: miss.http,
    shrinkSteps: steps,
  };
}

/**
 * Runs `judge` over the bodies of `sources` (in parallel when each case has its own user), stops at the first
 * miss and shrinks it through the case source.
 */
export async function searchBodies(ctx: CheckContext, sources: Iterable<BodySource>, judge: BodyJudge): Promise<CheckOutcome> {
  const ep = endpointOf(ctx);
  // With one fixed user, parallel writes would race each other; minted users are independent.
  const width = ep.users === 'minted' ? ep.concurrency : 1;
  let cases = 0;
  let failing: { src: BodySource; miss: HttpMiss } | undefined;
  await forEachParallel(
    sources,
    width,
    async (src) => {
      cases++;
      const miss = await judge(bodyOf(src).body);
      if (miss && !failing) failing = { src, miss };
      return miss !== undefined;
    },
    () => ctx.signal.aborted,
  );
  if (!failing) return { cases, failures: [] };
  return { cases, failures: [await report(ctx, failing.src, judge, failing.miss)] };
}
