import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { validArbitrary } from '../../generators/index.js';
import { eachObject, userOracle, userSchema } from './support.js';

describe('validArbitrary (Connected User)', () => {
  test('100,000 generated instances all pass the oracle', () => {
    fc.assert(
      fc.property(validArbitrary(userSchema), (v) => userOracle.isValid(v)),
      { numRuns: 100_000, seed: 20240601 },
    );
  });

  test('objects are plain: Object.prototype, hostile keys are own properties that never change a prototype', () => {
    let protoKeys = 0;
    fc.assert(
      fc.property(validArbitrary(userSchema), (v) => {
        eachObject(v, (o) => {
          expect(Object.getPrototypeOf(o)).toBe(Object.prototype);
          if (Object.hasOwn(o, '__proto__')) {
            protoKeys++;
            expect(Object.keys(o)).toContain('__proto__');
          }
        });
        const text = JSON.stringify(v);
        expect(JSON.stringify(JSON.parse(text))).toBe(text);
      }),
      { numRuns: 5_000, seed: 7 },
    );
    expect(protoKeys).toBeGreaterThan(0);
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
