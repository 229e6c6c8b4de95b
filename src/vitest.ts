/**
 * The vitest entry point: `conformanceSuite({ target })` registers one test per check (per target) in the caller's
 * vitest run, with the same ids, levels, findings and counterexamples as `paragon-conformance check`, which runs this
 * same suite through vitest's Node API. The policy of what runs lives in the engine's `Run`, not here.
 */
import { afterAll, beforeAll, describe, test } from 'vitest';
import { mark } from './core/trace.js';
import { prepareRun, withSecondOpinion } from './engine/prepare.js';
import { Run } from './engine/run.js';
import type { ParagonTaskMeta } from './engine/task-meta.js';
import { resolveCheckOptions } from './options/resolve.js';
import { secretsOf } from './options/secrets.js';
import type { CheckInput, CheckOptions } from './options/types.js';
import { formatFailure } from './report/terminal.js';

export type { ParagonTaskMeta } from './engine/task-meta.js';

declare module 'vitest' {
  interface TaskMeta {
    paragon?: ParagonTaskMeta;
  }
  interface ProvidedContext {
    paragonCheckOptions: CheckOptions;
  }
}

/** Options of `conformanceSuite`: any `check` option (`target` or `targets` as on the command line). */
export type SuiteOptions = CheckInput;

/** Registers the suite for options already resolved; `host` adds the closing test that hands the run's parts over. */
export function registerSuite(options: CheckOptions, host: boolean): void {
  mark('worker suite');
  const prepared = prepareRun(options);
  mark('worker prepared');
  const cancelled = new AbortController();
  const run = new Run(prepared, process.env, cancelled.signal, secretsOf(options, process.env));
  beforeAll(() => withSecondOpinion(prepared));
  run.targets.forEach((t, i) => {
    describe(`paragon conformance: ${t.spec}`, () => {
      beforeAll(() => run.open(i));
      for (const def of prepared.checks) {
        test(def.id, async (ctx) => {
          ctx.signal.addEventListener('abort', () => cancelled.abort(), { once: true });
          const result = await run.check(i, def);
          const target = run.targets[i]!;
          ctx.task.meta.paragon = { kind: 'check', target: i, info: target.info, result, ...(run.usageError ? { usageError: run.usageError } : {}) };
          if (result.status === 'errored') throw new Error(result.reason);
          if (result.status === 'skipped') ctx.skip(result.reason);
          if (result.status === 'failed' && (def.level === 'MUST' || options.strict)) throw new Error(formatFailure(result));
          if (result.status === 'failed') console.warn(`warning (SHOULD): ${formatFailure(result)}`);
        });
      }
    });
  });
  if (host) {
    describe('paragon conformance: run', () => {
      test('finish', async (ctx) => {
        mark('worker checked');
        const { parts, usageError } = await run.finish();
        mark('worker finished');
        ctx.task.meta.paragon = { kind: 'finish', parts, ...(usageError ? { usageError } : {}) };
      });
    });
  }
  afterAll(async () => {
    for (let i = 0; i < run.targets.length; i++) await run.close(i);
  });
}

/**
 * Registers the conformance checks as vitest tests (one per check and target).
 *
 * @example
 * ```ts
 * // conformance.test.ts in your project
 * import { conformanceSuite } from 'paragon-conformance/vitest';
 * conformanceSuite({ target: 'module:./src/connected-user.js', runs: 200 });
 * ```
 */
export function conformanceSuite(options: SuiteOptions = {}): void {
  registerSuite(resolveCheckOptions([{ runner: 'inline' }, options], { cwd: process.cwd(), env: process.env }), false);
}
