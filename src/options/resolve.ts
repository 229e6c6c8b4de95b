/** The one options resolver: flags, config file and library input become one checked `CheckOptions` with one set of defaults. */
import { randomInt } from 'node:crypto';
import { selectChecks } from '../checks/index.js';
import { UsageError } from '../core/errors.js';
import { parseFormats } from '../report/formats.js';
import { assertTargetSpec } from '../targets/registry.js';
import { parseSeed } from './seed.js';
import type { CheckInput, CheckOptions, HttpOptions } from './types.js';

/** The defaults of every option (SPEC §5), in one place for the CLI, the config file, the library and the vitest entry. */
export const defaults = {
  targets: ['reference'],
  runs: 200,
  checks: [] as string[],
  strict: false,
  timeoutMs: 10_000,
  reportDir: 'reports',
  formats: 'json,junit,md,html',
  http: { projectId: 'test-project', tokenEnv: 'PARAGON_USER_TOKEN', headers: [] as string[], allowWrites: false, concurrency: 4 },
  maxFindings: 10,
  updateBaseline: false,
  strictBaseline: false,
  secondOpinion: false,
  runner: 'vitest' as const,
} as const;

/** Names an option the way both the CLI and the library know it: `runs (--runs)`. */
const label = (key: string, flag: string): string => `${key} (--${flag})`;

function integer(v: unknown, key: string, flag: string, min: number): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min) {
    throw new UsageError(`${label(key, flag)} must be an integer >= ${min}, got ${JSON.stringify(v)}.`);
  }
  return v;
}

/**
 * The seed: given > `PARAGON_SEED` > (sharded runs) the CI run id > random. Shards must share a seed, so a sharded
 * run without one is a usage error outside CI.
 */
function seedOf(given: number | undefined, sharded: boolean, env: NodeJS.ProcessEnv): number {
  if (given !== undefined) {
    if (!Number.isSafeInteger(given)) throw new UsageError(`${label('seed', 'seed')} must be an integer, got ${JSON.stringify(given)}.`);
    return given;
  }
  if (env.PARAGON_SEED !== undefined && env.PARAGON_SEED !== '') return parseSeed(env.PARAGON_SEED, 'PARAGON_SEED');
  const ciRun = env.GITHUB_RUN_ID ?? env.CI_PIPELINE_ID;
  if (sharded && ciRun && /^\d+$/.test(ciRun)) return Number(ciRun);
  if (sharded) throw new UsageError('--shard needs --seed so that every shard generates the same cases (e.g. --seed 42).');
  return randomInt(0, 0x7fffffff);
}

function httpOf(layers: readonly CheckInput[]): HttpOptions {
  const merged: Partial<HttpOptions> = {};
  for (const l of layers) Object.assign(merged, l.http);
  const h = { ...defaults.http, ...merged, headers: [...(merged.headers ?? defaults.http.headers)] };
  integer(h.concurrency, 'http.concurrency', 'concurrency', 1);
  if (h.rate !== undefined) integer(h.rate, 'http.rate', 'rate', 1);
  if (!h.projectId) throw new UsageError(`${label('http.projectId', 'project-id')} must not be empty.`);
  return h;
}

/** Merges the layers (later ones win: config file, then flags; or library input) and checks every value. */
export function resolveCheckOptions(layers: readonly CheckInput[], ctx: { cwd: string; env: NodeJS.ProcessEnv }): CheckOptions {
  const m: CheckInput = {};
  for (const l of layers) {
    const { http: _h, target, targets, ...rest } = l;
    Object.assign(m, rest);
    if (target !== undefined || targets !== undefined) m.targets = [...(targets ?? []), ...(target !== undefined ? [target] : [])];
  }
  const targets = (m.targets ?? []).map((t) => t.trim() || 'reference');
  for (const t of targets) assertTargetSpec(t);
  const shard = m.shard;
  if (shard && (!Number.isSafeInteger(shard.index) || !Number.isSafeInteger(shard.count) || shard.count < 1 || shard.index < 1 || shard.index > shard.count)) {
    throw new UsageError(`--shard must be I/N with 1 <= I <= N (e.g. 2/4), got ${shard.index}/${shard.count}.`);
  }
  // A shard sees only its share of the findings: it would drop the entries whose finding another shard met.
  if (shard && m.updateBaseline) {
    throw new UsageError('--update-baseline cannot be used with --shard: a shard sees only part of the findings. Update the baseline from an unsharded run.');
  }
  const checks = [...(m.checks ?? defaults.checks)];
  selectChecks(checks); // unknown ids are a usage error listing the known ones
  const runner = m.runner ?? defaults.runner;
  if (runner !== 'vitest' && runner !== 'inline') throw new UsageError(`${label('runner', 'runner')} must be vitest or inline, got '${String(runner)}'.`);
  return {
    targets: targets.length > 0 ? targets : [...defaults.targets],
    runs: integer(m.runs ?? defaults.runs, 'runs', 'runs', 0),
    seed: seedOf(m.seed, shard !== undefined, ctx.env),
    checks,
    strict: m.strict ?? defaults.strict,
    timeoutMs: integer(m.timeoutMs ?? defaults.timeoutMs, 'timeoutMs', 'timeout', 1),
    reportDir: m.reportDir ?? defaults.reportDir,
    formats: parseFormats((m.formats ?? [defaults.formats]).join(',')),
    ...(shard ? { shard: { index: shard.index, count: shard.count } } : {}),
    ...(m.schemaPath !== undefined ? { schemaPath: m.schemaPath } : {}),
    ...(m.replayPath !== undefined ? { replayPath: m.replayPath } : {}),
    http: httpOf(layers),
    maxFindings: integer(m.maxFindings ?? defaults.maxFindings, 'maxFindings', 'max-findings', 1),
    ...(m.baselinePath !== undefined ? { baselinePath: m.baselinePath } : {}),
    updateBaseline: m.updateBaseline ?? defaults.updateBaseline,
    strictBaseline: m.strictBaseline ?? defaults.strictBaseline,
    secondOpinion: m.secondOpinion ?? defaults.secondOpinion,
    ...(m.historyPath !== undefined ? { historyPath: m.historyPath } : {}),
    dictionary: m.dictionary === false ? false : [...(m.dictionary ?? [])],
    runner,
    cwd: m.cwd ?? ctx.cwd,
  };
}
