/** Runs the selected checks in this process, one after another, and returns the report (the library's `check`). */

import { caseSource } from '../../generators/index.js';
import type { CaseSource } from '../../generators/source/types.js';
import { selectChecks } from '../checks/index.js';
import { TargetError } from '../core/errors.js';
import { redactTarget } from '../core/redact.js';
import type { CheckResult, CoverageEntry, Report } from '../core/types.js';
import type { CheckDef } from './check.js';
import { countCoverage, markFailures } from './coverage.js';
import { dictionaryOption, withDictionary } from './dictionary.js';
import type { CheckOptions } from './options.js';
import { assembleReport } from './report.js';
import { runCheck } from './run.js';
import { openSession, type Prepared, prepare, type Session } from './session.js';

/** Hooks a caller may pass to follow a run. */
export interface RunHooks {
  env?: NodeJS.ProcessEnv;
  signal?: AbortSignal;
  /** Called after each check. */
  onResult?(result: CheckResult): void;
}

/** A result for a check that never ran, with the reason. */
export function notRun(def: CheckDef, reason: string): CheckResult {
  return { id: def.id, level: def.level, title: def.title, status: 'skipped', cases: 0, failures: [], reason, durationMs: 0 };
}

/** Coverage counts for a run (from the session's cases when there is one, so nothing is generated twice). */
export function coverageCounts(p: Prepared, cases?: CaseSource): CoverageEntry[] {
  const { options, schema } = p;
  return countCoverage(cases ?? caseSource(schema.document, { seed: options.seed, ...dictionaryOption(options) }), options.runs, options.shard);
}

/** Everything but the checks' results is the same for both runners (in-process and vitest): this builds the report. */
export function finishReport(
  p: Prepared,
  target: Report['target'],
  started: Date,
  t0: number,
  results: CheckResult[],
  latencies: number[],
  errors: Report['errors'],
  counts?: CoverageEntry[],
): Report {
  const notes = readOnlyNotes(results);
  const { options, schema } = p;
  const ran = results.some((r) => r.status !== 'skipped');
  const coverage = ran ? markFailures(counts ?? coverageCounts(p), results) : [];
  const report = assembleReport({
    options,
    schema: { $id: schema.$id, sha256: schema.sha256 },
    target,
    startedAt: started,
    durationMs: performance.now() - t0,
    results,
    coverage,
    latencies,
    errors,
    notes,
  });
  return ran ? withDictionary(report, options, schema.document, p.replay !== undefined) : report;
}

/** The report's note when write checks were skipped because the run was read-only. */
function readOnlyNotes(results: readonly CheckResult[]): string[] {
  const skipped = results.filter((r) => r.status === 'skipped' && /read-only/.test(r.reason ?? ''));
  return skipped.length ? [`read-only: ${skipped.map((r) => r.id).join(', ')} skipped; pass --allow-writes to send PATCH requests`] : [];
}

/** Describes the target for the report before (or without) opening it, with secrets masked as everywhere else. */
export function describeTarget(spec: string | undefined): Report['target'] {
  if (!spec || spec === 'reference') return { kind: 'reference', description: 'embedded reference implementation (module and HTTP service)' };
  const kind = /^https?:\/\//.test(spec) ? 'http' : spec.split(':')[0]!;
  return { kind, description: redactTarget(spec) };
}

/** Runs a whole conformance check in-process. Usage errors throw; target errors end up in the report. */
export async function runConformance(options: CheckOptions, hooks: RunHooks = {}): Promise<Report> {
  const started = new Date();
  const t0 = performance.now();
  const prepared = prepare(options);
  const checks = selectChecks(options.checks);
  const signal = hooks.signal ?? new AbortController().signal;
  const errors: Report['errors'] = [];
  const results: CheckResult[] = [];
  let target = describeTarget(options.target);
  let session: Session | undefined;
  try {
    session = await openSession(prepared, hooks.env ?? process.env, signal);
    const t = session.ctx.target;
    target = { kind: t.kind, description: t.description, ...(t.implementation ? { implementation: t.implementation } : {}) };
  } catch (e) {
    if (!(e instanceof TargetError)) throw e;
    errors.push({ message: `cannot open the target: ${e.message}` });
  }
  let fatal: string | undefined = session ? undefined : 'not run: the target could not be opened';
  for (const def of checks) {
    if (signal.aborted) fatal ??= 'not run: the run was interrupted';
    if (fatal || !session) {
      results.push(notRun(def, fatal ?? 'not run'));
      continue;
    }
    const r = await runCheck(def, session.ctx);
    results.push(r);
    hooks.onResult?.(r);
    if (r.status === 'errored') {
      errors.push({ message: r.reason ?? 'target error', check: r.id });
      fatal = `not run: the target failed during ${r.id}`;
    }
  }
  if (signal.aborted) errors.push({ message: 'the run was interrupted before it finished; results are partial' });
  await session?.close().catch((e: Error) => errors.push({ message: `closing the target failed: ${e.message}` }));
  const counts = session ? coverageCounts(prepared, session.ctx.cases) : undefined;
  return finishReport(prepared, target, started, t0, results, session?.latencies ?? [], errors, counts);
}
