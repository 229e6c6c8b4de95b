/**
 * Joins shard reports into one (SPEC §7), as a pure function. Shards must come from the same run configuration:
 * same tool version, seed, runs, schema and target, distinct shard indexes of the same count.
 * Timing: cases are summed; shards run side by side, so the merged duration is the longest shard's and
 * cases/s is summed cases over that duration. Latency keeps the worst p99 (an upper bound: the exact p99 of the
 * union is not recoverable from percentiles) and a samples-weighted mean of the p50s; samples are summed.
 * Check durations are summed (total effort across shards).
 */
import { UsageError } from '../core/errors.js';
import type { CheckResult, CoverageEntry, Failure, Report, RunError, TargetRun } from '../core/types.js';
import { computeVerdict, gatesFixed, matrixOf, summarize, worstStatus } from './verdict.js';

export { computeVerdict, summarize } from './verdict.js';

/** Options of `mergeReports`. */
export interface MergeOptions {
  /** Overrides the shards' `strict` flag when recomputing the verdict (default: strict if any shard was). */
  strict?: boolean;
  /** Overrides the shards' `strictBaseline` flag: fixed entries fail the merged gate (default: if any shard's did). */
  strictBaseline?: boolean;
  /** Names of the inputs (e.g. their directories) for error messages, in the order of `reports`. */
  names?: readonly string[];
}

function refuseMismatch(reports: readonly Report[], names: readonly string[]): void {
  const facts: [string, (r: Report) => string][] = [
    ['seed', (r) => String(r.seed)],
    ['schema sha256', (r) => r.schema.sha256],
    ['target', (r) => r.target.description],
    ['targets', (r) => r.targets.map((t) => t.target.description).join(' | ')],
    ['runs', (r) => String(r.runs)],
    ['tool version', (r) => r.tool.version],
    ['shard count', (r) => (r.shard ? String(r.shard.count) : 'unsharded')],
  ];
  for (const [what, get] of facts) {
    const first = get(reports[0]!);
    const i = reports.findIndex((r) => get(r) !== first);
    if (i > 0) {
      throw new UsageError(
        `cannot merge reports with different ${what}: ${names[0]} has '${first}', ${names[i]} has '${get(reports[i]!)}'. Merge only the shards of one run (same --seed, --runs, --schema, --target and version).`,
      );
    }
  }
  const seen = new Map<number, string>();
  reports.forEach((r, i) => {
    if (!r.shard) {
      if (reports.length > 1)
        throw new UsageError(
          `${names[i]} is not a shard report (no shard field), so it cannot be merged with others. Merge the reports of one \`check --shard I/N\` matrix.`,
        );
      return;
    }
    if (r.shard.index > r.shard.count)
      throw new UsageError(`${names[i]} claims shard ${r.shard.index}/${r.shard.count}, which does not exist. Shards are numbered 1 to N.`);
    const dup = seen.get(r.shard.index);
    if (dup !== undefined)
      throw new UsageError(
        `${dup} and ${names[i]} are both shard ${r.shard.index}/${r.shard.count}; merging would count its cases twice. Pass each shard's report once.`,
      );
    seen.set(r.shard.index, names[i]!);
  });
}

/** A shard whose report is absent means cases never ran: that is an error, so the gate cannot pass by omission. */
function missingShards(reports: readonly Report[]): RunError[] {
  const count = reports[0]?.shard?.count;
  if (!count) return [];
  const have = new Set(reports.map((r) => r.shard!.index));
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !have.has(i));
  return missing.length
    ? [
        {
          message: `missing shard report(s) ${missing.map((i) => `${i}/${count}`).join(', ')}: their cases did not run. Pass every shard's report directory to merge-reports.`,
        },
      ]
    : [];
}

/** Findings of one check across shards: the same fingerprint is one finding (hits summed, first counterexample kept). */
function mergeFailures(parts: readonly CheckResult[]): Failure[] {
  const out: Failure[] = [];
  for (const f of parts.flatMap((p) => p.failures)) {
    const same = f.fingerprint ? out.find((x) => x.fingerprint === f.fingerprint) : undefined;
    if (same) same.hits = (same.hits ?? 1) + (f.hits ?? 1);
    else out.push({ ...f });
  }
  return out;
}

function mergeChecks(reports: readonly Report[]): CheckResult[] {
  const byKey = new Map<string, CheckResult[]>();
  for (const r of reports) for (const c of r.checks) byKey.set(`${c.target ?? 0}|${c.id}`, [...(byKey.get(`${c.target ?? 0}|${c.id}`) ?? []), c]);
  return [...byKey.values()].map((parts) => {
    const first = parts[0]!;
    const reasons = [...new Set(parts.map((p) => p.reason).filter((x): x is string => Boolean(x)))];
    const unattributed = parts.reduce((n, p) => n + (p.unattributed ?? 0), 0);
    const merged: CheckResult = {
      id: first.id,
      level: first.level,
      title: first.title,
      status: worstStatus(parts.map((p) => p.status)),
      cases: parts.reduce((n, p) => n + p.cases, 0),
      failures: mergeFailures(parts),
      durationMs: parts.reduce((n, p) => n + p.durationMs, 0),
      ...(unattributed ? { unattributed } : {}),
      ...(first.target !== undefined ? { target: first.target } : {}),
    };
    if (reasons.length) merged.reason = reasons.join('; ');
    return merged;
  });
}

/** Reports written before multi-target runs have no `targets` and no `warnings`: read them as one-target reports. */
export function upgradeReport(r: Report): Report {
  const old = r as Report & { targets?: Report['targets']; warnings?: Report['warnings'] };
  return {
    ...r,
    targets: old.targets ?? [{ target: r.target, verdict: r.verdict, summary: r.summary, ...(r.timing.latency ? { latency: r.timing.latency } : {}) }],
    warnings: old.warnings ?? [],
  };
}

/**
 * Baseline entries are fixed in the merged run when some shard did not meet them (`unmet`; `fixed` in reports of
 * earlier versions) and no shard met their finding.
 */
function mergeBaseline(reports: readonly Report[], checks: readonly CheckResult[]): Report['baseline'] {
  const withBaseline = reports.filter((r) => r.baseline);
  if (withBaseline.length === 0) return undefined;
  const met = new Set(checks.flatMap((c) => c.failures.map((f) => f.fingerprint)));
  const fixed = new Map<string, NonNullable<Report['baseline']>['fixed'][number]>();
  for (const r of withBaseline) {
    for (const f of [...r.baseline!.fixed, ...(r.baseline!.unmet ?? [])]) if (!met.has(f.fingerprint)) fixed.set(`${f.check}|${f.fingerprint}`, f);
  }
  const first = withBaseline[0]!.baseline!;
  const marks = checks.flatMap((c) => c.failures.map((f) => f.baseline?.status));
  return {
    file: first.file,
    entries: first.entries,
    known: marks.filter((m) => m === 'known').length,
    expired: marks.filter((m) => m === 'expired').length,
    fixed: [...fixed.values()],
  };
}

function mergeCoverage(reports: readonly Report[]): CoverageEntry[] {
  const byLocation = new Map<string, CoverageEntry>();
  for (const r of reports) {
    for (const e of r.coverage) {
      const acc = byLocation.get(e.location) ?? { location: e.location, valid: 0, invalid: 0, failedChecks: [] };
      byLocation.set(e.location, {
        location: e.location,
        valid: acc.valid + e.valid,
        invalid: acc.invalid + e.invalid,
        failedChecks: [...new Set([...acc.failedChecks, ...e.failedChecks])],
      });
    }
  }
  return [...byLocation.values()];
}

function mergeTiming(reports: readonly Report[], durationMs: number): Report['timing'] {
  const cases = reports.reduce((n, r) => n + r.timing.cases, 0);
  const timing: Report['timing'] = { cases, casesPerSecond: durationMs > 0 ? Math.round((cases / (durationMs / 1000)) * 10) / 10 : 0 };
  const lat = reports.map((r) => r.timing.latency).filter((l) => l !== undefined);
  if (lat.length) {
    const samples = lat.reduce((n, l) => n + l.samples, 0);
    const p50 = samples > 0 ? lat.reduce((n, l) => n + l.p50 * l.samples, 0) / samples : Math.max(...lat.map((l) => l.p50));
    timing.latency = { p50: Math.round(p50 * 1000) / 1000, p99: Math.max(...lat.map((l) => l.p99)), samples };
  }
  return timing;
}

/**
 * Merges shard reports into one: checks by id (cases summed, failures concatenated in shard order, status the
 * worst: failed > errored > passed > skipped), coverage summed per location, timing combined, summary and verdict
 * recomputed (and the targets' matrix), `shard` removed, errors, notes and spec ambiguities concatenated (notes and
 * ambiguities de-duplicated). Missing shards (e.g. 2 of 3 given) are recorded as an error, so the merged verdict is
 * at best `error`.
 * @throws UsageError when there is nothing to merge or the reports are not shards of one run.
 */
export function mergeReports(input: readonly Report[], options: MergeOptions = {}): Report {
  let reports = input;
  if (reports.length === 0) throw new UsageError('no reports to merge. Pass the report directories of the shards.');
  const names = reports.map((_, i) => options.names?.[i] ?? `report #${i + 1}`);
  reports = reports.map(upgradeReport);
  refuseMismatch(reports, names);
  // Shard order, not argument order, so the result does not depend on how the directories were listed.
  const sorted = reports
    .map((r, i) => ({ r, i }))
    .sort((a, b) => (a.r.shard?.index ?? 0) - (b.r.shard?.index ?? 0) || a.i - b.i)
    .map((x) => x.r);
  const first = sorted[0]!;
  const strict = options.strict ?? sorted.some((r) => r.strict);
  const strictBaseline = options.strictBaseline ?? sorted.some((r) => r.strictBaseline === true);
  const checks = mergeChecks(sorted);
  const errors = [...sorted.flatMap((r) => r.errors), ...missingShards(sorted)];
  const durationMs = Math.max(...sorted.map((r) => r.durationMs));
  const interrupted: RunError[] = sorted.some((r) => r.verdict === 'error') ? [{ message: 'a shard ended in error' }] : [];
  const { shard: _dropped, baseline: _b, disagreements: _d, history: _h, matrix: _m, ambiguities: _a, ...base } = first;
  const baseline = mergeBaseline(sorted, checks);
  const targets: TargetRun[] = first.targets.map((t, i) => {
    const own = checks.filter((c) => (c.target ?? 0) === i);
    return {
      target: t.target,
      verdict: computeVerdict(
        own,
        strict,
        errors.filter((e) => e.target === i || e.target === undefined),
      ),
      summary: summarize(own, strict),
    };
  });
  const seenWarnings = new Set<string>();
  const warnings = sorted.flatMap((r) => r.warnings).filter((w) => !seenWarnings.has(`${w.code}|${w.target}`) && seenWarnings.add(`${w.code}|${w.target}`));
  const disagreements = sorted.flatMap((r) => r.disagreements ?? []).filter((d, i, all) => all.findIndex((x) => x.fingerprint === d.fingerprint) === i);
  // Each shard judged its own cases with the second opinion: the merged run lists every ambiguity once.
  const ambiguities = sorted.some((r) => r.ambiguities)
    ? sorted.flatMap((r) => r.ambiguities ?? []).filter((a, i, all) => all.findIndex((x) => x.json === a.json) === i)
    : undefined;
  return {
    ...base,
    targets,
    warnings,
    ...(baseline ? { baseline } : {}),
    ...(targets.length > 1 ? { matrix: matrixOf(checks, targets.length) } : {}),
    ...(disagreements.length ? { disagreements } : {}),
    ...(ambiguities ? { ambiguities } : {}),
    strict,
    ...(strictBaseline ? { strictBaseline } : {}),
    startedAt: sorted.map((r) => r.startedAt).reduce((a, b) => (Date.parse(b) < Date.parse(a) ? b : a)),
    durationMs,
    verdict: gatesFixed(strictBaseline, baseline) ? 'non-conformant' : computeVerdict(checks, strict, [...errors, ...interrupted]),
    summary: summarize(checks, strict),
    checks,
    coverage: mergeCoverage(sorted),
    timing: mergeTiming(sorted, durationMs),
    errors,
    notes: [...new Set(sorted.flatMap((r) => r.notes))],
  };
}
