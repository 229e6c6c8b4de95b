/** Run health (SPEC §12): the run says when its own results cannot be trusted, and names the likely cause. */
import type { CheckResult, RunWarning, Target } from '../core/types.js';

const accepting = new Set(['validate.accepts-valid', 'parse.accepts-valid']);

/** Failing cases of a check, counted over its findings and what was not attributed. */
const failing = (r: CheckResult): number => r.failures.reduce((n, f) => n + (f.hits ?? 1), 0) + (r.unattributed ?? 0);

/** Warnings one check's result gives: every valid case rejected means the target is likely wired wrong. */
export function checkHealth(r: CheckResult, target: number): RunWarning[] {
  if (!accepting.has(r.id) || r.status !== 'failed' || r.cases < 10 || failing(r) < r.cases) return [];
  const op = r.id.split('.')[0];
  return [
    {
      code: 'all-valid-rejected',
      target,
      message: `every valid case (${r.cases}) was rejected by ${op}: is the target wired to the right function? (a ${op} that answers the opposite, or a module that exports something else under that name, looks like this)`,
    },
  ];
}

/** Warnings a target's traffic gives: a token the service refuses makes every HTTP result meaningless. */
export function targetHealth(t: Target, target: number): RunWarning[] {
  const log = t.http?.log;
  if (!log || log.authorised < 10 || log.authorisedRefused / log.authorised < 0.9) return [];
  return [
    {
      code: 'http-token-refused',
      target,
      message: `${log.authorisedRefused} of ${log.authorised} requests with the suite's own user token were answered 401/403: the token is refused. Check --token-env / --signing-key and --project-id; the HTTP results of this run cannot be trusted.`,
    },
  ];
}
