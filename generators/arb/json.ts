/** Plain JSON values built safely: hostile keys such as `__proto__` become own properties, never prototypes. */
import fc from 'fast-check';
import type { Json } from '../../src/core/json.js';
import { hostileKeys } from '../data/strings.js';
import { charsArbitrary } from './chars.js';
import { mapArbitrary } from './map.js';
import { objectArbitrary } from './object.js';
import { evenly, pick } from './pick.js';
import { textArbitrary } from './text.js';

/** Object keys: mostly short random text, often a hostile key. */
export const keyArbitrary: fc.Arbitrary<string> = pick([
  { weight: 2, arbitrary: fc.constantFrom(...hostileKeys) },
  { weight: 3, arbitrary: charsArbitrary({ maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
]);

/** Long keys (64–2,000 code points): a short random seed repeated, so building one stays cheap. */
export const longKeyArbitrary: fc.Arbitrary<string> = fc
  .tuple(charsArbitrary({ unit: 'binary', minLength: 1, maxLength: 3 }), fc.integer({ min: 64, max: 2000 }))
  .map(([seed, n]) => repeatTo(seed, n));

/** `seed` (1+ code points) repeated to exactly `n` code points, without a per-character loop. */
function repeatTo(seed: string, n: number): string {
  const cps = Array.from(seed);
  return seed.repeat(Math.floor(n / cps.length)) + cps.slice(0, n % cps.length).join('');
}

/** Keys of schema maps (and of the faulty entry placed in one): {@link keyArbitrary}, and one key in 64 a long one (SPEC §2). */
export const mapKeyArbitrary: fc.Arbitrary<string> = pick(
  [
    { weight: 63, arbitrary: keyArbitrary },
    { weight: 1, arbitrary: longKeyArbitrary },
  ],
  { crossShrink: true },
);

/** JSON numbers: small and large integers, doubles (finite only: NaN/Infinity are not JSON). */
export const numberArbitrary: fc.Arbitrary<number> = pick(
  evenly<number>(fc.integer({ min: -1000, max: 1000 }), fc.maxSafeInteger(), fc.double({ noNaN: true, noDefaultInfinity: true })),
);

const same = (k: string): string => k;

/** Arbitrary JSON of bounded depth and size, with hostile keys and strings (unknown/extra property values). */
export function anyJsonArbitrary(maxDepth = 2): fc.Arbitrary<Json> {
  const leaf: fc.Arbitrary<Json> = pick(evenly<Json>(fc.constant(null), fc.boolean(), numberArbitrary, textArbitrary({ minLength: 0, big: false })));
  let level = leaf;
  for (let d = 0; d < maxDepth; d++) {
    const inner = level;
    level = pick([
      { weight: 4, arbitrary: leaf },
      { weight: 1, arbitrary: fc.array(inner, { maxLength: 3 }) },
      {
        weight: 1,
        arbitrary: objectArbitrary({
          props: [],
          extras: mapArbitrary({ key: keyArbitrary, fresh: same, value: inner, sizes: [{ weight: 1, min: 0, max: 3 }] }),
          maxProperties: Infinity,
        }) as fc.Arbitrary<Json>,
      },
    ]);
  }
  return level;
}
