import { describe, expect, test } from 'vitest';
import { caseSource } from '../../generators/index.js';
import { userSchema } from './support.js';

const jsons = (it: Iterable<{ json: string; index: number }>) => [...it].map((c) => `${c.index}:${c.json}`);

describe('determinism', () => {
  test('same seed, same cases; different seed, different random cases', () => {
    const a = jsons(caseSource(userSchema, { seed: 1 }).valid(300));
    const b = jsons(caseSource(userSchema, { seed: 1 }).valid(300));
    const c = jsons(caseSource(userSchema, { seed: 2 }).valid(300));
    expect(a).toEqual(b);
    expect(c).not.toEqual(a);
    const ai = jsons(caseSource(userSchema, { seed: 1 }).invalid(300));
    expect(ai).toEqual(jsons(caseSource(userSchema, { seed: 1 }).invalid(300)));
    expect(ai).not.toEqual(jsons(caseSource(userSchema, { seed: 2 }).invalid(300)));
  });

  test('seeds beyond 32 bits are distinguished', () => {
    const a = jsons(caseSource(userSchema, { seed: 1 }).valid(50));
    const b = jsons(caseSource(userSchema, { seed: 1 + 2 ** 32 }).valid(50));
    expect(a).not.toEqual(b);
  });

  test('a case does not depend on what was generated before it (other kinds, other runs counts)', () => {
    const plain = jsons(caseSource(userSchema, { seed: 9 }).valid(200));
    const busy = caseSource(userSchema, { seed: 9 });
    [...busy.invalid(500)];
    [...busy.valid(37)];
    expect(jsons(busy.valid(200))).toEqual(plain);
    expect(jsons(busy.valid(400)).slice(0, plain.length)).toEqual(plain);
  });

  test('sharding picks exactly the same values, and the shards partition the stream', () => {
    const all = jsons(caseSource(userSchema, { seed: 4 }).invalid(300));
    const shards = [1, 2, 3].map((i) => jsons(caseSource(userSchema, { seed: 4 }).invalid(300, { index: i, count: 3 })));
    for (const [i, s] of shards.entries()) expect(s).toEqual(all.filter((_, k) => k % 3 === i));
    expect(shards.flat().sort()).toEqual([...all].sort());
  });

  test('block shards deal out whole blocks of consecutive cases (generate --threads)', () => {
    const all = jsons(caseSource(userSchema, { seed: 4 }).valid(300));
    const shards = [1, 2].map((i) => jsons(caseSource(userSchema, { seed: 4 }).valid(300, { index: i, count: 2, block: 64 })));
    for (const [i, s] of shards.entries()) expect(s).toEqual(all.filter((_, k) => Math.floor(k / 64) % 2 === i));
    expect(shards[0]!.slice(0, 64)).toEqual(all.slice(0, 64));
    expect(shards[1]!.slice(0, 64)).toEqual(all.slice(64, 128));
  });

  test('the dictionary comes first, then edge cases, then random ones; indices are consecutive', () => {
    const cases = [...caseSource(userSchema, { seed: 4 }).valid(10)];
    const phases = cases.map((c) => c.phase);
    const firstEdge = phases.indexOf('edge');
    const firstRandom = phases.indexOf('random');
    expect(firstEdge).toBeGreaterThan(0);
    expect(phases.slice(0, firstEdge).every((p) => p === 'dictionary')).toBe(true);
    expect(phases.slice(firstEdge, firstRandom).every((p) => p === 'edge')).toBe(true);
    expect(phases.slice(firstRandom).every((p) => p === 'random')).toBe(true);
    expect(cases.length - firstRandom).toBe(10);
    expect(cases.map((c) => c.index)).toEqual(cases.map((_, i) => i));
    expect(cases[firstEdge]!.json).toBe('{}');
  });

  test('random cases do not depend on the dictionary: extending it shifts indices, never values', () => {
    const random = (dictionary?: false | { key: string; at: string }[]) =>
      [...caseSource(userSchema, { seed: 4, ...(dictionary === undefined ? {} : { dictionary }) }).invalid(40)]
        .filter((c) => c.phase === 'random')
        .map((c) => c.json);
    const plain = random();
    expect(plain).toHaveLength(40);
    expect(random([{ key: 'extra', at: '/meta/*' }])).toEqual(plain);
    expect(random(false)).toEqual(plain);
  });
});
