import { describe, expect, test } from 'vitest';
import { caseSource } from '../../generators/index.js';
import type { Case } from '../../src/core/types.js';
import { userOracle, userSchema } from './support.js';

/** "Fails" when the instance has any map entry (meta or integrations). */
const hasEntry = async (c: Case) => {
  const v = JSON.parse(c.json) as Record<string, unknown>;
  return ['meta', 'integrations'].some((k) => v[k] !== null && typeof v[k] === 'object' && Object.keys(v[k] as object).length > 0);
};

describe('shrinking', () => {
  test('invalid random cases shrink to smaller counterexamples that keep their exact label', async () => {
    const source = caseSource(userSchema, { seed: 99 });
    const picked = [...source.invalid(400)].filter((c) => c.phase === 'random' && c.violation!.instancePath.split('/').length >= 3).slice(0, 25);
    expect(picked.length).toBe(25);
    let smaller = 0;
    for (const c of picked) {
      expect(await hasEntry(c)).toBe(true);
      const { case: small, steps } = await source.shrink(c, hasEntry);
      expect(await hasEntry(small)).toBe(true);
      expect(userOracle.failsExactlyWith(JSON.parse(small.json), small.violation!)).toBe(true);
      // A step taken is a strictly smaller counterexample; no step leaves the case as it was.
      if (steps > 0) expect(small.json.length).toBeLessThan(c.json.length);
      else expect(small.json).toBe(c.json);
      if (small.json.length < c.json.length) smaller++;
    }
    // Random cases carry more than the fault and one entry: nearly all of them shrink (a do-nothing shrinker: 0).
    expect(smaller).toBeGreaterThanOrEqual(20);
  });

  test('valid random cases shrink to a minimal valid instance with one entry', async () => {
    const source = caseSource(userSchema, { seed: 5 });
    const big = [...source.valid(500)].filter((c) => c.phase === 'random' && c.json.length > 300);
    let shrunk = 0;
    for (const c of big) {
      if (!(await hasEntry(c)) || shrunk++ >= 10) continue;
      const { case: small } = await source.shrink(c, hasEntry);
      const v = JSON.parse(small.json);
      expect(userOracle.isValid(v)).toBe(true);
      expect(await hasEntry(small)).toBe(true);
      if (small.json.length >= 40) console.log(c.json.length, small.json);
      expect(small.json.length).toBeLessThan(40);
    }
    expect(shrunk).toBeGreaterThan(5);
  });

  test('edge cases shrink structurally and invalid ones keep their label', async () => {
    const source = caseSource(userSchema, { seed: 1 });
    const edge = [...source.invalid(0)].filter((c) => c.label?.includes('among entries')).slice(0, 10);
    expect(edge).toHaveLength(10);
    for (const c of edge) {
      const { case: small, steps } = await source.shrink(c, hasEntry);
      expect(steps).toBeGreaterThan(0);
      expect(small.json.length).toBeLessThan(c.json.length);
      expect(userOracle.failsExactlyWith(JSON.parse(small.json), small.violation!)).toBe(true);
    }
  });

  test('maxSteps bounds the work', async () => {
    const source = caseSource(userSchema, { seed: 5 });
    const c = [...source.valid(300)].filter((x) => x.phase === 'random').sort((a, b) => b.json.length - a.json.length)[0];
    let calls = 0;
    await source.shrink(
      c!,
      async (x) => {
        calls++;
        return hasEntry(x);
      },
      { maxSteps: 7 },
    );
    expect(calls).toBeLessThanOrEqual(7);
  });
});
