/** Assembles the report object from check results; verdict and summary come from the report module's rules. */

import { toolName, toolVersion } from '../core/tool.js';
import type { CheckResult, CoverageEntry, Report } from '../core/types.js';
import { computeVerdict, summarize } from '../report/verdict.js';
import type { CheckOptions } from './options.js';

/** The raw material of a report. */
export interface ReportInput {
  options: CheckOptions;
  schema: { $id: string; sha256: string };
  target: Report['target'];
  startedAt: Date;
  durationMs: number;
  results: CheckResult[];
  coverage: CoverageEntry[];
  latencies: number[];
  errors: Report['errors'];
  notes: string[];
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return Math.round(sorted[i]! * 1000) / 1000;
}

/** Builds a `Report`; the verdict rules live in `report/verdict.ts`. */
export function assembleReport(input: ReportInput): Report {
  const { options, results } = input;
  const cases = results.reduce((n, r) => n + r.cases, 0);
  const sorted = [...input.latencies].sort((a, b) => a - b);
  return {
    tool: { name: toolName, version: toolVersion },
    schema: input.schema,
    target: input.target,
    seed: options.seed,
    runs: options.runs,
    strict: options.strict,
    ...(options.shard ? { shard: options.shard } : {}),
    startedAt: input.startedAt.toISOString(),
    durationMs: Math.round(input.durationMs),
    verdict: computeVerdict(results, options.strict, input.errors),
    summary: summarize(results, options.strict),
    checks: results,
    coverage: input.coverage,
    timing: {
      cases,
      casesPerSecond: input.durationMs > 0 ? Math.round((cases / input.durationMs) * 1000) : 0,
      ...(sorted.length ? { latency: { p50: percentile(sorted, 50), p99: percentile(sorted, 99), samples: sorted.length } } : {}),
    },
    errors: input.errors,
    notes: input.notes,
  };
}
