/** Runs one check against one target's context: skip, run, or error; the outcome becomes a `CheckResult`. */
import type { CheckContext, CheckDef } from '../checks/types.js';
import { type InFlightRequest, TargetError } from '../core/errors.js';
import type { CheckResult, RunWarning } from '../core/types.js';
import { type ReplaySettings, saveReplay, saveRequestsReplay } from './replay.js';

/** One check's result, and what it reports about the run's health. */
export interface CheckRun {
  result: CheckResult;
  warnings: RunWarning[];
  /** Set when the target failed (crash, timeout, protocol): the target's later checks are not run. */
  targetError?: string;
  /** A service that stopped answering: what was in flight, and how to send exactly that again. */
  inFlight?: { requests: InFlightRequest[]; replay: string };
  /** Set when the check itself broke (a bug in paragon-conformance: exit 4). */
  internalError?: string;
}

/** A result for a check that never ran, with the reason. */
export function notRun(def: Pick<CheckDef, 'id' | 'level' | 'title'>, reason: string, target = 0): CheckResult {
  return { id: def.id, level: def.level, title: def.title, status: 'skipped', cases: 0, failures: [], reason, durationMs: 0, target };
}

/** Every check of every target of a run cut short: the result that arrived, else not run with `reason`. */
export function resultsOrNotRun(
  targets: number,
  defs: readonly Pick<CheckDef, 'id' | 'level' | 'title'>[],
  results: readonly CheckResult[],
  reason: string,
): CheckResult[] {
  return Array.from({ length: targets }, (_, i) => defs.map((d) => results.find((r) => r.id === d.id && (r.target ?? 0) === i) ?? notRun(d, reason, i))).flat();
}

/** Runs `def`. Target errors and internal errors become an `errored` result saying which it is. */
export async function runCheck(def: CheckDef, ctx: CheckContext, replay: ReplaySettings, target = 0): Promise<CheckRun> {
  const started = performance.now();
  const base = { id: def.id, level: def.level, title: def.title, target };
  const took = () => Math.round(performance.now() - started);
  const reason =
    ctx.replay?.kind === 'requests' && def.id !== 'http.no-server-error'
      ? 'replaying in-flight requests: only http.no-server-error sends them'
      : def.skipReason(ctx.target);
  if (reason) return { result: { ...base, status: 'skipped', cases: 0, failures: [], reason, durationMs: 0 }, warnings: [] };
  try {
    const outcome = await def.run(ctx);
    const warnings = outcome.warnings ?? [];
    if (outcome.skip) return { result: { ...base, status: 'skipped', cases: outcome.cases, failures: [], reason: outcome.skip, durationMs: took() }, warnings };
    const failures = outcome.findings.map((f) => ({ ...f, ...saveReplay(replay, def.id, f) }));
    if (outcome.cases === 0 && failures.length === 0) {
      const why = ctx.replay ? `the replayed ${ctx.replay.kind} case does not apply to this check` : 'no case applied to this check';
      return { result: { ...base, status: 'skipped', cases: 0, failures: [], reason: why, durationMs: took() }, warnings };
    }
    return {
      result: {
        ...base,
        status: failures.length ? 'failed' : 'passed',
        cases: outcome.cases,
        failures,
        ...(outcome.unattributed ? { unattributed: outcome.unattributed } : {}),
        ...(outcome.notes?.length ? { reason: outcome.notes.join(' ') } : {}),
        durationMs: took(),
      },
      warnings,
    };
  } catch (e) {
    if (e instanceof TargetError) {
      const message = `${e.message}${e.request ? ` (request: ${e.request})` : ''}`;
      const inFlight = e.inFlight?.length ? { requests: [...e.inFlight], replay: saveRequestsReplay(replay, e.inFlight) } : undefined;
      const result: CheckResult = { ...base, status: 'errored', cases: 0, failures: [], reason: message, durationMs: took() };
      return { result, warnings: [], targetError: message, ...(inFlight ? { inFlight } : {}) };
    }
    const message = `internal error in check ${def.id} (a bug in paragon-conformance, not in the target): ${(e as Error).stack ?? String(e)}`;
    return { result: { ...base, status: 'errored', cases: 0, failures: [], reason: message, durationMs: took() }, warnings: [], internalError: message };
  }
}
