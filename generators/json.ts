/** Plain JSON values built safely: hostile keys such as `__proto__` become own properties, never prototypes. */
import fc from 'fast-check';
import { hostileKeys } from './strings.js';
import { dictionary, setOwn } from './own.js';
import { textArbitrary } from './arb/text.js';
import { evenly, pick } from './arb/pick.js';
import { charsArbitrary } from './arb/chars.js';
import { mapArbitrary } from './arb/map.js';
import { objectArbitrary } from './arb/object.js';

export { dictionary, setOwn } from './own.js';

/** A JSON value (what JSON.parse can return). */
export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Builds an ordinary object (Object.prototype) whose own properties are `entries`, in order; later keys win. */
export function objectFrom(entries: Iterable<readonly [string, unknown]>): Record<string, unknown> {
  const o = dictionary();
  for (const [k, v] of entries) setOwn(o, k, v);
  return o;
}

/** Deep copy of a JSON value keeping hostile keys as own properties. */
export function cloneJson<T>(v: T): T {
  if (Array.isArray(v)) return v.map(cloneJson) as T;
  if (v !== null && typeof v === 'object') return objectFrom(Object.entries(v).map(([k, x]) => [k, cloneJson(x)])) as T;
  return v;
}

/** Same JSON value (key order ignored). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && jsonEqual((a as never)[k], (b as never)[k]));
}

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
export const mapKeyArbitrary: fc.Arbitrary<string> = pick([
  { weight: 63, arbitrary: keyArbitrary },
  { weight: 1, arbitrary: longKeyArbitrary },
], { crossShrink: true });

/** JSON numbers: small and large integers, doubles (finite only: NaN/Infinity are not JSON). */
export const numberArbitrary: fc.Arbitrary<number> = pick(evenly<number>(
  fc.integer({ min: -1000, max: 1000 }),
  fc.maxSafeInteger(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
));

const same = (k: string): string => k;

/** Arbitrary JSON of bounded depth and size, with hostile keys and strings (unknown/extra property values). */
export function anyJsonArbitrary(maxDepth = 2): fc.Arbitrary<Json> {
  const leaf: fc.Arbitrary<Json> = pick(evenly<Json>(
    fc.constant(null),
    fc.boolean(),
    numberArbitrary,
    textArbitrary({ minLength: 0, big: false }),
  ));
  let level = leaf;
  for (let d = 0; d < maxDepth; d++) {
    const inner = level;
    level = pick([
      { weight: 4, arbitrary: leaf },
      { weight: 1, arbitrary: fc.array(inner, { maxLength: 3 }) },
      { weight: 1, arbitrary: objectArbitrary({ props: [], extras: mapArbitrary({ key: keyArbitrary, fresh: same, value: inner, sizes: [{ weight: 1, min: 0, max: 3 }] }), maxProperties: Infinity }) as fc.Arbitrary<Json> },
    ]);
  }
  return level;
}
