/** `items`/`minItems`/`maxItems`: valid arrays hold valid items within the bounds; mutations step just outside. */
import fc from 'fast-check';
import { anyJsonArbitrary } from '../arb/json.js';
import type { CNode } from '../schema/canonical.js';
import type { Constraints, Kit, Mutation, VocabEntry } from './types.js';
import { numberKeyword, typeAllowed } from './util.js';

/** `n` valid items (any JSON when the array has no `items`). */
function itemsOf(items: CNode | undefined, n: number, kit: Kit): fc.Arbitrary<unknown[]> {
  const item = items ? kit.valid(items) : anyJsonArbitrary(1);
  return fc.array(item, { minLength: n, maxLength: n });
}

export const itemsVocab: VocabEntry = {
  keyword: 'items/minItems/maxItems',
  valid(node, c) {
    const min = numberKeyword(node, 'minItems');
    const max = numberKeyword(node, 'maxItems');
    if (!node.items && min === undefined && max === undefined) return c;
    const a: Constraints['array'] = { ...c.array, ...((node.items ?? c.array.items) ? { items: node.items ?? c.array.items } : {}) };
    if (min !== undefined) a.minItems = Math.max(a.minItems, min);
    if (max !== undefined) a.maxItems = Math.min(a.maxItems ?? Infinity, max);
    return { ...c, array: a };
  },
  mutate(node, c) {
    if (!typeAllowed('array', c.types)) return [];
    const out: Mutation[] = [];
    const min = numberKeyword(node, 'minItems');
    const max = numberKeyword(node, 'maxItems');
    const items = c.array.items;
    const fill = (n: number) => (kit: Kit) => (items ? Array.from({ length: n }, () => kit.example(items)) : Array.from({ length: n }, () => null));
    if (min !== undefined && min > 0)
      out.push({ operator: 'minItems:short', keyword: 'minItems', arbitrary: (kit) => itemsOf(items, min - 1, kit), example: fill(min - 1) });
    if (max !== undefined)
      out.push({ operator: 'maxItems:long', keyword: 'maxItems', arbitrary: (kit) => itemsOf(items, max + 1, kit), example: fill(max + 1) });
    return out;
  },
};
