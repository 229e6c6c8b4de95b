// Long map keys and big maps: the edge phase has them at every map location, the random phase draws them now and then.
import { describe, expect, test } from 'vitest';
import { codePoints } from '../../generators/arb/text.js';
import { caseSource, edgeCases } from '../../generators/index.js';
import { defaults } from '../../src/options/resolve.js';
import { testOptions } from '../support/options.js';
import { eachObject, userOracle, userSchema } from './support.js';

const maps = ['#', '#/properties/meta', '#/properties/integrations', '#/$defs/UserIntegration'];

/** The longest key (code points) and the biggest object (entries) inside a JSON value. */
function extremes(v: unknown): { key: number; entries: number } {
  let key = 0;
  let entries = 0;
  eachObject(v, (o) => {
    const ks = Object.keys(o);
    entries = Math.max(entries, ks.length);
    for (const k of ks) key = Math.max(key, codePoints(k));
  });
  return { key, entries };
}

describe('long keys and big maps', () => {
  const e = edgeCases(userSchema);
  const byLabel = new Map([...e.valid, ...e.invalid].map((c) => [c.label, c]));

  test('edge cases: a 256- and a 1,024-char key and a 1,000-entry map at every map location', () => {
    expect(e.dropped).toEqual([]);
    for (const l of maps) {
      expect(extremes(byLabel.get(`1,024-char key in ${l}`)!.instance).key).toBe(1024);
      expect(extremes(byLabel.get(`256-char key in ${l}`)!.instance).key).toBe(256);
      expect(extremes(byLabel.get(`1,000-entry map at ${l}`)!.instance).entries).toBe(1000);
    }
  });

  test('edge cases: a fault late in a 300-entry map and under a 1,024-char key, labels oracle-exact', () => {
    const late = e.invalid.filter((c) => c.label.includes('(late entry of a 300-entry map)'));
    const long = e.invalid.filter((c) => c.label.includes('(under a 1,024-char key)'));
    expect(late.map((c) => c.label)).toEqual(
      expect.arrayContaining([
        'type:null @ #/properties/id (late entry of a 300-entry map)',
        'type:null @ #/properties/meta/additionalProperties (late entry of a 300-entry map)',
        'type:null @ #/$defs/UserIntegration (late entry of a 300-entry map)',
      ]),
    );
    expect(long.length).toBeGreaterThanOrEqual(2);
    for (const c of late) {
      expect(extremes(c.instance).entries).toBeGreaterThanOrEqual(300);
      expect(userOracle.failsExactlyWith(c.instance, c.violation!)).toBe(true);
    }
    const meta = byLabel.get('type:null @ #/properties/meta/additionalProperties (late entry of a 300-entry map)')!;
    const keys = Object.keys((meta.instance as { meta: object }).meta);
    expect(keys.indexOf(meta.violation!.instancePath.split('/')[2]!)).toBeGreaterThan(250);
    for (const c of long) {
      expect(c.violation!.instancePath.length).toBeGreaterThan(1000);
      expect(userOracle.failsExactlyWith(c.instance, c.violation!)).toBe(true);
    }
  });

  test('the default check run (edge + 200 random) holds a 1,000+ char key and a 1,000-entry map', () => {
    const source = caseSource(userSchema, { seed: testOptions().seed });
    const all = [...source.valid(defaults.runs), ...source.invalid(defaults.runs)].map((c) => extremes(JSON.parse(c.json)));
    expect(Math.max(...all.map((x) => x.key))).toBeGreaterThanOrEqual(1000);
    expect(Math.max(...all.map((x) => x.entries))).toBeGreaterThanOrEqual(1000);
  });

  test('random cases now and then have 64+ char keys and 100+ entry maps, all oracle-confirmed', () => {
    const source = caseSource(userSchema, { seed: 7 });
    const random = (kind: 'valid' | 'invalid') => [...source[kind](1500)].filter((c) => c.phase === 'random').map((c) => extremes(JSON.parse(c.json)));
    for (const kind of ['valid', 'invalid'] as const) {
      const xs = random(kind);
      expect(xs.filter((x) => x.key >= 64).length, kind).toBeGreaterThan(5);
      expect(
        xs.some((x) => x.entries >= 100),
        kind,
      ).toBe(true);
    }
  });
});
