/** `const`: exactly one value; the mutation offers a close but different value. */
import { jsonEqual, objectFrom } from '../../src/core/json.js';
import { intersect } from './enum.js';
import type { VocabEntry } from './types.js';
import { fixedMutation } from './util.js';

/** A value of the same JSON type as `v` that is not equal to it. */
function other(v: unknown): unknown {
  if (typeof v === 'string') return v.toLowerCase() !== v ? v.toLowerCase() : ` ${v}`;
  if (typeof v === 'number') return v + 1;
  if (typeof v === 'boolean') return !v;
  if (v === null) return 0;
  if (Array.isArray(v)) return [...v, null];
  return objectFrom([...Object.entries(v as object), ['\u0000extra', null]]);
}

export const constVocab: VocabEntry = {
  keyword: 'const',
  valid(node, c) {
    if (!node.keywords.has('const')) return c;
    const k = node.keywords.get('const');
    return { ...c, choices: c.choices ? intersect(c.choices, [k]) : [k] };
  },
  mutate(node) {
    if (!node.keywords.has('const')) return [];
    const k = node.keywords.get('const');
    const v = other(k);
    return jsonEqual(v, k) ? [] : [fixedMutation('const:other', 'const', v)];
  },
};
