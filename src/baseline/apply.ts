/**
 * Known findings (SPEC §12): marks each finding new, known or expired against the baseline, sets a check whose every
 * finding is known to `known` (it does not gate), lists entries whose finding is gone ("fixed: remove it"), and builds
 * the entries `--update-baseline` writes. Pure.
 */
import type { BaselineMark, CheckResult, Failure } from '../core/types.js';
import type { BaselineEntry } from './file.js';

/** What the baseline did to a run. */
export interface BaselineOutcome {
  known: number;
  expired: number;
  fixed: { fingerprint: string; check: string; reason: string }[];
}

const applies = (e: BaselineEntry, check: string, target: string): boolean => e.check === check && (e.target === undefined || e.target === target);

/** The entry a finding of check `check` on target `spec` matches, with the mark it gives (known, or expired by `today`). */
function markOf(entries: readonly BaselineEntry[], check: string, spec: string, f: Failure, today: string): BaselineMark | undefined {
  const entry = f.fingerprint ? entries.find((e) => e.fingerprint === f.fingerprint && applies(e, check, spec)) : undefined;
  if (entry) {
    const expired = entry.expires !== undefined && entry.expires <= today;
    return {
      status: expired ? 'expired' : 'known',
      reason: entry.reason,
      ...(entry.link ? { link: entry.link } : {}),
      ...(entry.expires ? { expires: entry.expires } : {}),
    };
  }
  // A failure that only follows from a known finding of another check is known with it.
  const cause = f.causedBy ? entries.find((e) => e.fingerprint === f.causedBy!.fingerprint && (e.target === undefined || e.target === spec)) : undefined;
  return cause ? { status: 'known', reason: `follows from ${f.causedBy!.check} ${f.causedBy!.fingerprint}: ${cause.reason}` } : undefined;
}

/**
 * Marks the findings of one check result (in place) as new, known or expired, and sets a check whose every finding is
 * known to `known` (it does not gate). Run as each check finishes, so the vitest entry's tests pass or fail by it too.
 */
export function markCheck(c: CheckResult, entries: readonly BaselineEntry[], spec: string, today: string): void {
  for (const f of c.failures) f.baseline = markOf(entries, c.id, spec, f, today) ?? { status: 'new' };
  if (c.status === 'failed' && c.failures.length > 0 && c.failures.every((f) => f.baseline?.status === 'known') && !c.unattributed) c.status = 'known';
  c.failures.sort((a, b) => rank(a.baseline) - rank(b.baseline));
}

/** What the baseline did to a run whose checks are marked: counts, and the entries whose finding is gone. */
export function baselineOutcome(checks: readonly CheckResult[], entries: readonly BaselineEntry[], targets: readonly string[]): BaselineOutcome {
  const marks = checks.flatMap((c) => c.failures.map((f) => f.baseline?.status));
  const out: BaselineOutcome = { known: marks.filter((m) => m === 'known').length, expired: marks.filter((m) => m === 'expired').length, fixed: [] };
  for (const e of entries) {
    const onTarget = checks.filter((c) => e.target === undefined || targets[c.target ?? 0] === e.target);
    const ran = onTarget.filter((c) => c.id === e.check);
    // Met by its own finding, or by a finding of any check that follows from it (which it marks known).
    const met =
      ran.some((c) => c.failures.some((f) => f.fingerprint === e.fingerprint)) ||
      onTarget.some((c) => c.failures.some((f) => f.causedBy?.fingerprint === e.fingerprint));
    const exercised = ran.length > 0 && ran.every((c) => c.status !== 'skipped' && c.status !== 'errored' && !c.unattributed);
    if (exercised && !met) out.fixed.push({ fingerprint: e.fingerprint, check: e.check, reason: e.reason });
  }
  return out;
}

const rank = (m: BaselineMark | undefined): number => (m?.status === 'known' ? 2 : m?.status === 'expired' ? 1 : 0);

/**
 * The entries `--update-baseline` writes: every current finding (reasons, links and expiry of existing entries kept),
 * plus existing entries of checks this run did not exercise; entries of fixed findings are dropped.
 */
export function updatedEntries(checks: readonly CheckResult[], entries: readonly BaselineEntry[], targets: readonly string[], today: string): BaselineEntry[] {
  const out: BaselineEntry[] = [];
  const seen = new Set<string>();
  // A finding that follows from another check's finding is known with it, when that finding is in this run too.
  const present = new Set(checks.flatMap((c) => c.failures.map((f) => `${c.target ?? 0}|${c.id}|${f.fingerprint}`)));
  const coveredByCause = (c: CheckResult, f: Failure): boolean =>
    f.causedBy !== undefined && present.has(`${c.target ?? 0}|${f.causedBy.check}|${f.causedBy.fingerprint}`);
  for (const c of checks) {
    for (const f of c.failures) {
      if (!f.fingerprint || coveredByCause(c, f)) continue;
      const spec = targets[c.target ?? 0] ?? 'reference';
      const old = entries.find((e) => e.fingerprint === f.fingerprint && applies(e, c.id, spec));
      const key = `${c.id}|${f.fingerprint}|${old?.target ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(
        old ?? {
          fingerprint: f.fingerprint,
          check: c.id,
          reason: `accepted on ${today} with --update-baseline: say why, or fix it`,
          ...(f.signature ? { signature: f.signature } : {}),
        },
      );
    }
  }
  for (const e of entries) {
    const exercised = checks.some((c) => c.id === e.check && c.status !== 'skipped' && c.status !== 'errored');
    if (!exercised && !out.includes(e)) out.push(e);
  }
  return out;
}
