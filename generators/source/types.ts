/** The generators' public contract: a case source compiled from a schema. */
import type { Case } from '../../src/core/types.js';

/** A generated case plus an opaque handle the source uses to shrink it. */
export interface GeneratedCase extends Case {
  /** Opaque: the fast-check Value behind the case (undefined for dictionary and edge cases: they shrink structurally). */
  readonly handle?: unknown;
}

/**
 * Shard selector: case `index` belongs to shard `index % count === index0`; with `block`, whole blocks of that many
 * consecutive cases are dealt out instead (`floor(index / block) % count === index0`: `generate`'s threads).
 */
export interface Shard {
  index: number; // 1-based, as in --shard I/N
  count: number;
  block?: number;
}

/**
 * Deterministic cases for one schema and seed. A case's value depends only on (schema, dictionary, seed, kind, index):
 * never on which checks or shards run.
 */
export interface CaseSource {
  /** The dictionary (phase `dictionary`), the edge cases (phase `edge`), then `runs` random cases (phase `random`), filtered by shard. */
  valid(runs: number, shard?: Shard): Iterable<GeneratedCase>;
  /** Same for invalid cases; each carries its oracle-confirmed `violation`. */
  invalid(runs: number, shard?: Shard): Iterable<GeneratedCase>;
  /**
   * Shrinks a failing case to a minimal one for which `fails` still resolves true. For invalid cases every
   * candidate is re-checked by the oracle to fail with exactly its (possibly re-computed) label.
   */
  shrink(c: GeneratedCase, fails: (candidate: Case) => Promise<boolean>, opts?: { maxSteps?: number }): Promise<{ case: Case; steps: number }>;
  /** Schema locations (e.g. `#/properties/meta/additionalProperties`) a valid value reaches. */
  locationsOf(value: unknown): string[];
  /** Every location of the schema, in document order. */
  readonly locations: readonly string[];
}
