import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { caseSource, edgeCases, invalidArbitrary, schemaLocations, validArbitrary } from '../../generators/index.js';
import { oracleFor } from '../../src/schema/oracle.js';

/** A schema unlike the Connected User: required, const, pattern, lengths, items, integer, recursion, odd names. */
const widget = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  required: ['name', 'kind', 'tags'],
  properties: {
    name: { type: 'string', pattern: '^[a-z]+$', minLength: 2, maxLength: 8 },
    kind: { const: 'widget' },
    count: { type: 'integer', minimum: 1, maximum: 10 },
    ratio: { type: 'number', exclusiveMinimum: 0, maximum: 1 },
    tags: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1, maxItems: 3 },
    'sp ace/é': { type: 'boolean' },
    tree: { $ref: '#/$defs/Node' },
  },
  additionalProperties: false,
  $defs: {
    Node: { type: ['object', 'null'], properties: { child: { $ref: '#/$defs/Node' }, v: { enum: [1, 'one', null] } }, additionalProperties: false },
  },
};
const oracle = oracleFor(widget);

describe('a different schema generates differently (nothing is hard-coded)', () => {
  test('valid values are accepted and carry the required fields', () => {
    fc.assert(
      fc.property(validArbitrary(widget), (v) => {
        expect(oracle.check(v).errors).toEqual([]);
        expect(Object.keys(v as object)).toEqual(expect.arrayContaining(['name', 'kind', 'tags']));
      }),
      { numRuns: 5_000, seed: 1 },
    );
  });

  test('invalid values fail with exactly their label, over the whole keyword set', () => {
    const keywords = new Set<string>();
    fc.assert(
      fc.property(invalidArbitrary(widget, { confirm: false }), ({ instance, violation }) => {
        keywords.add(violation.keyword);
        return oracle.failsExactlyWith(instance, violation);
      }),
      { numRuns: 10_000, seed: 2 },
    );
    for (const k of [
      'type',
      'required',
      'const',
      'pattern',
      'minLength',
      'maxLength',
      'minimum',
      'maximum',
      'exclusiveMinimum',
      'minItems',
      'maxItems',
      'additionalProperties',
      'enum',
    ]) {
      expect(keywords, k).toContain(k);
    }
  });

  test('locations follow the schema (escaped like ajv, recursion reached once)', () => {
    expect(schemaLocations(widget)).toEqual([
      '#',
      '#/properties/name',
      '#/properties/kind',
      '#/properties/count',
      '#/properties/ratio',
      '#/properties/tags',
      '#/properties/tags/items',
      '#/properties/sp%20ace~1%C3%A9',
      '#/$defs/Node',
      '#/$defs/Node/properties/v',
    ]);
  });

  test('edge cases and the case source work and are all confirmed', () => {
    const e = edgeCases(widget);
    expect(e.dropped).toEqual([]);
    expect(e.valid.length).toBeGreaterThan(5);
    expect(e.invalid.map((c) => c.violation!.keyword)).toEqual(expect.arrayContaining(['required', 'const', 'pattern', 'additionalProperties']));
    const source = caseSource(widget, { seed: 3 });
    for (const c of source.valid(300)) expect(oracle.isValid(JSON.parse(c.json))).toBe(true);
    for (const c of source.invalid(300)) expect(oracle.failsExactlyWith(JSON.parse(c.json), c.violation!)).toBe(true);
  });
});
