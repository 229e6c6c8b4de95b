/** Greedy shrinking: fast-check's shrink tree for random cases, a structural JSON shrinker for edge cases. */
import type fc from 'fast-check';
import { objectFrom } from '../../src/core/json.js';

/** Strings strictly shorter than `s` (in code points), simplest first: empty, trimmed, either half, one code point less. */
export function* stringShrinks(s: string): Generator<string> {
  const cps = Array.from(s);
  const n = cps.length;
  if (n === 0) return;
  yield '';
  const trimmed = s.trim();
  if (trimmed !== s && trimmed !== '') yield trimmed;
  if (n > 1) {
    yield cps.slice(0, Math.ceil(n / 2)).join('');
    yield cps.slice(Math.floor(n / 2)).join('');
  }
  if (n > 2) {
    // One code point less at each position (all of them for short strings, the ends for long ones): reaches the minimum.
    const at = n <= 16 ? cps.map((_, i) => i) : [0, n - 1];
    for (const i of at) yield [...cps.slice(0, i), ...cps.slice(i + 1)].join('');
  }
}

/**
 * Simpler object keys than `k`: the plain key `a` first, then non-empty shorter ones. Keys never shrink to `""`: the empty
 * key is a hostile class of its own, so a counterexample keeps it only when the failure needs it (it then stays).
 */
export function* keyShrinks(k: string): Generator<string> {
  if (k === 'a') return;
  yield 'a';
  for (const s of stringShrinks(k)) if (s !== '' && s !== 'a') yield s;
}

/**
 * Smaller JSON values than `v`, simplest first: drop entries/items, then shrink them, then shorten object keys; shorten
 * strings ({@link stringShrinks}); move numbers to 0.
 */
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
    const keys = new Set(entries.map(([k]) => k));
    for (let i = 0; i < entries.length; i++) {
      for (const k of keyShrinks(entries[i]![0])) if (!keys.has(k)) yield build(entries.map(([key, x], j) => [j === i ? k : key, x]));
    }
  } else if (typeof v === 'string') {
    yield* stringShrinks(v);
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
