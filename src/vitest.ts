/**
 * The vitest entry point: `conformanceSuite({ target })` registers one test per check in the caller's vitest run,
 * with the same ids, levels and counterexamples as `paragon-conformance check`.
 */
import { afterAll, beforeAll, describe, test } from 'vitest';
import { selectChecks } from './checks/index.js';
import { TargetError, UsageError } from './core/errors.js';
import type { CheckResult, CoverageEntry, Report } from './core/types.js';
import { coverageCounts, notRun } from './engine/conformance.js';
import { formatFailure } from './engine/format.js';
import { type CheckOptions, defaultCheckOptions } from './engine/options.js';
import { runCheck } from './engine/run.js';
import { openSession, prepare, type Session } from './engine/session.js';

/** What each conformance test leaves in `task.meta.paragon` for reporters. */
export interface ParagonTaskMeta {
  result: CheckResult;
  target?: Report['target'];
  latencies: number[];
  /** On the last check: coverage counts over the run's cases (the host adds which checks failed where). */
  coverage?: CoverageEntry[];
  /** Set when the target could not be opened because of a usage error (e.g. a missing token): exit 2. */
  usageError?: string;
}

declare module 'vitest' {
  interface TaskMeta {
    paragon?: ParagonTaskMeta;
  }
  interface ProvidedContext {
    paragonCheckOptions: CheckOptions;
  }
}

/** Options of `conformanceSuite`: any `check` option; `target` as on the command line. */
export type SuiteOptions = Partial<Omit<CheckOptions, 'http'>> & { target?: string; http?: Partial<CheckOptions['http']> };

/**
 * Registers the conformance checks as vitest tests.
 *
 * @example
 * ```ts
 * // conformance.test.ts in your project
 * import { conformanceSuite } from 'paragon-conformance/vitest';
 * conformanceSuite({ target: 'module:./src/connected-user.js', runs: 200 });
 * ```
 */
export function conformanceSuite(options: SuiteOptions = {}): void {
  const full: CheckOptions = {
    ...defaultCheckOptions,
    seed: Number(process.env.PARAGON_SEED ?? 0) || 1,
    cwd: process.cwd(),
    ...options,
    http: { ...defaultCheckOptions.http, ...options.http },
  };
  const prepared = prepare(full);
  const checks = selectChecks(full.checks);
  let session: Session | undefined;
  let fatal: string | undefined;
  let fatalReported = false;
  let usageError: string | undefined;
  // Aborted when vitest cancels the run (SIGINT in the host), so a long check stops at the next case.
  const cancelled = new AbortController();
  let target: Report['target'] | undefined;

  describe(`paragon conformance: ${full.target ?? 'reference'}`, () => {
    beforeAll(async () => {
      try {
        session = await openSession(prepared, process.env, cancelled.signal);
        const t = session.ctx.target;
        target = { kind: t.kind, description: t.description, ...(t.implementation ? { implementation: t.implementation } : {}) };
      } catch (e) {
        if (e instanceof UsageError) usageError = e.message;
        fatal =
          e instanceof TargetError || e instanceof UsageError
            ? `cannot open the target: ${e.message}`
            : `cannot open the target: ${(e as Error).stack ?? String(e)}`;
      }
    });
    afterAll(async () => {
      await session?.close();
    });
    for (const def of checks) {
      test(def.id, async (t) => {
        t.signal.addEventListener('abort', () => cancelled.abort(), { once: true });
        // The first check after a target failure carries the error; the rest are reported as not run.
        const result = fatal
          ? fatalReported
            ? notRun(def, 'not run: the target failed earlier')
            : { ...notRun(def, fatal), status: 'errored' as const }
          : await runCheck(def, session!.ctx);
        if (fatal) fatalReported = true;
        const coverage = def === checks[checks.length - 1] && session ? coverageCounts(prepared, session.ctx.cases) : undefined;
        t.task.meta.paragon = {
          result,
          ...(target ? { target } : {}),
          ...(usageError ? { usageError } : {}),
          ...(coverage ? { coverage } : {}),
          latencies: session ? session.latencies.splice(0) : [],
        };
        if (result.status === 'errored') {
          if (!fatal) {
            fatal = `the target failed during ${def.id}`;
            fatalReported = true;
          }
          throw new Error(result.reason);
        }
        if (result.status === 'skipped') t.skip(result.reason);
        if (result.status === 'failed' && (def.level === 'MUST' || full.strict)) throw new Error(formatFailure(result));
        if (result.status === 'failed') console.warn(`warning (SHOULD): ${formatFailure(result)}`);
      });
    }
  });
}
