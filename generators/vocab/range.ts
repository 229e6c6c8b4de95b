/** `minimum`/`maximum`/`exclusive*`/`multipleOf`: bounds valid numbers; mutations step just outside (integral, so type still holds). */
import fc from 'fast-check';
import type { Mutation, VocabEntry } from './types.js';
import { numberKeyword, typeAllowed } from './util.js';

const keys = ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'] as const;

/** Integral values from `start` stepping away by 0..`spread` in direction `dir`. */
function away(start: number, dir: 1 | -1): Mutation['arbitrary'] {
  return () => fc.oneof({ weight: 3, arbitrary: fc.constant(start) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 1000 }).map((d) => start + dir * d) });
}

export const rangeVocab: VocabEntry = {
  keyword: 'minimum/maximum/exclusiveMinimum/exclusiveMaximum/multipleOf',
  valid(node, c) {
    let n = c.number;
    for (const k of keys) {
      const v = numberKeyword(node, k);
      if (v !== undefined) n = { ...n, [k]: v };
    }
    return n === c.number ? c : { ...c, number: n };
  },
  mutate(node, c) {
    if (!typeAllowed('integer', c.types)) return [];
    const out: Mutation[] = [];
    const add = (operator: string, keyword: string, start: number, dir: 1 | -1) =>
      out.push({ operator, keyword, arbitrary: away(start, dir), example: () => start });
    const min = numberKeyword(node, 'minimum');
    const max = numberKeyword(node, 'maximum');
    const xmin = numberKeyword(node, 'exclusiveMinimum');
    const xmax = numberKeyword(node, 'exclusiveMaximum');
    const mult = numberKeyword(node, 'multipleOf');
    if (min !== undefined) add('minimum:below', 'minimum', Math.ceil(min) - 1, -1);
    if (max !== undefined) add('maximum:above', 'maximum', Math.floor(max) + 1, 1);
    if (xmin !== undefined) add('exclusiveMinimum:at', 'exclusiveMinimum', Math.floor(xmin), -1);
    if (xmax !== undefined) add('exclusiveMaximum:at', 'exclusiveMaximum', Math.ceil(xmax), 1);
    if (mult !== undefined && mult > 0) {
      const off = Number.isInteger(mult) ? (mult > 1 ? mult + 1 : undefined) : mult * 1.5;
      if (off !== undefined && (Number.isInteger(off) || typeAllowed('number', c.types)))
        out.push({ operator: 'multipleOf:off', keyword: 'multipleOf', arbitrary: () => fc.constant(off), example: () => off });
    }
    return out;
  },
};
