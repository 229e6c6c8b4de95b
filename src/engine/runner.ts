/**
 * The one runner: every way of running the checks (the CLI with vitest or inline, the library's `check()`, and through
 * them the vitest entry's policy) goes through `runConformance`. Observers (terminal, progress, partial reports) follow
 * it; the baseline is applied once here, whichever executor ran the checks.
 */
import { baselineOutcome, updatedEntries } from '../baseline/apply.js';
import { writeBaseline } from '../baseline/file.js';
import { UsageError } from '../core/errors.js';
import { mark } from '../core/trace.js';
import type { BaselineSummary, Report } from '../core/types.js';
import { secretsOf } from '../options/secrets.js';
import type { CheckOptions } from '../options/types.js';
import { withDictionary } from './dictionary.js';
import { notify, type RunObserver } from './events.js';
import { runInline } from './inline.js';
import { prepareRun } from './prepare.js';
import type { Executed } from './report.js';
import { assembleReport } from './report.js';
import { describeSpec } from './run.js';
import type { RunStop, runInVitest } from './vitest-host.js';

/** How a caller follows and steers a run. */
export interface RunHooks {
  env?: NodeJS.ProcessEnv;
  signal?: AbortSignal;
  observers?: readonly RunObserver[];
  /** Receives the functions that stop a vitest run (the CLI's SIGINT handler calls them). */
  registerStop?(stop: RunStop): void;
  /**
   * The vitest executor (`runInVitest` from `engine/vitest-host.ts`), handed in by the CLI so that the library entry
   * never loads vitest. Without it, `runner: 'vitest'` runs inline.
   */
  vitest?: typeof runInVitest;
  /** Today as YYYY-MM-DD (baseline expiry, inline runs); default: the UTC date now. */
  today?: string;
}

/** Runs the checks over every target and resolves to the report. Usage errors reject; target errors are in the report. */
export async function runConformance(options: CheckOptions, hooks: RunHooks = {}): Promise<Report> {
  const started = new Date();
  const t0 = performance.now();
  const env = hooks.env ?? process.env;
  const observers = hooks.observers ?? [];
  const prepared = prepareRun(options, hooks.today);
  mark('prepared');
  const schema = { $id: prepared.schema.$id, sha256: prepared.schema.sha256 };
  notify(observers, 'onRunStart', { targets: options.targets.map(describeSpec), checks: prepared.checks, seed: options.seed, runs: options.runs, schema });
  const signal = hooks.signal ?? new AbortController().signal;
  const executed: Executed =
    options.runner === 'vitest' && hooks.vitest
      ? await hooks.vitest(options, observers, hooks.registerStop ?? (() => {}))
      : await runInline(prepared, env, signal, secretsOf(options, env), observers);
  mark('executed');
  if (executed.usageError) throw new UsageError(executed.usageError);
  if (signal.aborted && !executed.parts.errors.some((e) => /interrupted/.test(e.message))) {
    executed.parts.errors.push({ message: 'the run was interrupted before it finished; results are partial' });
  }
  // Each check's findings were marked as it finished (in this process or in the vitest worker); what is left is the
  // run's view: counts, entries whose finding is gone, and writing the file for --update-baseline.
  let baseline: BaselineSummary | undefined;
  const b = prepared.baseline;
  if (b) {
    const outcome = baselineOutcome(executed.parts.checks, b.entries, options.targets);
    // A shard ran part of the cases: an entry it did not meet may be met by another shard (merge-reports decides).
    const { fixed, ...counts } = outcome;
    baseline = { file: b.file, entries: b.entries.length, ...counts, ...(options.shard ? { fixed: [], unmet: fixed } : { fixed }) };
    if (options.updateBaseline && !signal.aborted) {
      await writeBaseline(b.file, updatedEntries(executed.parts.checks, b.entries, options.targets, prepared.today));
      baseline.updated = true;
    }
  }
  const assembled = assembleReport(options, schema, started, performance.now() - t0, executed.parts, baseline ? { baseline } : {});
  const ran = assembled.checks.some((c) => c.status !== 'skipped');
  const report = ran ? withDictionary(assembled, options, prepared.schema.document, prepared.replay !== undefined, executed.parts.dictionary) : assembled;
  notify(observers, 'onRunEnd', report);
  return report;
}
