import { describe, expect, it } from 'vitest';
import { type ConnectedUser, parse, serialize, validate } from '../../src/reference/user.js';
import { diffPrototypes, snapshotPrototypes } from '../../src/targets/snapshot.js';

const valids = [
  '{}',
  '{"id":"","meta":{},"authenticated":false,"integrations":{}}',
  '{"meta":{"__proto__":"x","constructor":"y"},"integrations":{"__proto__":{"credentialStatus":"VALID","enabled":true,"providerId":"p","z":[1]}},"extra":{"deep":[null,true]}}',
  '{"__proto__":{"polluted":true},"id":"u"}',
];
const invalids = [
  '[]',
  'null',
  '"VALID"',
  '1',
  'true',
  '{"id":1}',
  '{"meta":null}',
  '{"meta":{"a":1}}',
  '{"meta":[]}',
  '{"authenticated":"true"}',
  '{"integrations":{"s":{"credentialStatus":"valid"}}}',
  '{"integrations":{"s":[]}}',
  '{"integrations":{"s":{"enabled":0}}}',
];

describe('reference Connected User module', () => {
  it('validate accepts valid and rejects invalid values, never throwing', () => {
    for (const j of valids) expect(validate(JSON.parse(j)), j).toBe(true);
    for (const j of invalids) expect(validate(JSON.parse(j)), j).toBe(false);
    expect(validate(undefined)).toBe(false);
    expect(validate(() => 1)).toBe(false);
  });

  it('parse throws a clear Error on invalid input', () => {
    expect(() => parse(JSON.parse('{"integrations":{"s":{"credentialStatus":"valid"}}}'))).toThrow(
      /not a valid Connected User: \/integrations\/s\/credentialStatus: enum/,
    );
    expect(() => parse([])).toThrow(Error);
  });

  it('parse returns a deep, independent copy keeping unknown and __proto__ own keys, without pollution', () => {
    const before = snapshotPrototypes();
    for (const j of valids) {
      const input = JSON.parse(j) as Record<string, unknown>;
      const user = parse(input);
      expect(user).toEqual(input);
      expect(JSON.stringify(user)).toBe(JSON.stringify(input));
      expect(user).not.toBe(input);
      if (input.meta) expect(user.meta).not.toBe(input.meta);
      expect(JSON.stringify(input)).toBe(j.replace(/\s/g, '') === j ? j : JSON.stringify(JSON.parse(j)));
    }
    const u = parse(JSON.parse('{"__proto__":{"polluted":true}}'));
    expect(Object.hasOwn(u, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(u)).toBe(Object.prototype);
    expect(diffPrototypes(before)).toEqual([]);
  });

  it('serialize gives an equal plain JSON value, independent of the user', () => {
    const user: ConnectedUser = parse(JSON.parse(valids[2]!));
    const out = serialize(user) as ConnectedUser;
    expect(out).toEqual(user);
    (out.meta as Record<string, string>).changed = 'yes';
    expect(user.meta).not.toHaveProperty('changed');
  });
});
