/** Renders `conformance.json`: the report with a fixed key order, pretty-printed, so diffs between runs stay small. */
import type { CheckResult, CoverageEntry, Failure, Report } from '../core/types.js';

/** Copies the listed keys first (in that order), then any other own keys; never sets a prototype. */
function ordered<T extends object>(value: T, keys: readonly (keyof T & string)[]): T {
  const entries: [string, unknown][] = [];
  for (const k of keys) if (Object.hasOwn(value, k) && value[k] !== undefined) entries.push([k, value[k]]);
  for (const [k, v] of Object.entries(value)) if (!keys.includes(k as keyof T & string) && v !== undefined) entries.push([k, v]);
  return Object.fromEntries(entries) as T; // fromEntries defines own properties, so `__proto__` stays data
}

// `counterexample` is required by the report schema; an absent one (undefined) is written as null rather than dropped.
const failure = (f: Failure): Failure =>
  ordered({ ...f, counterexample: f.counterexample === undefined ? null : f.counterexample }, [
    'fingerprint',
    'signature',
    'failureClass',
    'hits',
    'baseline',
    'causedBy',
    'counterexample',
    'violation',
    'expected',
    'actual',
    'replay',
    'replayFile',
    'shrinkSteps',
    'http',
  ]);

const check = (c: CheckResult): CheckResult =>
  ordered({ ...c, failures: c.failures.map(failure) }, [
    'id',
    'target',
    'level',
    'title',
    'status',
    'cases',
    'durationMs',
    'reason',
    'unattributed',
    'failures',
  ]);

const coverage = (e: CoverageEntry): CoverageEntry => ordered(e, ['location', 'valid', 'invalid', 'failedChecks']);

/** The report in canonical key order (top level, checks, failures, coverage); values are not changed. */
export function canonicalReport(report: Report): Report {
  const body = { ...report, checks: report.checks.map(check), coverage: report.coverage.map(coverage) };
  return ordered(body, [
    'tool',
    'schema',
    'target',
    'targets',
    'seed',
    'runs',
    'strict',
    'shard',
    'startedAt',
    'durationMs',
    'verdict',
    'summary',
    'checks',
    'coverage',
    'timing',
    'errors',
    'warnings',
    'notes',
    'baseline',
    'matrix',
    'disagreements',
    'ambiguities',
    'history',
  ]);
}

/** `conformance.json`: canonical key order, two-space indent, trailing newline. */
export function renderJson(report: Report): string {
  return `${JSON.stringify(canonicalReport(report), null, 2)}\n`;
}
