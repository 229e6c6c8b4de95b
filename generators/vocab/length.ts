import { charsArbitrary } from '../arb/chars.js';
import { stretch } from '../arb/text.js';
import type { Mutation, VocabEntry } from './types.js';
import { numberKeyword, typeAllowed } from './util.js';

/** Strings of exactly `n` code points. */
function exactly(n: number): Mutation['arbitrary'] {
  return () => charsArbitrary({ unit: 'binary', minLength: Math.min(n, 1), maxLength: 3 }).map((s) => stretch(s, n));
}

export const lengthVocab: VocabEntry = {
  keyword: 'minLength/maxLength',
  valid(node, c) {
    const min = numberKeyword(node, 'minLength');
    const max = numberKeyword(node, 'maxLength');
    if (min === undefined && max === undefined) return c;
    const s = { ...c.string };
    if (min !== undefined) s.minLength = Math.max(s.minLength, min);
    if (max !== undefined) s.maxLength = Math.min(s.maxLength ?? Infinity, max);
    return { ...c, string: s };
  },
  mutate(node, c) {
    if (!typeAllowed('string', c.types)) return [];
    const out: Mutation[] = [];
    const min = numberKeyword(node, 'minLength');
    const max = numberKeyword(node, 'maxLength');
    if (min !== undefined && min > 0)
      out.push({ operator: 'minLength:short', keyword: 'minLength', arbitrary: exactly(min - 1), example: () => 'a'.repeat(min - 1) });
    if (max !== undefined) out.push({ operator: 'maxLength:long', keyword: 'maxLength', arbitrary: exactly(max + 1), example: () => 'a'.repeat(max + 1) });
    return out;
  },
};
