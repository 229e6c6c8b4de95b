/** Opens a run: schema, oracle, cases, the replay case and the target, wired into one CheckContext. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { caseSource } from '../../generators/index.js';
import type { CaseSource, GeneratedCase, Shard } from '../../generators/source/types.js';
import { UsageError } from '../core/errors.js';
import type { Target } from '../core/types.js';
import { replayBody } from '../fixtures/replay-line.js';
import { type LoadedSchema, loadSchema } from '../schema/load.js';
import { oracleFor } from '../schema/oracle.js';
import { assertTargetSpec, openTarget } from '../targets/registry.js';
import type { CheckContext } from './check.js';
import { type CheckOptions, replayPrefix } from './options.js';
import type { ReplayFile } from './run.js';

/** Loads the schema named by the options (relative to their cwd). Usage errors are exit 2. */
export function schemaOf(o: CheckOptions): LoadedSchema {
  return loadSchema(o.schemaPath === undefined ? undefined : resolve(o.cwd, o.schemaPath));
}

function readReplay(o: CheckOptions, schema: LoadedSchema): CheckContext['replay'] {
  if (!o.replayPath) return undefined;
  const file = resolve(o.cwd, o.replayPath);
  let body: Partial<ReplayFile>;
  try {
    body = replayBody(readFileSync(file, 'utf8')) as Partial<ReplayFile>; // a replay file, or a fixture line (fixtures/replay-line.ts)
  } catch (e) {
    throw new UsageError(`cannot read replay file ${file} (${(e as Error).message}). Use the path printed with the failure.`);
  }
  if ((body.kind !== 'valid' && body.kind !== 'invalid') || typeof body.json !== 'string') {
    throw new UsageError(`${file} is not a replay file (expected {check, kind, json}). Use the path printed with the failure.`);
  }
  const replay = { kind: body.kind, json: body.json, ...(body.violation ? { violation: body.violation } : {}) };
  // The saved case must still be what it says under the schema in use (it may come from another schema version).
  let value: unknown;
  try {
    value = JSON.parse(body.json);
  } catch {
    throw new UsageError(`${file} holds a case that is not JSON. Use the path printed with the failure.`);
  }
  const oracle = oracleFor(schema.document);
  const holds = replay.kind === 'valid' ? oracle.isValid(value) : replay.violation !== undefined && oracle.failsExactlyWith(value, replay.violation);
  if (!holds) {
    throw new UsageError(
      `the case in ${file} is no longer ${replay.kind === 'valid' ? 'valid' : 'invalid with its saved label'} under the schema in use (${schema.source}); it was saved for another schema version. Run the check again without --replay.`,
    );
  }
  return replay;
}

/**
 * Every check of a run walks the same cases: generate each stream once and hand out the same array
 * (cases depend only on seed, kind and index, so this changes no value).
 */
export function memoized(src: CaseSource): CaseSource {
  const memo = new Map<string, GeneratedCase[]>();
  const get = (kind: 'valid' | 'invalid', runs: number, shard?: Shard): GeneratedCase[] => {
    const key = `${kind}:${runs}:${shard ? `${shard.index}/${shard.count}` : ''}`;
    let list = memo.get(key);
    if (!list) {
      list = [...(kind === 'valid' ? src.valid(runs, shard) : src.invalid(runs, shard))];
      memo.set(key, list);
    }
    return list;
  };
  return {
    valid: (runs, shard) => get('valid', runs, shard),
    invalid: (runs, shard) => get('invalid', runs, shard),
    shrink: (c, fails, opts) => src.shrink(c, fails, opts),
    locationsOf: (value) => src.locationsOf(value),
    locations: src.locations,
  };
}

/** A prepared run before the target is opened (everything here can fail only with usage errors). */
export interface Prepared {
  options: CheckOptions;
  schema: LoadedSchema;
  replay: CheckContext['replay'];
}

/** Validates everything that does not need the target. */
export function prepare(options: CheckOptions): Prepared {
  assertTargetSpec(options.target);
  const schema = schemaOf(options);
  return { options, schema, replay: readReplay(options, schema) };
}

/** An open run: the context plus what the report needs back. */
export interface Session {
  ctx: CheckContext;
  latencies: number[];
  close(): Promise<void>;
}

/** Opens the target and builds the context. Throws `TargetError` when the target cannot be opened. */
export async function openSession(p: Prepared, env: NodeJS.ProcessEnv, signal: AbortSignal): Promise<Session> {
  const { options, schema, replay } = p;
  const target: Target = await openTarget(options.target, { cwd: options.cwd, timeoutMs: options.timeoutMs, http: options.http, env });
  const latencies: number[] = [];
  const ctx: CheckContext = {
    target,
    schema,
    oracle: oracleFor(schema.document),
    cases: memoized(caseSource(schema.document, { seed: options.seed })),
    settings: {
      seed: options.seed,
      runs: options.runs,
      ...(options.shard ? { shard: options.shard } : {}),
      timeoutMs: options.timeoutMs,
      strict: options.strict,
      replayPrefix: replayPrefix(options),
      reportDir: resolve(options.cwd, options.reportDir),
      cwd: options.cwd,
    },
    ...(replay ? { replay } : {}),
    recordLatency: (ms) => {
      if (latencies.length < 200_000) latencies.push(ms);
    },
    signal,
  };
  return { ctx, latencies, close: () => target.close() };
}
