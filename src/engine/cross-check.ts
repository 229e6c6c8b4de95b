/**
 * Disagreements between targets (SPEC §13): every finding that some targets have and others not is re-run, as its
 * shrunk counterexample alone, on every target, so the report shows who fails and who passes on exactly that case.
 */
import type { CheckDef } from '../checks/types.js';
import type { Disagreement } from '../core/types.js';
import { runCheck } from './check-run.js';
import type { ReplaySettings } from './replay.js';
import type { TargetState } from './run.js';

/** Most disagreements re-run per run. */
const MAX = 50;

/** Cross-checks the findings of case-driven checks between all open targets. */
export async function crossCheck(
  targets: readonly TargetState[],
  checks: readonly CheckDef[],
  replay: (t: TargetState) => ReplaySettings,
): Promise<Disagreement[]> {
  const out: Disagreement[] = [];
  for (const def of checks) {
    if (def.id.startsWith('http.')) continue;
    const ran = targets.map((t) => t.results.find((r) => r.id === def.id));
    const seen = new Map<string, { f: NonNullable<(typeof ran)[number]>['failures'][number] }>();
    for (const r of ran) for (const f of r?.failures ?? []) if (f.fingerprint && !seen.has(f.fingerprint)) seen.set(f.fingerprint, { f });
    for (const [fp, { f }] of seen) {
      const has = ran.map((r) => r?.failures.some((x) => x.fingerprint === fp) ?? false);
      if (has.every(Boolean) || out.length >= MAX) continue;
      const outcomes: Disagreement['outcomes'] = [];
      for (let i = 0; i < targets.length; i++) {
        const t = targets[i]!;
        const r = ran[i];
        if (has[i]) outcomes.push('fails');
        else if (!t.ctx || !r || r.status === 'skipped') outcomes.push('skipped');
        else if (r.status === 'errored' || t.fatal) outcomes.push('errored');
        else {
          const replayCase = {
            kind: f.violation ? ('invalid' as const) : ('valid' as const),
            json: JSON.stringify(f.counterexample),
            ...(f.violation ? { violation: f.violation } : {}),
          };
          const again = await runCheck(def, { ...t.ctx, replay: replayCase }, replay(t), i);
          outcomes.push(again.targetError || again.internalError ? 'errored' : again.result.failures.length > 0 ? 'fails' : 'passes');
        }
      }
      out.push({
        check: def.id,
        fingerprint: fp,
        signature: f.signature ?? fp,
        counterexample: f.counterexample,
        ...(f.violation ? { violation: f.violation } : {}),
        outcomes,
      });
    }
  }
  return out;
}
