/** Invalid values: a valid instance with exactly one mutated spot, labelled with the violation ajv reports there. */
import fc from 'fast-check';
import { freshKey } from '../../src/core/json.js';
import { instancePointer } from '../../src/core/pointer.js';
import type { Violation } from '../../src/core/types.js';
import { oracleFor } from '../../src/schema/oracle.js';
import { anyJsonArbitrary, mapKeyArbitrary } from '../arb/json.js';
import { pick } from '../arb/pick.js';
import type { Level } from '../arb/placed.js';
import { PlacedArbitrary } from '../arb/placed.js';
import type { Canonical, CNode } from '../schema/canonical.js';
import { canonicalize, keywordPath } from '../schema/canonical.js';
import type { Site, Step } from '../schema/sites.js';
import { sitesOf } from '../schema/sites.js';
import { constraintsOf, mutationsOf } from '../vocab/index.js';
import type { Kit, Mutation } from '../vocab/types.js';
import { exampleOf } from './example.js';
import type { ValidBuilder, ValidOptions } from './valid.js';
import { validBuilder } from './valid.js';

/** An invalid instance and the single violation the oracle reports for it. */
export interface InvalidValue {
  instance: unknown;
  violation: Violation;
  /** Mutation operator and the schema location it hit, e.g. `type:null @ #/properties/meta`. */
  operator: string;
}

/** One mutation operator at one site. */
export interface Fault {
  site: Site;
  mutation: Mutation;
}

/** Options of {@link invalidArbitrary}. */
export interface InvalidOptions extends ValidOptions {
  /** Re-check every value with the oracle and drop the (never expected) misses. Default true. */
  confirm?: boolean;
}

/** Every (site, operator) pair of a canonical schema. */
export function faultsOf(c: Canonical): Fault[] {
  return sitesOf(c).flatMap((site) => mutationsOf(site.node).map((mutation) => ({ site, mutation })));
}

/** The mutation kit backed by a valid builder. */
export function kitFor(b: ValidBuilder): Kit {
  return { valid: (n, t) => b.valid(n, t), example: (n, t) => exampleOf(n, t) };
}

/** The surroundings of a fault one level up: valid siblings (or items) and the key (fixed or drawn, often hostile) it goes under. */
function levelOf(step: Step, b: ValidBuilder): Level {
  const parent = step.parent;
  if (step.kind === 'item') {
    const a = constraintsOf(parent).array;
    const item = a.items ? b.valid(a.items) : anyJsonArbitrary(1);
    const len = Math.max(1, a.minItems);
    return { kind: 'item', rest: fc.array(item, { minLength: len, maxLength: Math.max(len, Math.min(a.maxItems ?? Infinity, len + 3)) }) };
  }
  const declared = new Set([...parent.properties.map(([k]) => k), ...constraintsOf(parent).object.required]);
  const siblings = b.entries(parent, step.kind === 'property' ? { omit: step.key, reserve: 1 } : { reserve: 1 });
  return step.kind === 'property'
    ? { kind: 'object', siblings, key: step.key }
    : { kind: 'object', siblings, keys: mapKeyArbitrary, fresh: (k) => freshKey(k, declared) };
}

/** The violation a fault produces for an instance path. */
export function violationOf(node: CNode, m: Mutation, path: (string | number)[]): Violation {
  return { instancePath: instancePointer(path), keyword: m.keyword, schemaPath: keywordPath(node, m.keyword) };
}

/** Random invalid values for one fault: the mutated value placed among valid siblings at every level up to the root. */
export function faultArbitrary(f: Fault, b: ValidBuilder): fc.Arbitrary<InvalidValue> {
  const { node } = f.site;
  const label = { keyword: f.mutation.keyword, schemaPath: keywordPath(node, f.mutation.keyword), operator: `${f.mutation.operator} @ ${node.location}` };
  return new PlacedArbitrary(
    f.site.steps.map((step) => levelOf(step, b)),
    f.mutation.arbitrary(kitFor(b)),
    label,
  );
}

/**
 * A fast-check arbitrary of single-fault invalid instances for `doc`, each with its exact ajv violation.
 * Every (location, operator) pair is equally likely.
 * @example fc.assert(fc.property(invalidArbitrary(schema), ({ instance }) => myValidator(instance) === false));
 */
export function invalidArbitrary(doc: object, opts: InvalidOptions = {}): fc.Arbitrary<InvalidValue> {
  const canonical = canonicalize(doc);
  const b = validBuilder(canonical, opts);
  const faults = faultsOf(canonical);
  if (faults.length === 0) throw new Error('generators: the schema admits no single-fault mutation (it accepts every JSON value)');
  const arb = pick(faults.map((f) => ({ weight: 1, arbitrary: faultArbitrary(f, b) })));
  if (opts.confirm === false) return arb;
  const oracle = oracleFor(doc);
  // Safety net only: values are built to fail exactly so; this drops values of keywords the vocabulary does not model.
  return arb.filter((v) => oracle.failsExactlyWith(v.instance, v.violation));
}
