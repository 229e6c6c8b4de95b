// The hostile dictionary phase (SPEC §10): every class, every applicable location, labelled and oracle-confirmed.
import { describe, expect, test } from 'vitest';
import { dictionaryCases } from '../../generators/build/dictionary.js';
import { builtInDictionary } from '../../generators/data/dictionary.js';
import { caseSource } from '../../generators/index.js';
import { UsageError } from '../../src/core/errors.js';
import { stringClass, valueClass } from '../../src/findings/classes.js';
import { userOracle, userSchema } from './support.js';

const d = dictionaryCases(userSchema);
const all = [...d.valid, ...d.invalid];
const values = builtInDictionary.filter((e) => Object.hasOwn(e, 'value')).map((e) => e.value);
const keys = builtInDictionary.filter((e) => e.key !== undefined).map((e) => e.key!);
const jsons = builtInDictionary.filter((e) => e.json !== undefined).map((e) => e.json!);

describe('the dictionary data', () => {
  test('holds every class of SPEC §10', () => {
    expect(values).toEqual(expect.arrayContaining(['{}', '[]', ' {} ', '{"id":"x"}', 'null', 'true', '/etc/hostname', 'http://127.0.0.1/']));
    for (const s of ['\uffff', '\ufffe', '\ufdd0', '\u{10ffff}', '\ud800', '\ufeff', '\u200b', '\u202eabc', 'e\u0301', '\u0000a', 'a\u0000', '~0', '~1']) {
      expect(values, JSON.stringify(s)).toContain(s);
    }
    for (const k of [
      '\u0000a',
      'a\u0000',
      '\uffff',
      '\ufffe',
      '\ufdd0',
      '\u{10ffff}',
      '\ud800',
      '\ufeff',
      '\u200b',
      'e\u0301',
      '~0',
      '~1',
      '/',
      'type',
      '$ref',
      'properties',
    ]) {
      expect(keys, JSON.stringify(k)).toContain(k);
    }
    for (const k of ['\n', '\r', '\u2028', '\u2029', '\t']) expect(keys).toContain(k);
    for (const name of Object.getOwnPropertyNames(Object.prototype)) expect(keys).toContain(name);
    expect(values).toEqual(expect.arrayContaining<unknown>([JSON.parse('{"toString":1}'), JSON.parse('{"valueOf":{}}'), [], [{}], null]));
    expect(jsons).toEqual(expect.arrayContaining(['-0', '1e308', '5e-324', '9007199254740993', '0.30000000000000004']));
    const near = builtInDictionary.filter((e) => e.near).map((e) => e.near);
    expect(near).toEqual(expect.arrayContaining([{ case: 'lower' }, { prefix: ' ' }, { suffix: '\u0000' }, { map: 'fullwidth' }]));
    expect(near.some((n) => typeof n?.map === 'object')).toBe(true); // Unicode look-alikes
  });

  test('every entry says why, and its class is what src/findings/classes.ts calls the value or key', () => {
    for (const e of builtInDictionary) {
      expect(e.why?.length, JSON.stringify(e)).toBeGreaterThan(10);
      const v = e.json === undefined ? e.value : e.json === '-0' ? -0 : Number(e.json);
      const cls = e.near ? 'enum-near-miss' : e.key !== undefined ? stringClass(e.key) : typeof v === 'string' ? stringClass(v) : valueClass(v);
      expect(e.class, JSON.stringify(e)).toBe(cls);
    }
  });
});

describe('the phase for the Connected User', () => {
  test('every entry lands at every applicable location, derived from the schema', () => {
    const at = new Set(d.summary.locations.map((l) => l.pattern));
    const expected = ['', '/*', '/id', '/meta', '/meta/*', '/authenticated', '/integrations', '/integrations/*', '/integrations/*/*'];
    expect([...at]).toEqual(expect.arrayContaining([...expected, '/integrations/*/enabled', '/integrations/*/credentialStatus', '/integrations/*/providerId']));
    const placed = (cls: string) => new Set(all.filter((c) => c.class === cls).map((c) => c.location));
    expect([...placed('json-looking')].sort()).toEqual([...at].sort());
    expect([...placed('nul')].sort()).toEqual(['/*', '/id', '/integrations/*', '/integrations/*/*', '/integrations/*/providerId', '/meta/*'].sort());
    expect([...placed('line-terminator')]).toEqual(expect.arrayContaining(['/meta/*', '/integrations/*', '/*', '/integrations/*/*']));
    expect([...placed('empty-array')].sort()).toEqual(['', '/integrations', '/integrations/*', '/meta'].sort());
    expect([...placed('unsafe-integer')].sort()).toEqual(['/*', '/integrations/*/*']);
    expect([...placed('enum-near-miss')]).toEqual(['/integrations/*/credentialStatus']);
    expect(d.summary.entries).toBe(builtInDictionary.length);
  });

  test('no placement is dropped; valid ones are valid, invalid ones fail exactly with their label, at the placed spot', () => {
    expect(d.dropped).toEqual([]);
    for (const c of d.valid) expect(userOracle.isValid(JSON.parse(c.json)), c.label).toBe(true);
    for (const c of d.invalid) {
      expect(userOracle.failsExactlyWith(JSON.parse(c.json), c.violation!), c.label).toBe(true);
      expect(['type', 'enum']).toContain(c.violation!.keyword);
    }
    const nulKey = d.invalid.find((c) => c.json === '{"meta":{"\\n":1}}');
    expect(nulKey?.violation).toEqual({ instancePath: '/meta/\n', keyword: 'type', schemaPath: '#/properties/meta/additionalProperties/type' });
  });

  test('__proto__ carries valid and invalid values in every map; arrays, null and JSON text go where objects are due', () => {
    const under = (kind: 'valid' | 'invalid', json: string) => d[kind].some((c) => c.json === json);
    expect(under('valid', '{"meta":{"__proto__":"x"}}')).toBe(true);
    expect(under('invalid', '{"meta":{"__proto__":1}}')).toBe(true);
    expect(under('valid', '{"integrations":{"__proto__":{}}}')).toBe(true);
    expect(under('invalid', '{"integrations":{"__proto__":null}}')).toBe(true);
    for (const json of ['"{}"', '"/etc/hostname"', '[]', '[{}]', 'null', '{"meta":null}', '{"integrations":{"a":[]}}', '{"id":{"toString":1}}'])
      expect(under('invalid', json), json).toBe(true);
    for (const json of ['{"id":"{}"}', '{"id":"\\ud800"}', '{"meta":{"\\u0000a":""}}', '{"id":"\uffff"}']) expect(under('valid', json), json).toBe(true);
  });

  test('numbers JavaScript cannot hold keep their exact JSON text', () => {
    const texts = d.valid.filter((c) => c.class.includes('number') || c.class.includes('zero') || c.class.includes('integer')).map((c) => c.json);
    expect(texts).toEqual(expect.arrayContaining(['{"a":-0}', '{"a":9007199254740993}', '{"integrations":{"a":{"a":5e-324}}}']));
  });

  test('hundreds of cases, not thousands: entries are placed, never multiplied by each other', () => {
    expect(all.length).toBeGreaterThan(500);
    expect(all.length).toBeLessThan(1500);
    expect(new Set(all.map((c) => `${c.kind}${c.json}`)).size).toBe(all.length);
  });

  test('the case source runs it first, the same for every seed and every --runs', () => {
    const dict = (seed: number, runs: number) =>
      [...caseSource(userSchema, { seed }).invalid(runs)].filter((c) => c.phase === 'dictionary').map((c) => `${c.index}:${c.json}`);
    const a = dict(1, 0);
    expect(a).toHaveLength(d.invalid.length);
    expect(dict(2, 50)).toEqual(a);
    expect([...caseSource(userSchema, { seed: 1, dictionary: false }).valid(0)].some((c) => c.phase === 'dictionary')).toBe(false);
  });
});

describe('extending it from the config', () => {
  test('entries at a location pattern add cases; a contradicted expectation is dropped and counted', () => {
    const ext = dictionaryCases(userSchema, [
      { value: 'pro\u0000', at: '/meta/*', expect: 'valid' },
      { key: 'x-tenant', at: ['/meta/*', '/integrations/*/*'] },
      { value: 1, at: '/meta/*', expect: 'valid' },
    ]);
    expect(ext.valid.some((c) => c.json === '{"meta":{"a":"pro\\u0000"}}' && c.origin === 'config')).toBe(true);
    expect(ext.valid.some((c) => c.json === '{"integrations":{"a":{"x-tenant":"v"}}}')).toBe(true);
    expect(ext.invalid.some((c) => c.json === '{"meta":{"x-tenant":1}}')).toBe(true);
    expect(ext.summary.fromConfig).toBe(2);
    expect(ext.summary.dropped).toBe(1);
    expect(ext.dropped[0]).toMatch(/marked valid, but the oracle reports type at \/meta\/a/);
  });

  test.each([
    [
      { value: 'x', at: '/mta/*' },
      /entry 1 of the config's dictionary .*the pattern "\/mta\/\*" names no location of this schema; the locations are "" \(root\), \/\*, \/id/,
    ],
    [{ key: 'k', at: '/id' }, /entry 1 of the config's dictionary .*"\/id" holds no chosen key; name a map entry or undeclared property: \/\*, \/meta\/\*/],
    [{ value: 'x', at: 'everywhere' }, /"everywhere" is neither a location kind \(values, strings/],
    [{ json: 'NaN', at: 'unknown' }, /json must be the text of a finite JSON number/],
    [{ value: 'x', key: 'k', at: 'keys' }, /give exactly one of value, json, key or near \(found value, key\)/],
    [{ near: { suffix: '!' }, at: '/id' }, /"\/id" has no enum of strings; near entries go at \/integrations\/\*\/credentialStatus/],
  ])('a wrong entry is a usage error naming it: %j', (entry, message) => {
    const run = () => dictionaryCases(userSchema, [entry as never]);
    expect(run).toThrow(UsageError);
    expect(run).toThrow(message);
  });
});

describe('another schema: nothing is hard-coded', () => {
  const widget = {
    type: 'object',
    required: ['name'],
    properties: {
      name: { type: 'string', pattern: '^[a-z]+$' },
      tags: { type: 'array', items: { type: 'string' } },
      level: { enum: ['LOW', 'HIGH'] },
      closed: { type: 'object', properties: { on: { type: 'boolean' } }, additionalProperties: false },
    },
  };
  const w = dictionaryCases(widget);

  test('locations follow the schema: items, enums, closed objects without key slots', () => {
    const at = w.summary.locations.map((l) => l.pattern);
    expect(at).toEqual(expect.arrayContaining(['', '/*', '/name', '/tags', '/tags/*', '/level', '/closed', '/closed/on']));
    expect(at).not.toContain('/closed/*');
    expect(w.invalid.some((c) => c.location === '/level' && JSON.parse(c.json).level === 'ＬＯＷ')).toBe(true);
    expect(w.invalid.some((c) => c.violation?.keyword === 'pattern' && c.location === '/name')).toBe(true);
    expect(w.dropped).toEqual([]);
  });
});
