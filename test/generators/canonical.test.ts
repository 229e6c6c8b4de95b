import { describe, expect, test } from 'vitest';
import { canonicalize, schemaLocations } from '../../generators/index.js';
import { keywordPath } from '../../generators/schema/canonical.js';
import { instancePointer, schemaToken, violationLocation } from '../../src/core/pointer.js';
import { oracleFor } from '../../src/schema/oracle.js';
import { userSchema } from './support.js';

describe('canonicalize', () => {
  test('Connected User locations, with $ref targets labelled as ajv reports them', () => {
    expect(schemaLocations(userSchema)).toEqual([
      '#',
      '#/properties/id',
      '#/properties/meta',
      '#/properties/meta/additionalProperties',
      '#/properties/authenticated',
      '#/properties/integrations',
      '#/$defs/UserIntegration',
      '#/$defs/UserIntegration/properties/enabled',
      '#/$defs/UserIntegration/properties/credentialStatus',
      '#/$defs/UserIntegration/properties/providerId',
    ]);
    const c = canonicalize(userSchema);
    const status = c.nodes.find((n) => n.location.endsWith('credentialStatus'))!;
    expect(keywordPath(status, 'enum')).toBe('#/$defs/UserIntegration/properties/credentialStatus/enum');
    const errors = oracleFor(userSchema).check({ integrations: { x: { credentialStatus: 'valid' } } }).errors;
    expect(errors).toEqual([{ instancePath: '/integrations/x/credentialStatus', keyword: 'enum', schemaPath: keywordPath(status, 'enum') }]);
    expect(c.unsupported).toEqual([]);
  });

  test('pointer escaping matches ajv for instance paths and schema paths', () => {
    const doc = { type: 'object', properties: { 'a/b~c': { type: 'string' }, 'sp ace': { type: 'string' } } };
    const errors = oracleFor(doc).check(JSON.parse('{"a/b~c":1,"sp ace":1}')).errors;
    expect(errors.map((e) => e.instancePath).sort()).toEqual([instancePointer(['a/b~c']), instancePointer(['sp ace'])].sort());
    expect(errors.map((e) => e.schemaPath).sort()).toEqual([`#/properties/${schemaToken('a/b~c')}/type`, `#/properties/${schemaToken('sp ace')}/type`].sort());
  });

  test('$ref with sibling keywords: each keyword keeps the location ajv reports', () => {
    const doc = { type: 'object', properties: { p: { $ref: '#/$defs/A', minLength: 3 } }, $defs: { A: { type: 'string' } } };
    const p = canonicalize(doc).root.properties[0]![1];
    expect(keywordPath(p, 'type')).toBe('#/$defs/A/type');
    expect(keywordPath(p, 'minLength')).toBe('#/properties/p/minLength');
  });

  test('recursive refs terminate; non-inlined targets use ajv paths relative to the target', () => {
    const doc = { $ref: '#/$defs/T', $defs: { T: { type: 'object', properties: { kids: { type: 'array', items: { $ref: '#/$defs/T' } } } } } };
    const c = canonicalize(doc);
    expect(c.nodes.map((n) => n.location)).toEqual(['#/$defs/T', '#/$defs/T/properties/kids']);
    expect(c.nodes[1]!.items).toBe(c.root);
    const errors = oracleFor(doc).check({ kids: [{ kids: 1 }] }).errors;
    const kids = c.nodes[1];
    expect(errors[0]!.schemaPath).toBe(keywordPath(kids!, 'type'));
  });

  test('unsupported keywords are reported, not silently trusted', () => {
    expect(canonicalize({ anyOf: [{ type: 'string' }] }).unsupported).toEqual(['#/anyOf']);
    expect(violationLocation({ schemaPath: '#/properties/meta/additionalProperties/type' })).toBe('#/properties/meta/additionalProperties');
  });
});
