import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { caseRandom } from '../../generators/arb/rng.js';
import type { InvalidValue } from '../../generators/index.js';
import { invalidArbitrary, validArbitrary } from '../../generators/index.js';
import { eachObject, userOracle, userSchema } from './support.js';

/** Values with their shrink contexts, drawn as the case source draws them. */
const values = <T>(arb: fc.Arbitrary<T>, n: number) => Array.from({ length: n }, (_, i) => arb.generate(caseRandom(7, 'valid', i), 2 + (i % 3)));

/** Walks a shrink tree breadth-first, `limit` candidates in all, `perNode` children of each visited node. */
function* candidates<T>(arb: fc.Arbitrary<T>, root: fc.Value<T>, limit: number, perNode = 8): Generator<fc.Value<T>> {
  const queue = [root];
  let n = 0;
  while (queue.length > 0 && n < limit) {
    const v = queue.shift()!;
    for (const c of arb.shrink(v.value_, v.context).take(perNode)) {
      if (n++ >= limit) return;
      yield c;
      queue.push(c);
    }
  }
}

const hasEntry = (v: unknown) => {
  const u = v as Record<string, unknown>;
  return ['meta', 'integrations'].some((k) => u[k] !== null && typeof u[k] === 'object' && Object.keys(u[k] as object).length > 0);
};

describe('fast-check shrinking of the schema-derived arbitraries (library use: fc.assert)', () => {
  test('every shrink candidate of a valid value is valid and plain', () => {
    const arb = validArbitrary(userSchema);
    for (const v of values(arb, 60)) {
      for (const c of candidates(arb, v, 60)) {
        expect(userOracle.isValid(c.value), JSON.stringify(c.value)).toBe(true);
        eachObject(c.value, (o) => expect(Object.getPrototypeOf(o)).toBe(Object.prototype));
      }
    }
  });

  test('every shrink candidate of an invalid value fails with exactly its (recomputed) label', () => {
    const arb = invalidArbitrary(userSchema, { confirm: false });
    for (const v of values(arb, 150)) {
      for (const c of candidates(arb, v, 40)) {
        const { instance, violation, operator } = c.value;
        expect(userOracle.failsExactlyWith(instance, violation), JSON.stringify(c.value)).toBe(true);
        expect(operator).toBe(v.value.operator);
      }
    }
  });

  test('fc.check finds minimal valid counterexamples', () => {
    const r = fc.check(
      fc.property(validArbitrary(userSchema), (u) => !hasEntry(u)),
      { seed: 11 },
    );
    expect(r.failed).toBe(true);
    const small = r.counterexample![0];
    expect(userOracle.isValid(small)).toBe(true);
    expect(JSON.stringify(small).length).toBeLessThan(40);
  });

  test('fc.check shrinks invalid counterexamples while keeping a deep fault and its exact label', () => {
    const deep = (v: InvalidValue) => v.violation.instancePath.split('/').length >= 4;
    const r = fc.check(
      fc.property(invalidArbitrary(userSchema), (v) => !deep(v)),
      { seed: 12 },
    );
    expect(r.failed).toBe(true);
    const small = r.counterexample![0];
    expect(deep(small)).toBe(true);
    expect(userOracle.failsExactlyWith(small.instance, small.violation)).toBe(true);
    expect(JSON.stringify(small.instance).length).toBeLessThan(80);
  });
});
