/** Numbers within `minimum`/`maximum`/`exclusive*`/`multipleOf`, by construction (integers or finite doubles). */
import fc from 'fast-check';
import { evenly, pick } from './pick.js';

/** Numeric bounds of a schema node (`minimum`, `maximum`, their exclusive forms, `multipleOf`). */
export interface NumberConstraints {
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  multipleOf?: number;
}

/** Inclusive integer bounds implied by the constraints. */
function integerBounds(n: NumberConstraints): { min: number; max: number } {
  let min = Number.MIN_SAFE_INTEGER;
  let max = Number.MAX_SAFE_INTEGER;
  if (n.minimum !== undefined) min = Math.max(min, Math.ceil(n.minimum));
  if (n.exclusiveMinimum !== undefined) min = Math.max(min, Math.floor(n.exclusiveMinimum) + 1);
  if (n.maximum !== undefined) max = Math.min(max, Math.floor(n.maximum));
  if (n.exclusiveMaximum !== undefined) max = Math.min(max, Math.ceil(n.exclusiveMaximum) - 1);
  return { min, max };
}

/** Integers in bounds, biased towards small values and the bounds themselves. */
export function integerArbitrary(n: NumberConstraints): fc.Arbitrary<number> {
  const { min, max } = integerBounds(n);
  if (min > max) throw new Error(`generators: no integer satisfies the numeric bounds ${JSON.stringify(n)}`);
  if (n.multipleOf !== undefined) {
    const m = n.multipleOf;
    const lo = Math.ceil(min / m);
    const hi = Math.floor(max / m);
    if (lo > hi) throw new Error(`generators: no multiple of ${m} within bounds`);
    return fc.integer({ min: Math.max(lo, -1e6), max: Math.min(hi, Math.max(lo, -1e6) + 2e6) }).map((k) => k * m);
  }
  const small = fc.integer({ min: Math.max(min, Math.min(max, -1000)), max: Math.min(max, Math.max(min, 1000)) });
  return pick([
    { weight: 4, arbitrary: small },
    { weight: 1, arbitrary: fc.integer({ min, max }) },
    { weight: 1, arbitrary: fc.constantFrom(min, max) },
  ]);
}

/** Any JSON number satisfying the constraints (integers included). */
export function numberArbitrary(n: NumberConstraints): fc.Arbitrary<number> {
  if (n.multipleOf !== undefined) return integerArbitrary(n);
  const lo = n.exclusiveMinimum !== undefined ? Math.max(n.exclusiveMinimum, n.minimum ?? -Infinity) : n.minimum;
  const hi = n.exclusiveMaximum !== undefined ? Math.min(n.exclusiveMaximum, n.maximum ?? Infinity) : n.maximum;
  const doubles = fc
    .double({
      min: lo ?? -Number.MAX_VALUE,
      max: hi ?? Number.MAX_VALUE,
      minExcluded: n.exclusiveMinimum !== undefined && lo === n.exclusiveMinimum,
      maxExcluded: n.exclusiveMaximum !== undefined && hi === n.exclusiveMaximum,
      noNaN: true,
      noDefaultInfinity: true,
    })
    .map((x) => (Object.is(x, -0) ? 0 : x));
  let ints: fc.Arbitrary<number> | undefined;
  try {
    ints = integerArbitrary(n);
  } catch {
    ints = undefined;
  }
  return ints ? pick(evenly(ints, doubles)) : doubles;
}
