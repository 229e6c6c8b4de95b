/** `pattern` (ECMA-262 with the `u` flag, as ajv compiles it): valid strings match it; the mutation offers strings that do not. */
import fc from 'fast-check';
import { patternMisses } from '../data/strings.js';
import type { VocabEntry } from './types.js';
import { typeAllowed } from './util.js';

const compiled = new Map<string, RegExp>();

/** The pattern as ajv runs it (unanchored search, unicode mode), compiled once per source (no `g` flag: stateless). */
export function patternRegExp(source: string): RegExp {
  let re = compiled.get(source);
  if (!re) {
    re = new RegExp(source, 'u');
    compiled.set(source, re);
  }
  return re;
}

export const patternVocab: VocabEntry = {
  keyword: 'pattern',
  valid(node, c) {
    const p = node.keywords.get('pattern');
    return typeof p === 'string' ? { ...c, string: { ...c.string, pattern: p } } : c;
  },
  mutate(node, c) {
    const p = node.keywords.get('pattern');
    if (typeof p !== 'string' || !typeAllowed('string', c.types)) return [];
    const re = patternRegExp(p);
    const misses = patternMisses.filter((s) => !re.test(s));
    if (misses.length === 0) return [];
    return [{ operator: 'pattern:mismatch', keyword: 'pattern', arbitrary: () => fc.constantFrom(...misses), example: () => misses[0] }];
  },
};
