/** The generator vocabulary contract: one keyword family contributes valid-value constraints and mutation operators. */
import type fc from 'fast-check';
import type { NumberConstraints } from '../arb/number.js';
import type { CNode } from '../schema/canonical.js';

/** The seven JSON types of JSON Schema (`integer` is a subset of `number`). */
export type JsonType = 'null' | 'boolean' | 'integer' | 'number' | 'string' | 'array' | 'object';

/** All JSON types, in the order wrong-type mutations are listed. */
export const jsonTypes: readonly JsonType[] = ['null', 'boolean', 'integer', 'number', 'string', 'array', 'object'];

/** What a valid value of one node must satisfy; vocabulary entries fold into it. */
export interface Constraints {
  /** Allowed types; undefined = any. */
  types?: ReadonlySet<JsonType>;
  /** Allowed values when `enum`/`const` restrict them. */
  choices?: readonly unknown[];
  string: { minLength: number; maxLength?: number; pattern?: string; format?: string };
  number: NumberConstraints;
  array: { items?: CNode; minItems: number; maxItems?: number };
  object: { properties: readonly [string, CNode][]; required: readonly string[]; additional?: CNode | false; minProperties: number; maxProperties?: number };
}

/** Adjustments used by mutations that need "a valid value, except …". */
export interface Tweak {
  /** Leave this declared property out (and do not require it). */
  omit?: string;
  /** Keep room for this many extra properties below `maxProperties`. */
  reserve?: number;
}

/** Services a mutation may call to build the valid rest of a faulty value. */
export interface Kit {
  valid(node: CNode, tweak?: Tweak): fc.Arbitrary<unknown>;
  example(node: CNode, tweak?: Tweak): unknown;
}

/** A single-fault operator for one node: replaces the node's value by one that breaks `keyword` there. */
export interface Mutation {
  /** Stable operator name, e.g. `type:null`, `near-miss:"valid"`, `required:drop:id`. */
  operator: string;
  /** The keyword ajv reports (also the last segment of the violation's schemaPath). */
  keyword: string;
  /** Random faulty values. */
  arbitrary(kit: Kit): fc.Arbitrary<unknown>;
  /** One deterministic faulty value (edge-case phase). */
  example(kit: Kit): unknown;
}

/** One keyword (family) of the vocabulary, as data. */
export interface VocabEntry {
  keyword: string;
  /** Folds this keyword's constraints into `c`. */
  valid?(node: CNode, c: Constraints): Constraints;
  /** Mutation operators for this keyword on `node` (given the node's folded constraints). */
  mutate?(node: CNode, c: Constraints): Mutation[];
}
