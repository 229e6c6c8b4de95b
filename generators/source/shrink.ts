/** Greedy shrinking: fast-check's shrink tree for random cases, a structural JSON shrinker for edge cases. */
import type fc from 'fast-check';
import { objectFrom } from '../../src/core/json.js';

/** Smaller JSON values than `v`, simplest first (drop entries/items, then shrink them; shorten strings; move numbers to 0). */
export function* jsonShrinks(v: unknown): Generator<unknown> {
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) yield [...v.slice(0, i), ...v.slice(i + 1)];
    for (let i = 0; i < v.length; i++) for (const c of jsonShrinks(v[i])) yield [...v.slice(0, i), c, ...v.slice(i + 1)];
  } else if (v !== null && typeof v === 'object') {
    const entries = Object.entries(v);
    const build = objectFrom;
    for (let i = 0; i < entries.length; i++) yield build([...entries.slice(0, i), ...entries.slice(i + 1)]);
    for (let i = 0; i < entries.length; i++) {
      for (const c of jsonShrinks(entries[i]![1])) yield build(entries.map(([k, x], j) => [k, j === i ? c : x]));
    }
  } else if (typeof v === 'string') {
    const cps = Array.from(v);
    if (cps.length > 0) yield '';
    if (cps.length > 1) yield cps.slice(0, Math.ceil(cps.length / 2)).join('');
    if (cps.length > 2) yield cps.slice(0, -1).join('');
  } else if (typeof v === 'number') {
    if (v !== 0) yield 0;
    if (Math.abs(v) > 1) yield Math.trunc(v / 2);
  } else if (v === true) yield false;
}

/** Walks candidates greedily: takes the first one `accept` approves, repeats; stops after `maxTries` candidates. */
export async function greedy<T>(
  start: T,
  candidates: (cur: T) => Iterable<T>,
  accept: (c: T) => Promise<boolean>,
  maxTries: number,
): Promise<{ value: T; steps: number }> {
  let cur = start;
  let steps = 0;
  let tries = 0;
  outer: while (tries < maxTries) {
    for (const c of candidates(cur)) {
      if (++tries > maxTries) break outer;
      if (await accept(c)) {
        cur = c;
        steps++;
        continue outer;
      }
    }
    break;
  }
  return { value: cur, steps };
}

/** Candidates of a fast-check Value from its arbitrary's shrink stream. */
export function fcShrinks<T>(arb: fc.Arbitrary<T>): (cur: fc.Value<T>) => Iterable<fc.Value<T>> {
  return (cur) => arb.shrink(cur.value_, cur.context);
}
