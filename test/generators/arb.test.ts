import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { CharsConstraints } from '../../generators/arb/chars.js';
import { charsArbitrary } from '../../generators/arb/chars.js';
import { keyArbitrary } from '../../generators/arb/json.js';
import { mapArbitrary } from '../../generators/arb/map.js';
import { objectArbitrary } from '../../generators/arb/object.js';
import { pick } from '../../generators/arb/pick.js';
import { caseRandom } from '../../generators/arb/rng.js';
import { dictionary, freshKey, setOwn } from '../../src/core/json.js';

/** A generated Value (with its shrink context), as the case source draws it. */
const draw = <T>(arb: fc.Arbitrary<T>, index: number, bias: number | undefined = 3) => arb.generate(caseRandom(1, 'valid', index), bias);
/** The first `n` shrink candidates of a Value. */
const shrinks = <T>(arb: fc.Arbitrary<T>, v: fc.Value<T>, n = 100) => [...arb.shrink(v.value_, v.context).take(n)];
const codePoints = (s: string) => [...s].length;

describe('charsArbitrary', () => {
  const cases: CharsConstraints[] = [
    {},
    { maxLength: 8 },
    { unit: 'binary', maxLength: 12 },
    { unit: 'grapheme-ascii', minLength: 3, maxLength: 15 },
    { unit: 'binary', minLength: 1, maxLength: 3 },
    { minLength: 9, maxLength: 9 },
  ];

  test('draws exactly what fc.string draws for the same seed (same length, character and name-injection laws)', () => {
    for (const c of cases) {
      for (const seed of [1, 42]) {
        const fast = fc.sample(charsArbitrary(c), { numRuns: 3_000, seed });
        expect(fast, JSON.stringify(c)).toEqual(fc.sample(fc.string(c), { numRuns: 3_000, seed }));
      }
    }
  });

  test('shrinks stay within the unit and the length bounds, and get shorter or simpler (towards "a")', () => {
    for (const c of cases) {
      const arb = charsArbitrary(c);
      for (let i = 0; i < 300; i++) {
        const v = draw(arb, i);
        for (const s of shrinks(arb, v)) {
          expect(arb.canShrinkWithoutContext(s.value), JSON.stringify([c, v.value, s.value])).toBe(true);
          const shorter = codePoints(s.value) < codePoints(v.value);
          const simpler =
            codePoints(s.value) === codePoints(v.value) && [...s.value].filter((x) => x !== 'a').length < [...v.value].filter((x) => x !== 'a').length;
          expect(shorter || simpler).toBe(true);
        }
      }
    }
    expect(charsArbitrary({ unit: 'grapheme-ascii' }).canShrinkWithoutContext('é')).toBe(false);
    expect(charsArbitrary({ maxLength: 2 }).canShrinkWithoutContext('abc')).toBe(false);
  });
});

describe('pick', () => {
  test('follows the weights and shrinks inside the chosen branch', () => {
    const arb = pick<string | number>([
      { weight: 3, arbitrary: fc.constant('a') },
      { weight: 1, arbitrary: fc.integer({ min: 10, max: 20 }) },
    ]);
    const values = fc.sample(arb, { numRuns: 4_000, seed: 5 });
    const share = values.filter((v) => v === 'a').length / values.length;
    expect(share).toBeGreaterThan(0.7);
    expect(share).toBeLessThan(0.8);
    const v = [...Array(50).keys()].map((i) => draw(arb, i)).find((x) => typeof x.value === 'number' && x.value > 10)!;
    const smaller = shrinks(arb, v);
    expect(smaller.length).toBeGreaterThan(0);
    expect(smaller.every((s) => typeof s.value === 'number' && s.value >= 10 && s.value < (v.value as number))).toBe(true);
  });

  test('with crossShrink, a value of a later branch first offers one of the first branch', () => {
    const arb = pick(
      [
        { weight: 1, arbitrary: fc.constant('simple') },
        { weight: 1, arbitrary: fc.string({ minLength: 5 }) },
      ],
      { crossShrink: true },
    );
    const v = [...Array(50).keys()].map((i) => draw(arb, i)).find((x) => x.value !== 'simple')!;
    expect(shrinks(arb, v)[0]!.value).toBe('simple');
  });
});

describe('mapArbitrary and objectArbitrary', () => {
  const declared = new Set(['id', 'meta']);
  const entries = mapArbitrary({
    key: keyArbitrary,
    fresh: (k) => freshKey(k, declared),
    value: fc.nat(),
    sizes: [
      { weight: 5, min: 1, max: 4 },
      { weight: 1, min: 50, max: 60 },
    ],
  });
  const object = objectArbitrary({
    props: [
      { key: 'id', arbitrary: fc.nat(), required: true },
      { key: 'meta', arbitrary: fc.boolean(), required: false },
    ],
    extras: entries,
    maxProperties: Infinity,
  });

  test('entries have unique keys that never collide with declared ones, within the size bands', () => {
    let big = 0;
    for (let i = 0; i < 2_000; i++) {
      const es = draw(entries, i).value;
      const keys = es.map(([k]) => k);
      expect(new Set(keys).size).toBe(keys.length);
      expect(keys.some((k) => declared.has(k))).toBe(false);
      expect(es.length >= 1 && (es.length <= 4 || (es.length >= 50 && es.length <= 60))).toBe(true);
      if (es.length >= 50) big++;
    }
    expect(big).toBeGreaterThan(100);
  });

  test('objects are plain and keep hostile keys as own properties, declared properties first (after integer-like keys)', () => {
    let proto = 0;
    for (let i = 0; i < 2_000; i++) {
      const o = draw(object, i).value;
      expect(Object.getPrototypeOf(o)).toBe(Object.prototype);
      expect(Object.keys(o).find((k) => !/^(0|[1-9]\d*)$/.test(k))).toBe('id'); // integer-like keys always come first in JS
      if (Object.hasOwn(o, '__proto__')) proto++;
      expect(JSON.parse(JSON.stringify(o))).toEqual(JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(o)))));
    }
    expect(proto).toBeGreaterThan(10);
  });

  test('shrinking drops optional properties and entries down to the minimum, never the required ones', () => {
    const v = [...Array(200).keys()].map((i) => draw(object, i)).find((x) => 'meta' in x.value && Object.keys(x.value).length > 4)!;
    const first = shrinks(object, v);
    expect(first[0]!.value).not.toHaveProperty('meta');
    for (const s of first) {
      expect(s.value).toHaveProperty('id');
      expect(Object.keys(s.value).length).toBeGreaterThanOrEqual(2); // id + at least one entry
    }
    const r = fc.check(
      fc.property(object, (o) => Object.keys(o).length < 3),
      { seed: 3 },
    );
    expect(r.failed).toBe(true);
    expect(Object.keys(r.counterexample![0]).length).toBe(3);
  });

  test('same Random, same value (the case source relies on it)', () => {
    for (let i = 0; i < 200; i++) expect(JSON.stringify(draw(object, i).value)).toBe(JSON.stringify(draw(object, i).value));
  });
});

describe('own properties', () => {
  test('setOwn makes __proto__ an own enumerable property of a dictionary object; other keys are assigned', () => {
    const o = dictionary();
    for (const k of ['b', '__proto__', 'constructor', 'toString', '']) setOwn(o, k, k.length);
    expect(Object.getPrototypeOf(o)).toBe(Object.prototype);
    expect(Object.keys(o)).toEqual(['b', '__proto__', 'constructor', 'toString', '']);
    expect(JSON.stringify(o)).toBe('{"b":1,"__proto__":9,"constructor":11,"toString":8,"":0}');
    expect(({} as Record<string, unknown>).b).toBeUndefined();
  });
});
