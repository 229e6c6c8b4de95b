/**
 * The `--engine faker` case source: json-schema-faker values made realistic by the overlay, each one confirmed
 * by the oracle (invalid ones: one oracle-labelled mutation). Deterministic per (schema, seed, kind, index).
 */

import type { JsonSchema } from 'json-schema-faker';
import { generateSync } from 'json-schema-faker';
import type { Case } from '../../src/core/types.js';
import { oracleFor } from '../../src/schema/oracle.js';
import { caseRandom } from '../arb/rng.js';
import { kitFor } from '../build/invalid.js';
import { validBuilder } from '../build/valid.js';
import { canonicalize } from '../schema/canonical.js';
import { enrich, resolveRef } from './enrich.js';
import { mutateOnce } from './invalid.js';
import { persona, rngOf } from './overlay.js';

/** Options of {@link fakerSource}. */
export interface FakerOptions {
  seed: number;
  /** Attempts per case before giving up (the last quarter skip the overlay and use plain jsf). Default 8. */
  maxAttempts?: number;
  /** Apply the realism overlay (default true). `false` gives plain json-schema-faker output (still oracle-checked). */
  overlay?: boolean;
}

/** A lazy, seeded stream of fixture cases. */
export interface FakerSource {
  /** `count` valid cases (phase `random`, label `faker`). */
  valid(count: number): Iterable<Case>;
  /** `count` invalid cases, each with the oracle's label. */
  invalid(count: number): Iterable<Case>;
  /** The valid value at `index` (what `valid` yields as JSON text). */
  validValue(index: number): unknown;
}

/** Raised when the engine cannot produce an oracle-accepted value for this schema. */
export class FakerEngineError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FakerEngineError';
  }
}

/** jsf options used everywhere: users usually have their fields, so optional properties are filled often. */
const jsfOptions = (seed: number) => ({ seed, optionalsProbability: 0.9, maxDefaultItems: 3 });

/**
 * Builds the faker source for a schema document.
 * @example
 * const src = fakerSource(loadSchema().document, { seed: 42 });
 * for (const c of src.valid(3)) console.log(c.json);
 */
export function fakerSource(doc: Record<string, unknown>, opts: FakerOptions): FakerSource {
  const oracle = oracleFor(doc);
  const canonical = canonicalize(doc);
  const kit = kitFor(validBuilder(canonical));
  const maxAttempts = opts.maxAttempts ?? 8;
  const plainFrom = opts.overlay === false ? 0 : Math.ceil((maxAttempts * 3) / 4);
  const defs = Object.fromEntries(['$defs', 'definitions'].filter((k) => doc[k] !== undefined).map((k) => [k, doc[k]]));
  // jsf is about twice as fast without `$defs` to preprocess, so sub-schemas go inline when they hold no `$ref`.
  const inline = new WeakMap<object, JsonSchema>();
  const fake = (schema: Record<string, unknown>, seed: number): unknown => {
    let sub = inline.get(schema);
    if (sub === undefined) {
      const resolved = resolveRef(schema, doc) as Record<string, unknown>;
      sub = (JSON.stringify(resolved).includes('"$ref"') ? { ...defs, ...schema } : resolved) as JsonSchema;
      inline.set(schema, sub);
    }
    return generateSync(sub, jsfOptions(seed));
  };

  const validValue = (index: number): unknown => {
    for (let attempt = 0; attempt < maxAttempts; attempt++) {
      const rng = rngOf(caseRandom(opts.seed, 'valid', index, attempt));
      let value: unknown;
      try {
        value = generateSync(doc as JsonSchema, jsfOptions(rng.seed()));
        if (attempt < plainFrom) value = enrich(value, doc, { root: doc, rng, persona: persona(rng), fake });
      } catch {
        continue; // jsf cannot handle this draw; the next attempt uses another seed
      }
      if (oracle.isValid(value)) return value;
    }
    throw new FakerEngineError(
      `json-schema-faker produced no value the schema accepts for case ${index} after ${maxAttempts} attempts; use --engine fast-check for this schema.`,
    );
  };

  const invalidCase = (index: number): Case => {
    for (let attempt = 0; attempt < maxAttempts; attempt++) {
      const rng = rngOf(caseRandom(opts.seed, 'invalid', index, attempt));
      const m = mutateOnce(validValue(rng.int(0, 0x7fffffff)), canonical.root, kit, oracle, rng);
      if (m && oracle.failsExactlyWith(m.instance, m.violation)) {
        return { kind: 'invalid', json: JSON.stringify(m.instance), violation: m.violation, phase: 'random', index, label: `faker ${m.operator}` };
      }
    }
    throw new FakerEngineError(
      `no single-fault mutation of a faker value is rejected at exactly one place for case ${index}; use --engine fast-check for this schema.`,
    );
  };

  return {
    *valid(count) {
      for (let index = 0; index < count; index++) {
        yield { kind: 'valid', json: JSON.stringify(validValue(index)), phase: 'random', index, label: 'faker' };
      }
    },
    *invalid(count) {
      for (let index = 0; index < count; index++) yield invalidCase(index);
    },
    validValue,
  };
}
