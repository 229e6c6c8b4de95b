/** The loop of the body-driven HTTP checks: run every body (in parallel when users are independent), collect findings. */
import type { Case } from '../../core/types.js';
import { DirectFindings } from '../../findings/direct.js';
import type { Miss } from '../../findings/types.js';
import { collectorFor } from '../search.js';
import type { CheckContext, CheckOutcome } from '../types.js';
import { bodyFor } from './cases.js';
import { endpointOf, forEachParallel, type HttpMiss } from './common.js';

/** A case to send: either generated (shrinkable) or a fixed raw body (malformed JSON and the like). */
export type BodySource = { generated: Case } | { raw: string; counterexample: unknown; label: string };

/**
 * Sends what one PATCH body needs and resolves to the verdict on the answers (the miss or undefined), which the loop
 * runs once the lane's next body is on its way.
 */
export type BodyJudge = (body: string) => Promise<() => HttpMiss | undefined>;

/**
 * Runs `judge` over the bodies of `sources` (in parallel when each case has its own user) and collects the findings:
 * generated cases are shrunk and fingerprinted like any case, raw bodies are findings by their label.
 */
export async function searchBodies(ctx: CheckContext, check: string, sources: Iterable<BodySource>, judge: BodyJudge): Promise<CheckOutcome> {
  const ep = endpointOf(ctx);
  const judgeCase = async (c: Case): Promise<Miss | undefined> => (await judge(bodyFor(c).body))();
  const collector = collectorFor(ctx, check, judgeCase, (c) => bodyFor(c).counterexample);
  const raw = new DirectFindings(check, ctx.settings.maxFindings);
  // With one fixed user, parallel writes would race each other; minted users are independent.
  const width = ep.users === 'minted' ? ep.concurrency : 1;
  const failing: { c: Case; miss: Miss }[] = [];
  let cases = 0;
  await forEachParallel(
    sources,
    width,
    async (src) => {
      cases++;
      const body = 'raw' in src ? src.raw : bodyFor(src.generated).body;
      const verdict = await judge(body);
      return () => {
        const miss = verdict();
        if (!miss) return false;
        if ('raw' in src) raw.add(miss, `body: ${src.label}`, src.counterexample);
        else failing.push({ c: src.generated, miss });
        return false;
      };
    },
    () => ctx.signal.aborted,
  );
  // Shrinking sends requests one after another, so it runs after the parallel sweep.
  for (const f of failing) await collector.add(f.c, f.miss);
  const unattributed = collector.unattributed + raw.unattributed;
  return { cases, findings: [...raw.findings(), ...collector.findings()], ...(unattributed ? { unattributed } : {}) };
}
