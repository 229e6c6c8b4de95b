/**
 * A run's cases built ahead of time in the vitest worker: the CLI starts the worker before it loads vitest itself
 * (`prefork.ts`), and the worker builds the schema's oracle and the run's case streams while the CLI is still starting
 * vitest. `prepareRun` takes them from here when they were built for the same schema, seed, runs, shard and dictionary;
 * otherwise it builds its own, so a warm start can only save time, never change a case. An HTTP run with
 * `--signing-key` also starts minting its fresh users (`warm-mint.ts`) while the cases are built and vitest starts.
 */
import { resolve } from 'node:path';
import type { CaseSource } from '../../generators/index.js';
// The case source's own module, not the generators' index: the worker never loads the faker engine (json-schema-faker).
import { caseSource } from '../../generators/source/source.js';
import { freshUsersOf } from '../checks/http/index.js';
import { selectChecks } from '../checks/index.js';
import type { CheckOptions } from '../options/types.js';
import { type LoadedSchema, loadSchema } from '../schema/load.js';
import { oracleFor } from '../schema/oracle.js';
import { dictionaryOption } from './dictionary.js';
import { memoized } from './memoized.js';

/** What the cases of a run depend on (nothing secret: it travels in the worker's environment). */
export interface WarmSpec {
  /** Absolute path of `--schema`, or null for the embedded schema. */
  schema: string | null;
  seed: number;
  runs: number;
  shard: { index: number; count: number } | null;
  dictionary: CheckOptions['dictionary'];
  /**
   * An HTTP target with `--signing-key`, no `--rate` (a paced run waits for its pace, not for tokens) and no replay (a
   * few users): the key file (absolute, never its contents), the checks selected, concurrency and writes.
   */
  mint: { keyFile: string; checks: string[]; concurrency: number; writes: boolean } | null;
}

/** The environment variable that carries a {@link WarmSpec} to the worker. */
export const warmEnv = 'PARAGON_WARM';

/** The warm spec of a run's options. */
export function warmSpecOf(o: CheckOptions): WarmSpec {
  return {
    schema: o.schemaPath === undefined ? null : resolve(o.cwd, o.schemaPath),
    seed: o.seed,
    runs: o.runs,
    shard: o.shard ?? null,
    dictionary: o.dictionary,
    mint:
      o.http.signingKey !== undefined && !o.http.rate && !o.replayPath && o.targets.some((t) => /^https?:\/\//i.test(t))
        ? { keyFile: resolve(o.cwd, o.http.signingKey), checks: o.checks, concurrency: o.http.concurrency, writes: o.http.allowWrites }
        : null,
  };
}

const built = new Map<string, { schema: LoadedSchema; cases: CaseSource }>();

/**
 * Most random cases per kind generated ahead: vitest waits for its worker to start (a minute at most), so a huge
 * `--runs` is generated during the run, as without a warm start.
 */
const MAX_WARM_RUNS = 5_000;

/**
 * Loads the schema, compiles its oracle and generates the run's valid and invalid cases, keeping them for `prepareRun`;
 * returns the cases (undefined when the run is too big to build ahead).
 */
export function warmUp(spec: WarmSpec): CaseSource | undefined {
  if (spec.runs > MAX_WARM_RUNS) return undefined;
  const schema = loadSchema(spec.schema ?? undefined);
  oracleFor(schema.document);
  const cases = memoized(caseSource(schema.document, { seed: spec.seed, ...dictionaryOption(spec) }));
  const shard = spec.shard ?? undefined;
  cases.valid(spec.runs, shard);
  cases.invalid(spec.runs, shard);
  built.set(JSON.stringify(spec), { schema, cases });
  return cases;
}

/**
 * How many fresh users a run with `spec.mint` will ask for, once its cases are known (`warm-mint.ts` mints them): its
 * checks', and the one of the target's first GET (`preflight`).
 */
export function warmUsers(spec: WarmSpec, cases: CaseSource): number {
  const m = spec.mint;
  if (!m) return 0;
  const settings = { runs: spec.runs, ...(spec.shard ? { shard: spec.shard } : {}) };
  return 1 + freshUsersOf(selectChecks(m.checks), { cases, settings, concurrency: m.concurrency, writes: m.writes });
}

/** The schema and cases built ahead for these options, when their schema file still has the same bytes. */
export function warmed(o: CheckOptions, schema: LoadedSchema): { schema: LoadedSchema; cases: CaseSource } | undefined {
  const hit = built.get(JSON.stringify(warmSpecOf(o)));
  return hit && hit.schema.sha256 === schema.sha256 ? hit : undefined;
}
