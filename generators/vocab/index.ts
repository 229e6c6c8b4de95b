/** The generator vocabulary: every supported keyword family, gathered in one list (order = fold order). */
import type { CNode } from '../schema/canonical.js';
import { additionalVocab } from './additional.js';
import { constVocab } from './const.js';
import { countVocab } from './count.js';
import { enumVocab } from './enum.js';
import { formatVocab } from './format.js';
import { itemsVocab } from './items.js';
import { lengthVocab } from './length.js';
import { patternVocab } from './pattern.js';
import { propertiesVocab } from './properties.js';
import { rangeVocab } from './range.js';
import { requiredVocab } from './required.js';
import { typeVocab } from './type.js';
import type { Constraints, Mutation, VocabEntry } from './types.js';

/** All vocabulary entries. */
export const vocabulary: readonly VocabEntry[] = [
  typeVocab,
  enumVocab,
  constVocab,
  lengthVocab,
  patternVocab,
  formatVocab,
  rangeVocab,
  itemsVocab,
  propertiesVocab,
  requiredVocab,
  additionalVocab,
  countVocab,
];

const empty: Constraints = {
  string: { minLength: 0 },
  number: {},
  array: { minItems: 0 },
  object: { properties: [], required: [], minProperties: 0 },
};

const cache = new WeakMap<CNode, Constraints>();

/** The folded constraints of a node (cached per node). */
export function constraintsOf(node: CNode): Constraints {
  let c = cache.get(node);
  if (!c) {
    c = vocabulary.reduce((acc, v) => (v.valid ? v.valid(node, acc) : acc), empty);
    cache.set(node, c);
  }
  return c;
}

/** Every mutation operator of a node, from every vocabulary entry. */
export function mutationsOf(node: CNode): Mutation[] {
  const c = constraintsOf(node);
  return vocabulary.flatMap((v) => (v.mutate ? v.mutate(node, c) : []));
}

/** True when nothing restricts the node's values (any JSON is valid there). */
export function unconstrained(node: CNode): boolean {
  return constraintsOf(node) === empty && !node.never;
}
