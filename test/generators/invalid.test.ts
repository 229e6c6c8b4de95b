import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { invalidArbitrary } from '../../generators/index.js';
import { userOracle, userSchema } from './support.js';

describe('invalidArbitrary (Connected User)', () => {
  test('100,000 single-fault instances each fail with exactly their label (built, not filtered)', () => {
    const arb = invalidArbitrary(userSchema, { confirm: false });
    fc.assert(
      fc.property(arb, ({ instance, violation }) => userOracle.failsExactlyWith(instance, violation)),
      { numRuns: 100_000, seed: 424242 },
    );
  });

  test('labels name the ajv location: instancePath, keyword and schemaPath agree with the oracle', () => {
    for (const v of fc.sample(invalidArbitrary(userSchema), { numRuns: 500, seed: 3 })) {
      const errors = userOracle.check(v.instance).errors;
      expect(errors.length).toBeGreaterThan(0);
      expect(errors.every((e) => e.instancePath === v.violation.instancePath)).toBe(true);
      expect(v.violation.schemaPath.endsWith(`/${v.violation.keyword}`)).toBe(true);
      expect(v.operator).toMatch(/ @ #/);
    }
  });

  test('faults sit deep in maps, not only in the first entry, and under hostile keys', () => {
    let notFirst = 0;
    let hostile = 0;
    for (const v of fc.sample(invalidArbitrary(userSchema), { numRuns: 5_000, seed: 11 })) {
      const m = /^\/(integrations|meta)\/([^/]+)/.exec(v.violation.instancePath);
      if (!m) continue;
      const map = (v.instance as Record<string, Record<string, unknown>>)[m[1]!];
      const key = m[2]!.replace(/~1/g, '/').replace(/~0/g, '~');
      if (Object.keys(map!).indexOf(key) > 0) notFirst++;
      if (['__proto__', 'constructor', 'prototype', 'toString', '', '.', '$', '/', '~'].includes(key)) hostile++;
    }
    expect(notFirst).toBeGreaterThan(50);
    expect(hostile).toBeGreaterThan(50);
  });
});
