/** `type`: restricts the JSON types; mutations put every wrong JSON type (and type-confusing near misses) there. */
import fc from 'fast-check';
import { objectFrom } from '../../src/core/json.js';
import { anyJsonArbitrary, keyArbitrary } from '../arb/json.js';
import { textArbitrary } from '../arb/text.js';
import type { JsonType, Mutation, VocabEntry } from './types.js';
import { jsonTypes } from './types.js';
import { fixedMutation, show, typeAllowed } from './util.js';

/** Random values whose JSON type is exactly `t` (numbers: non-integral only), plus a typical example. */
const wrongValues: Record<JsonType, { arb: () => fc.Arbitrary<unknown>; example: unknown }> = {
  null: { arb: () => fc.constant(null), example: null },
  boolean: { arb: () => fc.boolean(), example: true },
  integer: { arb: () => fc.oneof(fc.constantFrom(0, 1, -1, 123), fc.integer(), fc.maxSafeInteger()), example: 0 },
  number: { arb: () => fc.tuple(fc.integer({ min: -1e6, max: 1e6 }), fc.constantFrom(0.5, 0.25, 0.1, 0.999)).map(([i, f]) => i + f), example: 1.5 },
  string: { arb: () => textArbitrary({ minLength: 0 }), example: '123' },
  array: { arb: () => fc.array(anyJsonArbitrary(1), { maxLength: 3 }), example: [] },
  object: { arb: () => fc.array(fc.tuple(keyArbitrary, anyJsonArbitrary(1)), { maxLength: 3 }).map(objectFrom), example: {} },
};

/** String look-alikes of booleans, numbers and null, used where a non-string is due. */
const stringNearMisses = ['true', 'false', '', 'null', '0', '1'];

export const typeVocab: VocabEntry = {
  keyword: 'type',
  valid(node, c) {
    const t = node.keywords.get('type');
    if (t === undefined) return c;
    const listed = (Array.isArray(t) ? t : [t]) as JsonType[];
    const types = c.types ? new Set(listed.filter((x) => typeAllowed(x, c.types))) : new Set(listed);
    return { ...c, types };
  },
  mutate(node, c) {
    if (!node.keywords.has('type') || !c.types) return [];
    const out: Mutation[] = [];
    for (const t of jsonTypes) {
      if (typeAllowed(t, c.types)) continue;
      const w = wrongValues[t];
      out.push({ operator: `type:${t}`, keyword: 'type', arbitrary: w.arb, example: () => w.example });
    }
    const scalarDue = [...c.types].some((t) => t === 'boolean' || t === 'integer' || t === 'number' || t === 'null');
    if (scalarDue && !c.types.has('string')) {
      for (const s of stringNearMisses) out.push(fixedMutation(`near-miss:${show(s)}`, 'type', s));
    }
    return out;
  },
};
