/** The case source: the hostile dictionary, edge cases, then seeded random cases; each a pure function of (schema, dictionary, seed, kind, index). */
import type fc from 'fast-check';
import type { Case } from '../../src/core/types.js';
import { oracleFor } from '../../src/schema/oracle.js';
import { pick } from '../arb/pick.js';
import { biasFor, caseRandom } from '../arb/rng.js';
import { dictionaryCases } from '../build/dictionary.js';
import { edgeCases } from '../build/edge.js';
import type { InvalidValue } from '../build/invalid.js';
import { faultArbitrary, faultsOf } from '../build/invalid.js';
import type { ValidOptions } from '../build/valid.js';
import { validBuilder } from '../build/valid.js';
import type { DictionaryEntry } from '../data/dictionary.js';
import { canonicalize } from '../schema/canonical.js';
import { locationsReached } from '../schema/locations.js';
import { fcShrinks, greedy, jsonShrinks } from './shrink.js';
import type { CaseSource, GeneratedCase, Shard } from './types.js';

/** Options of {@link caseSource}. */
export interface SourceOptions extends ValidOptions {
  seed: number;
  /** Entries added to the built-in hostile dictionary (the config's `dictionary`), or `false` to leave the phase out. */
  dictionary?: readonly DictionaryEntry[] | false;
}

/** Random attempts per case before giving up (only keywords outside the vocabulary can make an attempt miss). */
const MAX_ATTEMPTS = 100;

/**
 * Compiles a schema document into a deterministic {@link CaseSource}: the hostile dictionary (phase `dictionary`, SPEC
 * §10), the edge cases, then `runs` random cases whose values depend only on (schema, seed, kind, index among the
 * edge and random cases): the dictionary, seed-free itself, never shifts them. Every case is confirmed by the oracle.
 * @example
 * const source = caseSource(loadSchema().document, { seed: 42 });
 * for (const c of source.invalid(100)) assert(!myValidate(JSON.parse(c.json)), c.violation?.schemaPath);
 */
export function caseSource(doc: object, opts: SourceOptions): CaseSource {
  const canonical = canonicalize(doc);
  const oracle = oracleFor(doc);
  const builder = validBuilder(canonical, opts);
  const validArb = builder.valid(canonical.root);
  const faults = faultsOf(canonical);
  const invalidArb: fc.Arbitrary<InvalidValue> | undefined =
    faults.length > 0 ? pick(faults.map((f) => ({ weight: 1, arbitrary: faultArbitrary(f, builder) }))) : undefined;
  let edge: ReturnType<typeof edgeCases> | undefined;
  const edges = () => (edge ??= edgeCases(doc));
  const hostile = () => (opts.dictionary === false ? { valid: [], invalid: [] } : dictionaryCases(doc, opts.dictionary ?? []));
  if (opts.dictionary && opts.dictionary.length > 0) hostile(); // a wrong entry throws here, not in the middle of a run
  const { seed } = opts;

  const draw = <T>(kind: 'valid' | 'invalid', arb: fc.Arbitrary<T>, index: number, ordinal: number, ok: (v: T) => boolean): fc.Value<T> => {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const v = arb.generate(caseRandom(seed, kind, index, attempt), biasFor(ordinal));
      if (ok(v.value)) return v;
    }
    const extra = canonical.unsupported.length > 0 ? ` (keywords not modelled: ${canonical.unsupported.join(', ')})` : '';
    throw new Error(`generators: could not build a confirmed ${kind} case #${index} in ${MAX_ATTEMPTS} attempts${extra}`);
  };

  function* stream(kind: 'valid' | 'invalid', runs: number, shard?: Shard): Iterable<GeneratedCase> {
    const words = hostile()[kind];
    const fixed = kind === 'valid' ? edges().valid : edges().invalid;
    const total = words.length + fixed.length + runs;
    for (let index = 0; index < total; index++) {
      if (shard && Math.floor(index / (shard.block ?? 1)) % shard.count !== shard.index - 1) continue;
      // Random draws are keyed on the index past the dictionary, so entries added to it never change a random case.
      const drawIndex = index - words.length;
      if (drawIndex < 0) {
        const d = words[index]!;
        yield { kind, json: d.json, ...(d.violation ? { violation: d.violation } : {}), phase: 'dictionary', index, label: d.label };
      } else if (drawIndex < fixed.length) {
        const e = fixed[drawIndex]!;
        yield { kind, json: JSON.stringify(e.instance), ...(e.violation ? { violation: e.violation } : {}), phase: 'edge', index, label: e.label };
      } else if (kind === 'valid') {
        const v = draw('valid', validArb, drawIndex, drawIndex - fixed.length, (x) => oracle.isValid(x));
        yield { kind, json: JSON.stringify(v.value), phase: 'random', index, handle: v };
      } else if (invalidArb) {
        const v = draw('invalid', invalidArb, drawIndex, drawIndex - fixed.length, (x) => oracle.failsExactlyWith(x.instance, x.violation));
        yield { kind, json: JSON.stringify(v.value.instance), violation: v.value.violation, phase: 'random', index, label: v.value.operator, handle: v };
      }
    }
  }

  return {
    valid: (runs, shard) => stream('valid', runs, shard),
    invalid: (runs, shard) => stream('invalid', runs, shard),
    async shrink(c, fails, o = {}) {
      const maxTries = o.maxSteps ?? 500;
      const handle = c.handle as fc.Value<unknown> | undefined;
      if (handle && c.kind === 'valid') {
        const toCase = (v: fc.Value<unknown>): Case => ({ ...strip(c), json: JSON.stringify(v.value) });
        const r = await greedy(handle, fcShrinks(validArb), async (v) => oracle.isValid(v.value) && fails(toCase(v)), maxTries);
        return { case: toCase(r.value), steps: r.steps };
      }
      if (handle && invalidArb) {
        const toCase = (v: fc.Value<InvalidValue>): Case => ({
          ...strip(c),
          json: JSON.stringify(v.value.instance),
          violation: v.value.violation,
          label: v.value.operator,
        });
        const accept = async (v: fc.Value<InvalidValue>) => oracle.failsExactlyWith(v.value.instance, v.value.violation) && fails(toCase(v));
        const r = await greedy(handle as fc.Value<InvalidValue>, fcShrinks(invalidArb), accept, maxTries);
        return { case: toCase(r.value), steps: r.steps };
      }
      const toCase = (v: unknown): Case => ({ ...strip(c), json: JSON.stringify(v) });
      const still = (v: unknown) => (c.kind === 'valid' ? oracle.isValid(v) : c.violation !== undefined && oracle.failsExactlyWith(v, c.violation));
      const r = await greedy<unknown>(JSON.parse(c.json), jsonShrinks, async (v) => still(v) && fails(toCase(v)), maxTries);
      return { case: toCase(r.value), steps: r.steps };
    },
    locationsOf: (value) => locationsReached(canonical.root, value),
    locations: canonical.nodes.map((n) => n.location),
  };
}

/** A case without its shrink handle. */
function strip(c: GeneratedCase): Case {
  const { handle: _h, ...rest } = c;
  return rest;
}
