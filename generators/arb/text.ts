/** Strings for JSON: random, hostile, padded, numeric-looking and (rarely) 1,000+ code points; lengths count code points as ajv does. */
import fc from 'fast-check';
import { hostileStrings } from '../data/strings.js';
import { charsArbitrary } from './chars.js';
import { PaddedArbitrary } from './padded.js';
import type { Branch } from './pick.js';
import { evenly, pick } from './pick.js';

/** Length bounds in code points; `big` enables the rare 1,000+ long strings. */
export interface TextConstraints {
  minLength: number;
  maxLength?: number | undefined;
  big?: boolean;
}

/** Number of code points (surrogate pairs count once), as ajv's minLength/maxLength count. */
export function codePoints(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** Repeats the code points of `seed` until the result has exactly `n` code points. */
export function stretch(seed: string, n: number): string {
  const cps = Array.from(seed.length > 0 ? seed : 'a');
  let out = '';
  for (let i = 0; i < n; i++) out += cps[i % cps.length];
  return out;
}

/** A string arbitrary honouring the bounds, mixing the SPEC §2 families with small weight on big values. */
export function textArbitrary(c: TextConstraints): fc.Arbitrary<string> {
  const min = c.minLength;
  const max = c.maxLength ?? Infinity;
  if (max < min) throw new Error(`textArbitrary: maxLength ${max} < minLength ${min}`);
  const fits = (s: string) => {
    const n = codePoints(s);
    return n >= min && n <= max;
  };
  const cap = Math.min(max, Math.max(min, 0) + 12);
  const branches: Branch<string>[] = [
    { weight: 6, arbitrary: charsArbitrary({ unit: 'grapheme-ascii', minLength: min, maxLength: cap }) },
    { weight: 3, arbitrary: charsArbitrary({ unit: 'binary', minLength: min, maxLength: cap }) },
  ];
  if (min === 0 && max >= 12) branches.push({ weight: 4, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) });
  const hostile = hostileStrings.filter(fits);
  if (hostile.length > 0) branches.push({ weight: 4, arbitrary: fc.constantFrom(...hostile) });
  if (max >= 2) {
    const inner = charsArbitrary({ unit: 'binary', minLength: Math.max(0, min - 2), maxLength: Math.min(max, cap + 2) - 2 });
    branches.push({ weight: 1, arbitrary: new PaddedArbitrary(fc.constantFrom(' ', '\t', '\n', '\u00a0'), inner, fits) });
  }
  if (min <= 1 && max >= 21) {
    branches.push({
      weight: 1,
      arbitrary: pick(evenly(fc.integer().map(String), fc.double({ noNaN: true }).map(String), fc.constantFrom('true', 'false', 'null'))),
    });
  }
  const normal = pick(branches);
  if (!c.big || max < 1000) return normal;
  const lo = Math.max(1000, min);
  const hi = Math.min(max, lo + 500);
  const long = fc.tuple(charsArbitrary({ unit: 'binary', minLength: 1, maxLength: 3 }), fc.integer({ min: lo, max: hi })).map(([s, n]) => stretch(s, n));
  // Long strings are deliberate but rare (cost): about one string in 250.
  return pick(
    [
      { weight: 250, arbitrary: normal },
      { weight: 1, arbitrary: long },
    ],
    { crossShrink: true },
  );
}
