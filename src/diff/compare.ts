/** Compares the findings of two reports by fingerprint (SPEC §12 `diff-reports`): new, fixed and unchanged. Pure. */
import type { Failure, Report } from '../core/types.js';

/** One finding as the diff sees it. */
export interface DiffEntry {
  target: string;
  check: string;
  fingerprint: string;
  signature: string;
  /** Cases that hit it in the newer report (or the older one, for fixed findings). */
  hits: number;
  /** Baseline standing in the report it comes from (`known` findings are listed but marked). */
  known: boolean;
  replay?: string;
}

/** The difference between two runs. */
export interface ReportDiff {
  added: DiffEntry[];
  fixed: DiffEntry[];
  unchanged: DiffEntry[];
  /** Checks that ran in one report and not in the other (their findings cannot be compared). */
  notCompared: string[];
}

/** The findings of a report, keyed by target, check and fingerprint; one-target reports key without the target name. */
function entries(r: Report, single: boolean): Map<string, DiffEntry> {
  const out = new Map<string, DiffEntry>();
  for (const c of r.checks) {
    const target = single ? '' : (r.targets?.[c.target ?? 0]?.target.description ?? r.target.description);
    for (const f of c.failures as Failure[]) {
      const fingerprint = f.fingerprint ?? `legacy:${f.expected}|${f.actual}`.slice(0, 80);
      const key = `${target}|${c.id}|${fingerprint}`;
      if (out.has(key)) continue;
      out.set(key, {
        target,
        check: c.id,
        fingerprint,
        signature: f.signature ?? `${c.id}: ${f.expected}`,
        hits: f.hits ?? 1,
        known: f.baseline?.status === 'known',
        ...(f.replay ? { replay: f.replay } : {}),
      });
    }
  }
  return out;
}

const ran = (r: Report): Set<string> => new Set(r.checks.filter((c) => c.status !== 'skipped' && c.status !== 'errored').map((c) => c.id));

/** What changed from `older` to `newer`. */
export function diffReports(older: Report, newer: Report): ReportDiff {
  const single = (older.targets?.length ?? 1) === 1 && (newer.targets?.length ?? 1) === 1;
  const a = entries(older, single);
  const b = entries(newer, single);
  const ranA = ran(older);
  const ranB = ran(newer);
  const notCompared = [...new Set([...ranA, ...ranB])].filter((id) => !(ranA.has(id) && ranB.has(id))).sort();
  const added: DiffEntry[] = [];
  const unchanged: DiffEntry[] = [];
  const fixed: DiffEntry[] = [];
  // A finding of a check the older run did not run is new too: nothing showed it absent before.
  for (const [k, e] of b) (a.has(k) ? unchanged : added).push(e);
  for (const [k, e] of a) if (!b.has(k) && ranB.has(e.check)) fixed.push(e);
  return { added, fixed, unchanged, notCompared };
}
