/** `properties`: declared properties get values valid for their own subschema (their faults live at their own sites). */
import type { VocabEntry } from './types.js';

export const propertiesVocab: VocabEntry = {
  keyword: 'properties',
  valid(node, c) {
    return node.properties.length === 0 ? c : { ...c, object: { ...c.object, properties: node.properties } };
  },
};
