/** `minProperties`/`maxProperties`: bounds the number of keys; mutations step just outside where that is possible. */

import fc from 'fast-check';
import { freshKey, objectFrom } from '../../src/core/json.js';
import type { CNode } from '../schema/canonical.js';
import type { Kit, Mutation, VocabEntry } from './types.js';
import { numberKeyword } from './util.js';

/** Adds valid extra properties to an example object until it has `n` keys. */
function grow(node: CNode, kit: Kit, n: number): unknown {
  const declared = new Set(node.properties.map(([k]) => k));
  const entries: [string, unknown][] = Object.entries(kit.example(node) as object);
  const extra = node.additionalProperties;
  for (let i = 0; entries.length < n; i++) {
    const k = freshKey(
      `k${i}`,
      declared,
      entries.map(([x]) => x),
    );
    entries.push([k, extra ? kit.example(extra) : null]);
  }
  return objectFrom(entries);
}

export const countVocab: VocabEntry = {
  keyword: 'minProperties/maxProperties',
  valid(node, c) {
    const min = numberKeyword(node, 'minProperties');
    const max = numberKeyword(node, 'maxProperties');
    if (min === undefined && max === undefined) return c;
    const o = { ...c.object };
    if (min !== undefined) o.minProperties = Math.max(o.minProperties, min);
    if (max !== undefined) o.maxProperties = Math.min(o.maxProperties ?? Infinity, max);
    return { ...c, object: o };
  },
  mutate(node, c) {
    if (c.types && !c.types.has('object')) return [];
    const out: Mutation[] = [];
    const min = numberKeyword(node, 'minProperties');
    const max = numberKeyword(node, 'maxProperties');
    const required = c.object.required;
    if (min !== undefined && required.length < min) {
      const bare = (kit: Kit) =>
        objectFrom(
          required.map((p) => {
            const child = node.properties.find(([k]) => k === p)?.[1] ?? (node.additionalProperties || undefined);
            return [p, child ? kit.example(child) : null];
          }),
        );
      out.push({ operator: 'minProperties:too-few', keyword: 'minProperties', arbitrary: (kit) => fc.constant(null).map(() => bare(kit)), example: bare });
    }
    if (max !== undefined && node.additionalProperties !== false) {
      const many = (kit: Kit) => grow(node, kit, max + 1);
      out.push({ operator: 'maxProperties:too-many', keyword: 'maxProperties', arbitrary: (kit) => fc.constant(null).map(() => many(kit)), example: many });
    }
    return out;
  },
};
