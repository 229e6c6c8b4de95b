/** The vitest executor: runs `suites/conformance.suite.ts` (compiled) through vitest's Node API and relays what it reports. */
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Reporter, SerializedError, TestCase, Vitest } from 'vitest/node';
import { selectChecks } from '../checks/index.js';
import { InternalError } from '../core/errors.js';
import { packagePath, packageRoot } from '../core/paths.js';
import { mark } from '../core/trace.js';
import type { CheckResult, TargetInfo } from '../core/types.js';
import type { CheckOptions } from '../options/types.js';
import { resultsOrNotRun } from './check-run.js';
import { notify, type RunObserver } from './events.js';
import { AdoptingForkWorker, type Prefork, startPrefork } from './prefork.js';
import type { Executed } from './report.js';
import { describeSpec } from './run.js';
import type { ParagonTaskMeta } from './task-meta.js';
import { warmSpecOf } from './warm-spec.js';

/**
 * The suite vitest runs: the bundled one (`npm run build` writes it beside the bundled CLI), else the one `tsc` compiled.
 * Both import the rest of this package, which the worker loads with its own `import` (external), not transformed by
 * vite and fetched from the host module by module. Installed packages are external anyway (they live in
 * node_modules); this does the same for a checkout, and keeps the module target's `import()` native in both runners.
 */
const suiteFiles = ['dist/bundle/conformance.suite.js', 'dist/suites/conformance.suite.js'];
const escaped = packageRoot.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
const compiledCode = new RegExp(`^${escaped}/dist/(src/|generators/|bundle/(?!conformance\\.suite\\.js$))`);

/** Stops a vitest run: `cancel` asks the tests to stop, `close` ends the workers (SIGTERM ends one stuck in a loop). */
export interface RunStop {
  cancel(): Promise<void>;
  close(): Promise<void>;
}

class Relay implements Reporter {
  readonly checks: CheckResult[] = [];
  readonly infos = new Map<number, TargetInfo>();
  finish?: Extract<ParagonTaskMeta, { kind: 'finish' }>;
  usageError?: string;
  readonly crashes: string[] = [];

  constructor(private readonly observers: readonly RunObserver[]) {}

  onTestCaseResult(testCase: TestCase): void {
    const meta = testCase.meta().paragon;
    if (!meta) {
      const errs = testCase.result().errors ?? [];
      if (testCase.result().state === 'failed') this.crashes.push(`${testCase.name}: ${errs.map((e) => e.stack ?? e.message).join('\n')}`);
      return;
    }
    if (meta.usageError) this.usageError ??= meta.usageError;
    if (meta.kind === 'finish') {
      this.finish = meta;
      return;
    }
    if (!this.infos.has(meta.target)) {
      this.infos.set(meta.target, meta.info);
      notify(this.observers, 'onTargetOpen', { target: meta.target, info: meta.info });
    }
    this.checks.push(meta.result);
    for (const finding of meta.result.failures) notify(this.observers, 'onFinding', { target: meta.target, check: meta.result.id, finding });
    notify(this.observers, 'onCheckEnd', { target: meta.target, result: meta.result });
  }

  onTestRunEnd(_modules: unknown, unhandledErrors: ReadonlyArray<SerializedError>): void {
    for (const e of unhandledErrors) this.crashes.push(e.stack ?? e.message ?? String(e));
  }
}

/** Runs the suite in a vitest worker process; `registerCancel` hands out a function that stops it (SIGINT). */
export async function runInVitest(options: CheckOptions, observers: readonly RunObserver[], registerStop: (stop: RunStop) => void): Promise<Executed> {
  const suiteFile = suiteFiles.find((f) => existsSync(packagePath(f)));
  if (!suiteFile) {
    throw new InternalError(
      `the compiled suite ${suiteFiles[1]} is missing from the installed package (${packageRoot}). Reinstall paragon-conformance, or run \`npm run build\` in a checkout.`,
    );
  }
  // The worker starts now, before vitest is loaded here: its start-up and the run's cases overlap vitest's.
  const early = packagePath(suiteFile.startsWith('dist/bundle/') ? 'dist/bundle/early-worker.js' : 'dist/src/engine/early-worker.js');
  const prefork = existsSync(early) ? startPrefork(early, warmSpecOf(options)) : undefined;
  try {
    return await runSuite(suiteFile, options, observers, registerStop, prefork);
  } finally {
    prefork?.dispose();
  }
}

async function runSuite(
  suiteFile: string,
  options: CheckOptions,
  observers: readonly RunObserver[],
  registerStop: (stop: RunStop) => void,
  prefork: Prefork | undefined,
): Promise<Executed> {
  const { createVitest } = await import('vitest/node');
  mark('vitest imported');
  const relay = new Relay(observers);
  const before = { SIGINT: new Set(process.listeners('SIGINT')), SIGTERM: new Set(process.listeners('SIGTERM')) };
  const vitest: Vitest = await createVitest(
    'test',
    {
      root: packageRoot,
      config: false,
      include: [suiteFile],
      exclude: [],
      watch: false,
      reporters: [relay],
      provide: { paragonCheckOptions: options },
      pool: { name: 'paragon-forks', createPoolWorker: (o) => new AdoptingForkWorker(o, prefork) },
      server: { deps: { external: [compiledCode] } },
      fileParallelism: false,
      testTimeout: 0,
      hookTimeout: 0,
      silent: true,
      passWithNoTests: false,
    },
    { cacheDir: join(tmpdir(), 'paragon-conformance-vite'), logLevel: 'silent', clearScreen: false },
  );
  // vitest exits the process on SIGINT/SIGTERM; `check` handles both itself (partial report, exit 3).
  for (const sig of ['SIGINT', 'SIGTERM'] as const) for (const l of process.listeners(sig)) if (!before[sig].has(l)) process.removeListener(sig, l);
  mark('vitest created');
  registerStop({ cancel: () => vitest.cancelCurrentRun('keyboard-input'), close: () => vitest.close() });
  try {
    await vitest.start();
  } finally {
    await vitest.close();
  }
  if (relay.finish) return { parts: relay.finish.parts, ...(relay.usageError ? { usageError: relay.usageError } : {}) };
  // The suite did not finish (interrupted, or it broke): a partial run from what was reported.
  const targets = options.targets.map((spec, i) => ({ info: relay.infos.get(i) ?? describeSpec(spec), latencies: [] }));
  const reason = relay.crashes.length ? 'not run: the suite broke before it' : 'not run: the run was interrupted';
  const checks = resultsOrNotRun(targets.length, selectChecks(options.checks), relay.checks, reason);
  const errors = relay.crashes.map((message) => ({ message: `the suite broke (a bug in paragon-conformance): ${message}`, internal: true }));
  return {
    parts: { targets, checks, errors, warnings: [], coverage: [] },
    ...(relay.usageError ? { usageError: relay.usageError } : {}),
  };
}
