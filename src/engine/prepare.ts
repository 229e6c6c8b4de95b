/** What a run shares across its targets: the schema, its oracle, one seeded case stream, the replayed case, the checks. */
import { resolve } from 'node:path';
import type { CaseSource, CNode } from '../../generators/index.js';
import { canonicalize } from '../../generators/schema/canonical.js';
// The case source's own module, not the generators' index: checking never loads the faker engine (json-schema-faker).
import { caseSource } from '../../generators/source/source.js';
import { type BaselineEntry, baselinePathOf, readBaseline } from '../baseline/file.js';
import { selectChecks } from '../checks/index.js';
import type { CheckContext, CheckDef } from '../checks/types.js';
import type { Ambiguity } from '../core/types.js';
import type { CheckOptions } from '../options/types.js';
import { type LoadedSchema, loadSchema } from '../schema/load.js';
import { type Oracle, oracleFor } from '../schema/oracle.js';
import { agreedCases } from './ambiguity.js';
import { checkDictionary, dictionaryOption } from './dictionary.js';
import { memoized } from './memoized.js';
import { readReplay } from './replay.js';
import { warmed } from './warm.js';

/** A prepared run: everything that does not need a target (all of it fails only with usage errors). */
export interface Prepared {
  options: CheckOptions;
  schema: LoadedSchema;
  oracle: Oracle;
  root: CNode;
  /** One case stream for every check of every target. */
  cases: CaseSource;
  replay: CheckContext['replay'];
  checks: CheckDef[];
  /** With `--second-opinion`: the cases the two validators judged differently (left out of every check). */
  ambiguities?: Ambiguity[];
  /** The baseline in use (its file and entries), when there is one. */
  baseline?: { file: string; entries: BaselineEntry[] };
  /** Today as YYYY-MM-DD: baseline entries expire on it. */
  today: string;
}

/** Loads the schema named by the options (relative to their cwd). Usage errors are exit 2. */
export function schemaOf(o: CheckOptions): LoadedSchema {
  return loadSchema(o.schemaPath === undefined ? undefined : resolve(o.cwd, o.schemaPath));
}

/**
 * With `--second-opinion`, compiles the second validator and narrows the run's cases to those both validators agree
 * on (memoised after the filter, so every check of every target sees the same agreed cases).
 */
export async function withSecondOpinion(p: Prepared): Promise<void> {
  if (!p.options.secondOpinion || p.ambiguities) return;
  // Loaded only when asked for: most runs never pay for the second validator's start-up.
  const { secondOpinionFor } = await import('../schema/second-opinion.js');
  const second = await secondOpinionFor(p.schema.document);
  p.ambiguities = [];
  p.cases = memoized(agreedCases(p.cases, p.oracle, second, p.ambiguities));
}

/**
 * Checks everything that does not need a target; `today` (YYYY-MM-DD, default the UTC date) dates baseline expiry.
 * The oracle, the canonical tree and the case source are built on first use: the CLI process of a vitest run never
 * needs them (the worker generates and checks), so only the process that runs the checks pays for them. A schema
 * given with `--schema` is built at once, so that generators it defeats fail here, before anything starts.
 */
export function prepareRun(options: CheckOptions, today = new Date().toISOString().slice(0, 10)): Prepared {
  const baselineFile = baselinePathOf(options.cwd, options.baselinePath, options.updateBaseline);
  const entries = baselineFile ? readBaseline(baselineFile, options.baselinePath !== undefined && !options.updateBaseline) : undefined;
  const loaded = schemaOf(options);
  // Built ahead in this (worker) process for the same schema bytes and case options: the same cases, already made.
  const warm = warmed(options, loaded);
  const schema = warm?.schema ?? loaded;
  checkDictionary(options, schema.document); // a wrong config entry is exit 2 before any target starts
  const doc = schema.document;
  let root: CNode | undefined;
  let cases: CaseSource | undefined = warm?.cases;
  const prepared: Prepared = {
    options,
    schema,
    get oracle() {
      return oracleFor(doc);
    },
    get root() {
      root ??= canonicalize(doc).root;
      return root;
    },
    get cases() {
      cases ??= memoized(caseSource(doc, { seed: options.seed, ...dictionaryOption(options) }));
      return cases;
    },
    set cases(c) {
      cases = c;
    },
    replay: options.replayPath ? readReplay(options, schema, oracleFor(doc)) : undefined,
    checks: selectChecks(options.checks),
    ...(baselineFile && entries ? { baseline: { file: baselineFile, entries } } : {}),
    today,
  };
  if (options.schemaPath !== undefined) void prepared.cases;
  return prepared;
}
