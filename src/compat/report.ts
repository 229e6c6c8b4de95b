/** Assembles the compat report and derives its one verdict and exit code (SPEC §14, §16). */
import type { LoadedSchema } from '../schema/load.js';
import type { CompatReport, JudgedChange, Role, RoleVerdict, VerdictKind } from './types.js';
import { roles } from './types.js';

/** The role verdicts of a change that were asked for. */
export function verdictsOf(c: JudgedChange): [Role, RoleVerdict][] {
  return roles.flatMap((r): [Role, RoleVerdict][] => (c[r] ? [[r, c[r]]] : []));
}

/** Counts role verdicts: accepted ones only under `accepted`. */
export function summarize(changes: readonly JudgedChange[]): CompatReport['summary'] {
  const s = { changes: changes.length, compatible: 0, breaking: 0, unknown: 0, accepted: 0 };
  for (const c of changes) {
    for (const [, v] of verdictsOf(c)) {
      if (v.accepted !== undefined) s.accepted++;
      else s[v.verdict]++;
    }
  }
  return s;
}

/** `breaking` if any break is not accepted; else `unknown` if any undecided change is not accepted; else `compatible`. */
export function overallVerdict(summary: CompatReport['summary']): VerdictKind {
  if (summary.breaking > 0) return 'breaking';
  return summary.unknown > 0 ? 'unknown' : 'compatible';
}

/** Exit code: 0 compatible (or only accepted breaks), 1 breaking, and 1 for unknown unless `--allow-unknown`. */
export function compatExitCode(report: Pick<CompatReport, 'verdict' | 'allowUnknown'>): 0 | 1 {
  if (report.verdict === 'breaking') return 1;
  return report.verdict === 'unknown' && !report.allowUnknown ? 1 : 0;
}

/** What the report is built from: its fields, with the schemas as loaded and the start as a date; verdict and summary are derived. */
export type ReportParts = Omit<CompatReport, 'old' | 'new' | 'verdict' | 'summary' | 'startedAt'> & {
  old: LoadedSchema;
  new: LoadedSchema;
  startedAt: Date;
};

const schemaInfo = (s: LoadedSchema) => ({ source: s.source, $id: s.$id, sha256: s.sha256 });

/** Builds the report (summary and verdict derived from the changes). */
export function buildReport(p: ReportParts): CompatReport {
  const summary = summarize(p.changes);
  return {
    tool: p.tool,
    old: schemaInfo(p.old),
    new: schemaInfo(p.new),
    roles: p.roles,
    verdict: overallVerdict(summary),
    allowUnknown: p.allowUnknown,
    summary,
    changes: p.changes,
    targets: p.targets,
    impact: p.impact,
    staleAccepts: p.staleAccepts,
    notes: p.notes,
    startedAt: p.startedAt.toISOString(),
    durationMs: Math.round(p.durationMs),
  };
}
