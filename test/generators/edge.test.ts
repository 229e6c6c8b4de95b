import { describe, expect, test } from 'vitest';
import { faultsOf } from '../../generators/build/invalid.js';
import { hostileKeys } from '../../generators/data/strings.js';
import { edgeCases, schemaLocations } from '../../generators/index.js';
import { canonicalize } from '../../generators/schema/canonical.js';
import { violationLocation } from '../../src/core/pointer.js';
import { userSchema } from './support.js';

describe('edge cases (Connected User)', () => {
  const e = edgeCases(userSchema);
  const labels = (cs: { label: string }[]) => cs.map((c) => c.label);

  test('all are oracle-confirmed and labelled uniquely', () => {
    expect(e.dropped).toEqual([]);
    expect(new Set(labels(e.valid)).size).toBe(e.valid.length);
    expect(new Set(labels(e.invalid)).size).toBe(e.invalid.length);
  });

  test('the empty object first, then each property alone', () => {
    expect(e.valid[0]!.instance).toEqual({});
    for (const p of ['id', 'meta', 'authenticated', 'integrations']) {
      expect(e.valid.some((c) => JSON.stringify(Object.keys(c.instance as object)) === JSON.stringify([p]) && c.label === `reach #/properties/${p}`)).toBe(
        true,
      );
    }
  });

  test('big maps, long strings, every enum value, every hostile key in every map and at the root', () => {
    for (const l of ['#', '#/properties/meta', '#/properties/integrations', '#/$defs/UserIntegration']) {
      expect(labels(e.valid)).toContain(`60-entry map at ${l}`);
      for (const k of hostileKeys) expect(labels(e.valid)).toContain(`key ${JSON.stringify(k)} in ${l}`);
    }
    for (const l of ['#/properties/id', '#/properties/meta/additionalProperties', '#/$defs/UserIntegration/properties/providerId']) {
      expect(labels(e.valid)).toContain(`long string at ${l}`);
    }
    const statuses = e.valid.map((c) => (c.instance as { integrations?: Record<string, { credentialStatus?: string }> }).integrations?.a?.credentialStatus);
    expect(statuses).toEqual(expect.arrayContaining(['VALID', 'INVALID', 'EXPIRED']));
    const proto = e.valid.find((c) => c.label === 'key "__proto__" in #')!.instance as object;
    expect(Object.hasOwn(proto, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(proto)).toBe(Object.prototype);
  });

  test('every mutation operator at every location, also among entries under a hostile key', () => {
    const faults = faultsOf(canonicalize(userSchema));
    for (const f of faults) expect(labels(e.invalid)).toContain(`${f.mutation.operator} @ ${f.site.node.location}`);
    const violated = new Set(e.invalid.map((c) => violationLocation(c.violation!)));
    expect([...violated].sort()).toEqual([...schemaLocations(userSchema)].sort());
    expect(labels(e.invalid)).toEqual(
      expect.arrayContaining([
        'near-miss:"valid" @ #/$defs/UserIntegration/properties/credentialStatus',
        'near-miss:" VALID" @ #/$defs/UserIntegration/properties/credentialStatus',
        'near-miss:"PENDING" @ #/$defs/UserIntegration/properties/credentialStatus',
      ]),
    );
    const deep = e.invalid.find((c) => c.label.includes('among entries'))!;
    expect(deep.violation!.instancePath).toMatch(/\/__proto__/);
  });
});
