/** What a run shares across its targets: the schema, its oracle, one seeded case stream, the replayed case, the checks. */
import { resolve } from 'node:path';
import { type CaseSource, type CNode, canonicalize, caseSource, type GeneratedCase, type Shard } from '../../generators/index.js';
import { selectChecks } from '../checks/index.js';
import type { CheckContext, CheckDef } from '../checks/types.js';
import { baselinePathOf, type BaselineEntry, readBaseline } from '../baseline/file.js';
import type { Ambiguity } from '../core/types.js';
import type { CheckOptions } from '../options/types.js';
import { type LoadedSchema, loadSchema } from '../schema/load.js';
import { type Oracle, oracleFor } from '../schema/oracle.js';
import { agreedCases } from './ambiguity.js';
import { checkDictionary, dictionaryOption } from './dictionary.js';
import { readReplay } from './replay.js';

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
 * Every check of every target walks the same cases: each stream is generated once and handed out as the same array
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

/** Checks everything that does not need a target; `today` (YYYY-MM-DD, default the UTC date) dates baseline expiry. */
export function prepareRun(options: CheckOptions, today = new Date().toISOString().slice(0, 10)): Prepared {
  const baselineFile = baselinePathOf(options.cwd, options.baselinePath, options.updateBaseline);
  const entries = baselineFile ? readBaseline(baselineFile, options.baselinePath !== undefined && !options.updateBaseline) : undefined;
  const schema = schemaOf(options);
  checkDictionary(options, schema.document); // a wrong config entry is exit 2 before any target starts
  const oracle = oracleFor(schema.document);
  return {
    options,
    schema,
    oracle,
    root: canonicalize(schema.document).root,
    cases: memoized(caseSource(schema.document, { seed: options.seed, ...dictionaryOption(options) })),
    replay: readReplay(options, schema, oracle),
    checks: selectChecks(options.checks),
    ...(baselineFile && entries ? { baseline: { file: baselineFile, entries } } : {}),
    today,
  };
}
