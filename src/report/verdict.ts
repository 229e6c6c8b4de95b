/** The single source of truth for how check results add up to a summary, a verdict and the targets' matrix (engine and merge share it). */
import type { CheckResult, CheckStatus, Matrix, Report, Verdict } from '../core/types.js';

type Judged = Pick<CheckResult, 'level' | 'status'>;

/** True when this check's failure blocks the gate: any failed MUST check, and failed SHOULD checks under `--strict`. */
export function isGatingFailure(check: Judged, strict: boolean): boolean {
  return check.status === 'failed' && (check.level === 'MUST' || strict);
}

/** True when this check is a warning: a failed SHOULD check when not strict. */
export function isWarning(check: Judged, strict: boolean): boolean {
  return check.status === 'failed' && !isGatingFailure(check, strict);
}

/**
 * Counts checks so that every check lands in exactly one bucket: `failed` holds gating failures only,
 * `warnings` the SHOULD failures that do not gate (not strict). passed+failed+skipped+errored+warnings = checks.
 */
export function summarize(checks: readonly Judged[], strict: boolean): Report['summary'] {
  const summary: Report['summary'] = { passed: 0, failed: 0, skipped: 0, errored: 0, warnings: 0 };
  let known = 0;
  for (const c of checks) {
    if (c.status === 'failed') {
      if (isGatingFailure(c, strict)) summary.failed++;
      else summary.warnings++;
    } else if (c.status === 'known') known++;
    else summary[c.status]++;
  }
  // `known` only appears when a baseline accepted something, so reports without one keep their shape.
  if (known > 0) summary.known = known;
  return summary;
}

/**
 * The verdict of a run. A gating failure is proof of non-conformance, so it wins over errors:
 * `non-conformant` if any check fails the gate; else `error` if any check errored or the run recorded
 * errors (target crash, interruption: conformance could not be established); else `conformant`.
 * Skipped checks do not change the verdict (the report lists them).
 */
export function computeVerdict(checks: readonly Judged[], strict: boolean, errors: readonly unknown[] = []): Verdict {
  if (checks.some((c) => isGatingFailure(c, strict))) return 'non-conformant';
  if (errors.length > 0 || checks.some((c) => c.status === 'errored')) return 'error';
  return 'conformant';
}

/** True when stale baseline entries fail the run: `--strict-baseline` and some entry's finding is gone. */
export function gatesFixed(strictBaseline: boolean, baseline: Pick<NonNullable<Report['baseline']>, 'fixed'> | undefined): boolean {
  return strictBaseline && (baseline?.fixed.length ?? 0) > 0;
}

/** Targets × checks and targets × findings as `conformance.json` records them (multi-target runs). */
export function matrixOf(checks: readonly CheckResult[], targets: number): Matrix {
  const at = (id: string, i: number) => checks.find((c) => c.id === id && (c.target ?? 0) === i);
  const ids = [...new Set(checks.map((c) => c.id))];
  const rows = new Map<string, Matrix['findings'][number]>();
  for (const c of checks) {
    for (const f of c.failures) {
      if (!f.fingerprint) continue;
      const row = rows.get(f.fingerprint) ?? {
        fingerprint: f.fingerprint,
        check: c.id,
        signature: f.signature ?? f.fingerprint,
        targets: Array.from({ length: targets }, () => null),
      };
      row.targets[c.target ?? 0] = f.baseline?.status ?? 'new';
      rows.set(f.fingerprint, row);
    }
  }
  return { checks: ids.map((id) => ({ id, statuses: Array.from({ length: targets }, (_, i) => at(id, i)?.status ?? null) })), findings: [...rows.values()] };
}

const severity: Record<CheckStatus, number> = { skipped: 0, passed: 1, known: 2, errored: 3, failed: 4 };

/**
 * The combined status of one check run in parts (shards): a counterexample anywhere makes it `failed`;
 * else an error anywhere makes it `errored` (some cases never ran); else `passed` if any part ran it; else `skipped`.
 */
export function worstStatus(statuses: readonly CheckStatus[]): CheckStatus {
  return statuses.reduce<CheckStatus>((worst, s) => (severity[s] > severity[worst] ? s : worst), 'skipped');
}

/**
 * The CLI exit code of a report (SPEC §16): 0 conformant, 1 non-conformant, 3 error (a target error), 4 when an
 * error was a bug in paragon-conformance itself.
 */
export function exitCodeFor(report: Pick<Report, 'verdict'> & { errors?: readonly { message?: string; internal?: boolean }[] }): 0 | 1 | 3 | 4 {
  if (report.verdict === 'conformant') return 0;
  if (report.verdict === 'non-conformant') return 1;
  return report.errors?.some((e) => e.internal) ? 4 : 3;
}
