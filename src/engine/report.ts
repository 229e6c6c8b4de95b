/** Assembles the report from a run's parts; verdicts and summaries come from the report module's rules. Pure. */
import { toolName, toolVersion } from '../core/tool.js';
import type {
  Ambiguity,
  CheckResult,
  CoverageEntry,
  DictionarySummary,
  Disagreement,
  Report,
  RunError,
  RunWarning,
  TargetInfo,
  TargetRun,
} from '../core/types.js';
import type { CheckOptions } from '../options/types.js';
import { computeVerdict, gatesFixed, matrixOf, summarize } from '../report/verdict.js';
import { markFailures } from './coverage.js';

/** What a run produced, whichever executor ran it. */
export interface RunParts {
  targets: { info: TargetInfo; latencies: number[] }[];
  /** Every check of every target, tagged with its target index. */
  checks: CheckResult[];
  errors: RunError[];
  warnings: RunWarning[];
  /** Coverage counts over the run's cases (before failures are marked). */
  coverage: CoverageEntry[];
  disagreements?: Disagreement[];
  ambiguities?: Ambiguity[];
  /** The hostile dictionary phase's summary, from the process that generated the cases (absent when it did not run). */
  dictionary?: DictionarySummary;
}

/** What an executor hands back: the run's parts, and a usage error met while opening a target (exit 2). */
export interface Executed {
  parts: RunParts;
  usageError?: string;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return Math.round(sorted[i]! * 1000) / 1000;
}

function latencyOf(samples: number[]): { p50: number; p99: number; samples: number } | undefined {
  if (samples.length === 0) return undefined;
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99), samples: sorted.length };
}

/** The report's note when write checks were skipped because the run was read-only. */
function readOnlyNotes(results: readonly CheckResult[]): string[] {
  const skipped = [...new Set(results.filter((r) => r.status === 'skipped' && /read-only/.test(r.reason ?? '')).map((r) => r.id))];
  return skipped.length ? [`read-only: ${skipped.join(', ')} skipped; pass --allow-writes to send PATCH requests`] : [];
}

/** Builds a `Report`; `extra` carries the baseline and history parts the caller computed. */
export function assembleReport(
  options: CheckOptions,
  schema: Report['schema'],
  startedAt: Date,
  durationMs: number,
  parts: RunParts,
  extra: Pick<Report, 'baseline' | 'history'> = {},
): Report {
  const { checks, errors } = parts;
  const targets: TargetRun[] = parts.targets.map((t, i) => {
    const own = checks.filter((c) => (c.target ?? 0) === i);
    const latency = latencyOf(t.latencies);
    return {
      target: t.info,
      verdict: computeVerdict(
        own,
        options.strict,
        errors.filter((e) => e.target === i || e.target === undefined),
      ),
      summary: summarize(own, options.strict),
      ...(latency ? { latency } : {}),
    };
  });
  const gateFixed = gatesFixed(options.strictBaseline, extra.baseline);
  const verdicts = targets.map((t) => t.verdict);
  const verdict =
    verdicts.includes('non-conformant') || gateFixed ? 'non-conformant' : verdicts.includes('error') || errors.length > 0 ? 'error' : 'conformant';
  const cases = checks.reduce((n, r) => n + r.cases, 0);
  const latency = latencyOf(parts.targets.flatMap((t) => t.latencies));
  const ran = checks.some((r) => r.status !== 'skipped');
  const single = targets.length === 1;
  return {
    tool: { name: toolName, version: toolVersion },
    schema,
    target: single ? targets[0]!.target : { kind: 'multi', description: `${targets.length} targets: ${targets.map((t) => t.target.description).join('; ')}` },
    targets,
    seed: options.seed,
    runs: options.runs,
    strict: options.strict,
    ...(options.strictBaseline ? { strictBaseline: true } : {}),
    ...(options.shard ? { shard: options.shard } : {}),
    startedAt: startedAt.toISOString(),
    durationMs: Math.round(durationMs),
    verdict,
    summary: summarize(checks, options.strict),
    checks,
    coverage: ran ? markFailures(parts.coverage, checks) : [],
    timing: { cases, casesPerSecond: durationMs > 0 ? Math.round((cases / durationMs) * 1000) : 0, ...(latency ? { latency } : {}) },
    errors,
    warnings: parts.warnings,
    notes: readOnlyNotes(checks),
    ...(extra.baseline ? { baseline: extra.baseline } : {}),
    ...(targets.length > 1 ? { matrix: matrixOf(checks, targets.length) } : {}),
    ...(parts.disagreements?.length ? { disagreements: parts.disagreements } : {}),
    ...(parts.ambiguities ? { ambiguities: parts.ambiguities } : {}),
    ...(extra.history?.length ? { history: extra.history } : {}),
  };
}
