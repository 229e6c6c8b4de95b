/**
 * A run's cases built ahead of time in the vitest worker: the CLI starts the worker before it loads vitest itself
 * (`prefork.ts`), and the worker builds the schema's oracle and the run's case streams while the CLI is still starting
 * vitest. `prepareRun` takes them from here when they were built for the same schema, seed, runs, shard and dictionary;
 * otherwise it builds its own, so a warm start can only save time, never change a case. An HTTP run with
 * `--signing-key` also starts minting its fresh users (`warm-mint.ts`) while the cases are built and vitest starts.
 */
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
import { type WarmSpec, warmSpecOf } from './warm-spec.js';

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
