/**
 * Known findings (SPEC §12): marks each finding new, known or expired against the baseline, sets a check whose every
 * finding is known to `known` (it does not gate), lists entries whose finding is gone ("fixed: remove it"), and builds
 * the entries `--update-baseline` writes. Pure.
 */
import type { BaselineMark, CheckResult } from '../core/types.js';
import type { BaselineEntry } from './file.js';

/** What the baseline did to a run. */
export interface BaselineOutcome {
  known: number;
  expired: number;
  fixed: { fingerprint: string; check: string; reason: string }[];
}

const applies = (e: BaselineEntry, check: string, target: string): boolean => e.check === check && (e.target === undefined || e.target === target);

/** Marks the findings of `checks` (mutated in place); `targets[i]` is the spec of target index i; `today` is YYYY-MM-DD. */
export function applyBaseline(checks: CheckResult[], entries: readonly BaselineEntry[], targets: readonly string[], today: string): BaselineOutcome {
  const out: BaselineOutcome = { known: 0, expired: 0, fixed: [] };
  const used = new Set<BaselineEntry>();
  for (const c of checks) {
    const spec = targets[c.target ?? 0] ?? 'reference';
    const markOf = (fingerprint: string | undefined): { entry: BaselineEntry; mark: BaselineMark } | undefined => {
      const entry = fingerprint ? entries.find((e) => e.fingerprint === fingerprint && applies(e, c.id, spec)) : undefined;
      if (!entry) return undefined;
      const expired = entry.expires !== undefined && entry.expires <= today;
      return {
        entry,
        mark: {
          status: expired ? 'expired' : 'known',
          reason: entry.reason,
          ...(entry.link ? { link: entry.link } : {}),
          ...(entry.expires ? { expires: entry.expires } : {}),
        },
      };
    };
    for (const f of c.failures) {
      let m = markOf(f.fingerprint);
      // A failure that only follows from a known finding of another check is known with it.
      if (!m && f.causedBy) {
        const cause = entries.find((e) => e.fingerprint === f.causedBy!.fingerprint && (e.target === undefined || e.target === spec));
        if (cause) m = { entry: cause, mark: { status: 'known', reason: `follows from ${f.causedBy.check} ${f.causedBy.fingerprint}: ${cause.reason}` } };
      }
      if (m) used.add(m.entry);
      f.baseline = m?.mark ?? { status: 'new' };
      if (f.baseline.status === 'known') out.known++;
      if (f.baseline.status === 'expired') out.expired++;
    }
    if (c.status === 'failed' && c.failures.length > 0 && c.failures.every((f) => f.baseline?.status === 'known') && !c.unattributed) c.status = 'known';
    c.failures.sort((a, b) => rank(a.baseline) - rank(b.baseline));
  }
  for (const e of entries) {
    if (used.has(e)) continue;
    const ran = checks.filter((c) => c.id === e.check && (e.target === undefined || targets[c.target ?? 0] === e.target));
    const exercised = ran.length > 0 && ran.every((c) => c.status !== 'skipped' && c.status !== 'errored' && !c.unattributed);
    if (exercised) out.fixed.push({ fingerprint: e.fingerprint, check: e.check, reason: e.reason });
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
  for (const c of checks) {
    for (const f of c.failures) {
      if (!f.fingerprint || f.causedBy) continue;
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
