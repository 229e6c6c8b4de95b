import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { hostileKeys } from '../../generators/data/strings.js';
import { caseSource, invalidArbitrary, validArbitrary } from '../../generators/index.js';
import { violationLocation } from '../../src/core/pointer.js';
import { eachObject, userSchema } from './support.js';

const RUNS = 20_000;

describe('coverage of the Connected User schema (random phase only)', () => {
  const source = caseSource(userSchema, { seed: 2024 });
  const valid = [...source.valid(RUNS)].filter((c) => c.phase === 'random');
  const invalid = [...source.invalid(RUNS)].filter((c) => c.phase === 'random');
  const values = valid.map((c) => (c.handle as fc.Value<unknown>).value);

  test('every schema location is reached by valid cases and violated by invalid ones', () => {
    const reached = new Map<string, number>();
    for (const v of values) for (const l of source.locationsOf(v)) reached.set(l, (reached.get(l) ?? 0) + 1);
    const violated = new Map<string, number>();
    for (const c of invalid) {
      const l = violationLocation(c.violation!);
      violated.set(l, (violated.get(l) ?? 0) + 1);
    }
    console.log('locations reached (valid):', Object.fromEntries(reached));
    console.log('locations violated (invalid):', Object.fromEntries(violated));
    for (const l of source.locations) {
      expect(reached.get(l) ?? 0, l).toBeGreaterThan(100);
      expect(violated.get(l) ?? 0, l).toBeGreaterThan(100);
    }
  });

  test('every enum value occurs; maps reach 50+ entries; strings reach 1,000+ code points', () => {
    const statuses = new Set<unknown>();
    let bigMaps = 0;
    let longStrings = 0;
    for (const v of values) {
      eachObject(v, (o, path) => {
        if (path.length === 2 && path[0] === 'integrations' && 'credentialStatus' in o) statuses.add((o as { credentialStatus: unknown }).credentialStatus);
        if (Object.keys(o).length >= 50) bigMaps++;
        for (const x of Object.values(o)) if (typeof x === 'string' && [...x].length >= 1000) longStrings++;
      });
    }
    expect([...statuses].sort()).toEqual(['EXPIRED', 'INVALID', 'VALID']);
    expect(bigMaps).toBeGreaterThan(20);
    expect(longStrings).toBeGreaterThan(20);
  });

  test('every hostile key occurs as an own property: at the root, in meta, in integrations and inside entries', () => {
    const where = new Map<string, Set<string>>();
    for (const v of values) {
      eachObject(v, (o, path) => {
        const spot = path.length === 0 ? 'root' : path.length === 1 ? path[0] : path[0] === 'integrations' && path.length === 2 ? 'entry' : 'nested';
        for (const k of Object.keys(o))
          if (hostileKeys.includes(k)) {
            expect(Object.hasOwn(o, k)).toBe(true);
            expect(Object.getPrototypeOf(o)).toBe(Object.prototype);
            if (!where.has(k)) where.set(k, new Set());
            where.get(k)!.add(spot!);
          }
      });
    }
    for (const k of hostileKeys) expect([...(where.get(k) ?? [])].sort(), k).toEqual(expect.arrayContaining(['entry', 'integrations', 'meta', 'root']));
  });

  test('unknown properties carry nested JSON at the root and inside integration entries', () => {
    let rootNested = 0;
    let entryNested = 0;
    const nested = (x: unknown) => x !== null && typeof x === 'object' && Object.values(x).some((y) => y !== null && typeof y === 'object');
    for (const v of values) {
      eachObject(v, (o, path) => {
        const declared = path.length === 0 ? ['id', 'meta', 'authenticated', 'integrations'] : ['enabled', 'credentialStatus', 'providerId'];
        if (path.length !== 0 && !(path.length === 2 && path[0] === 'integrations')) return;
        for (const [k, x] of Object.entries(o)) if (!declared.includes(k) && nested(x)) path.length === 0 ? rootNested++ : entryNested++;
      });
    }
    expect(rootNested).toBeGreaterThan(100);
    expect(entryNested).toBeGreaterThan(100);
  });

  test('strings include the SPEC families (empty, non-ASCII, astral, combining, padded, numeric/boolean-looking)', () => {
    const strings: string[] = [];
    for (const v of values)
      eachObject(v, (o) => {
        for (const x of Object.values(o)) if (typeof x === 'string') strings.push(x);
      });
    const has = (p: (s: string) => boolean) => strings.filter(p).length;
    expect(has((s) => s === '')).toBeGreaterThan(10);
    expect(has((s) => /[^\x00-\x7f]/.test(s))).toBeGreaterThan(10);
    expect(has((s) => /[\u{10000}-\u{10ffff}]/u.test(s))).toBeGreaterThan(10);
    expect(has((s) => /\p{M}/u.test(s) && s !== s.normalize('NFC'))).toBeGreaterThan(10);
    expect(has((s) => s.length > 0 && s.trim() !== s)).toBeGreaterThan(10);
    expect(has((s) => s === '123' || s === 'true')).toBeGreaterThan(10);
  });

  test('distribution: maps absent, empty, small and big; faults at every depth and keyword', () => {
    const sizes = { absent: 0, empty: 0, small: 0, big: 0 };
    for (const v of fc.sample(validArbitrary(userSchema), { numRuns: 5_000, seed: 1 })) {
      const u = v as Record<string, unknown>;
      const n = u.integrations ? Object.keys(u.integrations as object).length : -1;
      sizes[n < 0 ? 'absent' : n === 0 ? 'empty' : n < 5 ? 'small' : 'big']++;
    }
    // Every size class occurs, none dominates: absent and present about half each, big maps rare but there.
    expect(sizes.absent).toBeGreaterThan(1_500);
    expect(sizes.empty + sizes.small).toBeGreaterThan(1_500);
    expect(sizes.empty).toBeGreaterThan(100);
    expect(sizes.big).toBeGreaterThan(5);
    const faults = new Map<string, number>();
    for (const v of fc.sample(invalidArbitrary(userSchema), { numRuns: 5_000, seed: 1 })) {
      const key = `${v.violation.keyword}@${v.violation.instancePath.split('/').length - 1}`;
      faults.set(key, (faults.get(key) ?? 0) + 1);
    }
    // type faults at the root (0), properties (1), map entries (2) and entry properties (3); enum faults at depth 3.
    for (const key of ['type@0', 'type@1', 'type@2', 'type@3', 'enum@3']) expect(faults.get(key) ?? 0, key).toBeGreaterThan(50);
  });
});
