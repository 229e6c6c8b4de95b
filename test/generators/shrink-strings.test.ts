// Shrinking reaches the minimum for strings (SPEC §10): padding goes, in dictionary/edge cases and in random ones.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { caseRandom } from '../../generators/arb/rng.js';
import { textArbitrary } from '../../generators/arb/text.js';
import { hostileStrings } from '../../generators/data/strings.js';
import { caseSource } from '../../generators/index.js';
import { fcShrinks, greedy, jsonShrinks } from '../../generators/source/shrink.js';
import type { Case } from '../../src/core/types.js';
import { userSchema } from './support.js';

const nonchar = '\u{10fffe}';
const hasNonchar = (s: string) => s.includes(nonchar);

describe('structural shrinking (dictionary and edge cases)', () => {
  test('a padded noncharacter shrinks to the noncharacter alone, strictly smaller', async () => {
    const start = ` ${nonchar} `;
    const { value } = await greedy<unknown>(start, jsonShrinks, async (s) => typeof s === 'string' && hasNonchar(s), 500);
    expect(value).toBe(nonchar);
    expect((value as string).length).toBeLessThan(start.length);
  });

  test('inside a case, through the case source: values and keys lose their padding', async () => {
    const source = caseSource(userSchema, { seed: 1 });
    const c = { kind: 'valid' as const, json: JSON.stringify({ id: `\t${nonchar}  `, meta: { ' \u0000 ': ' x ' } }), phase: 'dictionary' as const, index: 0 };
    const fails = async (x: Case) => {
      const v = JSON.parse(x.json) as { id?: string; meta?: Record<string, string> };
      return hasNonchar(v.id ?? '') && Object.keys(v.meta ?? {}).some((k) => k.includes('\u0000'));
    };
    const { case: small, steps } = await source.shrink(c, fails);
    expect(JSON.parse(small.json)).toEqual({ id: nonchar, meta: { '\u0000': '' } });
    expect(small.json.length).toBeLessThan(c.json.length);
    expect(steps).toBeGreaterThan(0);
  });
});

describe('fast-check shrinking (random cases)', () => {
  test('padded strings drop their padding: the minimum of "contains c" is c itself', async () => {
    const arb = textArbitrary({ minLength: 0 });
    const pads = [' ', '\t', '\n', '\u00a0'];
    const padded = Array.from({ length: 4000 }, (_, i) => arb.generate(caseRandom(5, 'valid', i), 3))
      .filter((v) => !hostileStrings.includes(v.value)) // the padded branch, not the fixed hostile strings
      .filter((v) => v.value.length >= 3 && pads.includes(v.value[0]!) && v.value.at(-1) === v.value[0] && /[^\s\u00a0]/.test(v.value))
      .slice(0, 20);
    expect(padded.length).toBe(20);
    for (const v of padded) {
      const c = Array.from(v.value).find((x) => !/[\s\u00a0]/.test(x))!;
      const { value } = await greedy(v, fcShrinks(arb), async (x) => x.value.includes(c), 2000);
      expect(value.value, JSON.stringify(v.value)).toBe(c);
      expect(value.value.length).toBeLessThan(v.value.length);
    }
  });

  test('padding is only dropped where the length bounds allow it', () => {
    const arb = textArbitrary({ minLength: 3, maxLength: 20 });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), (i) => {
        const v = arb.generate(caseRandom(6, 'valid', i), 3);
        for (const s of arb.shrink(v.value_, v.context).take(30)) expect(Array.from(s.value).length).toBeGreaterThanOrEqual(3);
      }),
      { numRuns: 300, seed: 3 },
    );
  });
});
