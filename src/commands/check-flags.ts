/** The flags of `check`, as one table: parsed from argv, read from the config file, turned into CheckOptions. */

import type { DictionaryEntry } from '../../generators/data/dictionary.js';
import { intFlag } from '../cli/args.js';
import { UsageError } from '../core/errors.js';
import { type CheckOptions, defaultCheckOptions } from '../engine/options.js';

/** Flag table: name → parseArgs type and whether it repeats. Config-file keys are the same names. */
export const checkFlags = {
  target: { type: 'string' },
  runs: { type: 'string' },
  seed: { type: 'string' },
  check: { type: 'string', multiple: true },
  strict: { type: 'boolean' },
  timeout: { type: 'string' },
  'report-dir': { type: 'string' },
  format: { type: 'string' },
  shard: { type: 'string' },
  schema: { type: 'string' },
  replay: { type: 'string' },
  runner: { type: 'string' },
  'project-id': { type: 'string' },
  'token-env': { type: 'string' },
  'signing-key': { type: 'string' },
  header: { type: 'string', multiple: true },
  'allow-writes': { type: 'boolean' },
  concurrency: { type: 'string' },
  rate: { type: 'string' },
} as const;

export type FlagValues = Partial<Record<keyof typeof checkFlags, string | boolean | string[]>> & {
  /** Config file only: entries added to the hostile dictionary. */
  dictionary?: readonly DictionaryEntry[];
};

const formats = ['json', 'junit', 'md', 'html'];

function parseShard(v: string): { index: number; count: number } {
  const m = /^(\d+)\/(\d+)$/.exec(v.trim());
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) throw new UsageError(`--shard must be I/N with 1 <= I <= N (e.g. 2/4), got '${v}'.`);
  return { index, count };
}

function parseSeed(v: string | undefined, shard: unknown, env: NodeJS.ProcessEnv): number {
  if (v !== undefined) {
    if (!/^-?\d+$/.test(v.trim()) || !Number.isSafeInteger(Number(v))) throw new UsageError(`--seed must be an integer, got '${v}'.`);
    return Number(v);
  }
  const ciRun = env.GITHUB_RUN_ID ?? env.CI_PIPELINE_ID;
  if (shard && ciRun && /^\d+$/.test(ciRun)) return Number(ciRun);
  if (shard) throw new UsageError('--shard needs --seed so that every shard generates the same cases (e.g. --seed 42).');
  return (Date.now() ^ (Math.random() * 0x7fffffff)) | 0;
}

/** Turns flag values (argv merged over config) into CheckOptions. */
export function toCheckOptions(v: FlagValues, cwd: string, env: NodeJS.ProcessEnv): CheckOptions {
  const str = (k: keyof typeof checkFlags) => v[k] as string | undefined;
  const shard = str('shard') === undefined ? undefined : parseShard(str('shard')!);
  const fmt = (str('format') ?? formats.join(','))
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const bad = fmt.filter((f) => !formats.includes(f));
  if (bad.length) throw new UsageError(`unknown report format ${bad.join(', ')} in --format; choose from ${formats.join(', ')}.`);
  const runner = str('runner') ?? 'vitest';
  if (runner !== 'vitest' && runner !== 'inline') throw new UsageError(`--runner must be vitest or inline, got '${runner}'.`);
  const rate = str('rate');
  const d = defaultCheckOptions;
  return {
    ...(str('target') !== undefined ? { target: str('target')! } : {}),
    runs: intFlag('runs', str('runs'), d.runs, 0),
    seed: parseSeed(str('seed'), shard, env),
    checks: (v.check as string[] | undefined) ?? [],
    strict: v.strict === true,
    timeoutMs: intFlag('timeout', str('timeout'), d.timeoutMs, 1),
    reportDir: str('report-dir') ?? d.reportDir,
    formats: fmt,
    ...(shard ? { shard } : {}),
    ...(str('schema') !== undefined ? { schemaPath: str('schema')! } : {}),
    ...(str('replay') !== undefined ? { replayPath: str('replay')! } : {}),
    http: {
      projectId: str('project-id') ?? d.http.projectId,
      tokenEnv: str('token-env') ?? d.http.tokenEnv,
      ...(str('signing-key') !== undefined ? { signingKey: str('signing-key')! } : {}),
      headers: (v.header as string[] | undefined) ?? [],
      allowWrites: v['allow-writes'] === true,
      concurrency: intFlag('concurrency', str('concurrency'), d.http.concurrency, 1),
      ...(rate !== undefined ? { rate: intFlag('rate', rate, 0, 1) } : {}),
    },
    cwd,
    ...(v.dictionary ? { dictionary: v.dictionary } : {}),
  };
}

/** Whether the in-process runner was asked for (`--runner inline`). */
export const wantsInline = (v: FlagValues): boolean => v.runner === 'inline';
