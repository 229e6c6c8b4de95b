/** `enum`: restricts values to a list; mutations are near misses (case, padding, look-alikes) outside the list. */
import { jsonEqual } from '../../src/core/json.js';
import { enumVariants, nearMissStrings } from '../data/strings.js';
import type { Mutation, VocabEntry } from './types.js';
import { fixedMutation, jsonTypeOf, show, typeAllowed } from './util.js';

const scalarNearMisses: unknown[] = [0, 1, null, true];

/** Values of `a` also in `b` (JSON equality). */
export function intersect(a: readonly unknown[], b: readonly unknown[]): unknown[] {
  return a.filter((x) => b.some((y) => jsonEqual(x, y)));
}

export const enumVocab: VocabEntry = {
  keyword: 'enum',
  valid(node, c) {
    const e = node.keywords.get('enum');
    if (!Array.isArray(e)) return c;
    return { ...c, choices: c.choices ? intersect(c.choices, e) : e };
  },
  mutate(node, c) {
    const e = node.keywords.get('enum');
    if (!Array.isArray(e)) return [];
    const strings = e.filter((x): x is string => typeof x === 'string');
    const variants = strings.flatMap((s) => enumVariants(s).slice(0, 5));
    const candidates: unknown[] = [];
    // Scalars of a type the node forbids are already `type:*` operators; only keep those the type admits.
    const scalars = scalarNearMisses.filter((v) => typeAllowed(jsonTypeOf(v), c.types));
    for (const v of [...variants, ...nearMissStrings.filter((s) => s !== '1' && s !== '123'), ...scalars]) {
      if (!e.some((x) => jsonEqual(x, v)) && !candidates.some((x) => jsonEqual(x, v))) candidates.push(v);
    }
    return candidates.map((v): Mutation => fixedMutation(`near-miss:${show(v)}`, 'enum', v));
  },
};
