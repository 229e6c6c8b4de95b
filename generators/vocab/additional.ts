/** `additionalProperties`: extra keys carry values valid for it (any JSON when unconstrained); `false` mutates by adding one. */
import fc from 'fast-check';
import { freshKey, objectFrom } from '../../src/core/json.js';
import { anyJsonArbitrary, keyArbitrary } from '../arb/json.js';
import type { VocabEntry } from './types.js';

export const additionalVocab: VocabEntry = {
  keyword: 'additionalProperties',
  valid(node, c) {
    return node.additionalProperties === undefined ? c : { ...c, object: { ...c.object, additional: node.additionalProperties } };
  },
  mutate(node, c) {
    if (node.additionalProperties !== false || (c.types && !c.types.has('object'))) return [];
    const declared = new Set(node.properties.map(([k]) => k));
    const add = (o: unknown, k: string, v: unknown) => {
      const entries = Object.entries(o as object);
      return objectFrom([
        ...entries,
        [
          freshKey(
            k,
            declared,
            entries.map(([x]) => x),
          ),
          v,
        ],
      ]);
    };
    return [
      {
        operator: 'additionalProperties:extra',
        keyword: 'additionalProperties',
        arbitrary: (kit) => fc.tuple(kit.valid(node, { reserve: 1 }), keyArbitrary, anyJsonArbitrary(1)).map(([o, k, v]) => add(o, k, v)),
        example: (kit) => add(kit.example(node, { reserve: 1 }), 'unexpected', null),
      },
    ];
  },
};
