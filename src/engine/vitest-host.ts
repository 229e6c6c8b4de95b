/** Runs the conformance suite (`suites/conformance.suite.ts`, compiled) through vitest's Node API and collects results. */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Reporter, SerializedError, TestCase, Vitest } from 'vitest/node';
import { packageRoot } from '../core/paths.js';
import type { CheckResult, CoverageEntry, Report } from '../core/types.js';
import type { ParagonTaskMeta } from '../vitest.js';
import type { CheckOptions } from './options.js';

/** What the host learns from the vitest run. */
export interface VitestOutcome {
  results: CheckResult[];
  target?: Report['target'];
  latencies: number[];
  errors: Report['errors'];
  /** Coverage counts computed in the worker over the run's cases. */
  coverage?: CoverageEntry[];
  /** A usage error raised while opening the target in the worker. */
  usageError?: string;
}

class Collector implements Reporter {
  readonly outcome: VitestOutcome = { results: [], latencies: [], errors: [] };
  constructor(private readonly onResult: (r: CheckResult) => void) {}

  onTestCaseResult(testCase: TestCase): void {
    const meta: ParagonTaskMeta | undefined = testCase.meta().paragon;
    if (!meta) return;
    this.outcome.results.push(meta.result);
    if (meta.target) this.outcome.target ??= meta.target;
    if (meta.usageError) this.outcome.usageError ??= meta.usageError;
    if (meta.coverage) this.outcome.coverage ??= meta.coverage;
    for (const ms of meta.latencies) this.outcome.latencies.push(ms);
    this.onResult(meta.result);
  }

  onTestRunEnd(_modules: unknown, unhandledErrors: ReadonlyArray<SerializedError>): void {
    for (const e of unhandledErrors) this.outcome.errors.push({ message: `unhandled error in the suite: ${e.message ?? String(e)}` });
  }
}

/** Runs the suite in a vitest worker process. `cancel` is set so a SIGINT handler can stop the run. */
export async function runInVitest(
  options: CheckOptions,
  onResult: (r: CheckResult) => void,
  registerCancel: (cancel: () => Promise<void>) => void,
): Promise<VitestOutcome> {
  const { createVitest } = await import('vitest/node');
  const collector = new Collector(onResult);
  const before = { SIGINT: new Set(process.listeners('SIGINT')), SIGTERM: new Set(process.listeners('SIGTERM')) };
  const vitest: Vitest = await createVitest(
    'test',
    {
      root: packageRoot,
      config: false,
      include: ['dist/suites/conformance.suite.js'],
      exclude: [],
      watch: false,
      reporters: [collector],
      provide: { paragonCheckOptions: options },
      pool: 'forks',
      fileParallelism: false,
      testTimeout: 0,
      hookTimeout: 0,
      silent: true,
      passWithNoTests: false,
    },
    { cacheDir: join(tmpdir(), 'paragon-conformance-vite'), logLevel: 'silent', clearScreen: false },
  );
  // vitest exits the process on SIGINT/SIGTERM; the check command handles both itself so it can write a partial
  // report and exit 3, so vitest's own handlers are taken off.
  for (const sig of ['SIGINT', 'SIGTERM'] as const) for (const l of process.listeners(sig)) if (!before[sig].has(l)) process.removeListener(sig, l);
  registerCancel(() => vitest.cancelCurrentRun('keyboard-input'));
  try {
    await vitest.start();
  } catch (e) {
    collector.outcome.errors.push({ message: `the suite could not run: ${(e as Error).message}` });
  } finally {
    await vitest.close();
  }
  return collector.outcome;
}
