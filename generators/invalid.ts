/** Invalid values: a valid instance with exactly one mutated spot, labelled with the violation ajv reports there. */
import fc from 'fast-check';
import type { Violation } from '../src/core/types.js';
import { oracleFor } from '../src/schema/oracle.js';
import { canonicalize, keywordPath } from './canonical.js';
import type { Canonical, CNode } from './canonical.js';
import { exampleOf } from './example.js';
import { anyJsonArbitrary, keyArbitrary, objectFrom } from './json.js';
import { freshKey } from './keys.js';
import { instancePointer } from './pointer.js';
import { sitesOf } from './sites.js';
import type { Site, Step } from './sites.js';
import { validBuilder } from './valid.js';
import type { ValidBuilder, ValidOptions } from './valid.js';
import { constraintsOf, mutationsOf } from './vocab/index.js';
import type { Kit, Mutation } from './vocab/types.js';

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

type Placed = { value: unknown; path: (string | number)[] };

/** Wraps a faulty inner value one level up: among valid siblings, at a random position, under a random (often hostile) key. */
function wrap(step: Step, inner: fc.Arbitrary<Placed>, b: ValidBuilder): fc.Arbitrary<Placed> {
  const parent = step.parent;
  if (step.kind === 'item') {
    const a = constraintsOf(parent).array;
    const item = a.items ? b.valid(a.items) : anyJsonArbitrary(1);
    const len = Math.max(1, a.minItems);
    const rest = fc.array(item, { minLength: len, maxLength: Math.max(len, Math.min(a.maxItems ?? Infinity, len + 3)) });
    return fc.tuple(rest, inner, fc.nat()).map(([arr, p, pos]) => {
      const i = pos % arr.length;
      const out = [...arr];
      out[i] = p.value;
      return { value: out, path: [i, ...p.path] };
    });
  }
  const declared = new Set([...parent.properties.map(([k]) => k), ...constraintsOf(parent).object.required]);
  const siblings = b.entries(parent, step.kind === 'property' ? { omit: step.key, reserve: 1 } : { reserve: 1 });
  const key = step.kind === 'property' ? fc.constant(step.key) : keyArbitrary.map((k) => freshKey(k, declared));
  return fc.tuple(siblings, key, inner, fc.nat()).map(([entries, k, p, pos]) => {
    const out = [...entries];
    const at = out.findIndex(([x]) => x === k);
    if (at >= 0) out[at] = [k, p.value];
    else out.splice(pos % (out.length + 1), 0, [k, p.value]);
    return { value: objectFrom(out), path: [k, ...p.path] };
  });
}

/** The violation a fault produces for an instance path. */
export function violationOf(node: CNode, m: Mutation, path: (string | number)[]): Violation {
  return { instancePath: instancePointer(path), keyword: m.keyword, schemaPath: keywordPath(node, m.keyword) };
}

/** Random invalid values for one fault. */
export function faultArbitrary(f: Fault, b: ValidBuilder): fc.Arbitrary<InvalidValue> {
  let arb: fc.Arbitrary<Placed> = f.mutation.arbitrary(kitFor(b)).map((value) => ({ value, path: [] }));
  for (let i = f.site.steps.length - 1; i >= 0; i--) arb = wrap(f.site.steps[i], arb, b);
  const operator = `${f.mutation.operator} @ ${f.site.node.location}`;
  return arb.map(({ value, path }) => ({ instance: value, violation: violationOf(f.site.node, f.mutation, path), operator }));
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
  const arb = fc.oneof(...faults.map((f) => faultArbitrary(f, b)));
  if (opts.confirm === false) return arb;
  const oracle = oracleFor(doc);
  // Safety net only: values are built to fail exactly so; this drops values of keywords the vocabulary does not model.
  return arb.filter((v) => oracle.failsExactlyWith(v.instance, v.violation));
}
