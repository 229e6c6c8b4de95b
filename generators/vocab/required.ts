/** `required`: valid objects always carry these keys; each mutation drops one of them. */
import type { VocabEntry } from './types.js';

export const requiredVocab: VocabEntry = {
  keyword: 'required',
  valid(node, c) {
    const r = node.keywords.get('required');
    if (!Array.isArray(r)) return c;
    const required = [...new Set([...c.object.required, ...r.filter((x): x is string => typeof x === 'string')])];
    return { ...c, object: { ...c.object, required } };
  },
  mutate(node, c) {
    const r = node.keywords.get('required');
    if (!Array.isArray(r) || (c.types && !c.types.has('object'))) return [];
    return r
      .filter((p): p is string => typeof p === 'string')
      .map((p) => ({
        operator: `required:drop:${JSON.stringify(p)}`,
        keyword: 'required',
        arbitrary: (kit) => kit.valid(node, { omit: p }),
        example: (kit) => kit.example(node, { omit: p }),
      }));
  },
};
