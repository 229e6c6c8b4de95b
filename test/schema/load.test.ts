// Loading the schema: the embedded one skips the meta-schema check (start-up), so it must be a valid 2020-12 schema
// itself; every loaded schema's oracle is compiled once and reused.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { embeddedSchemaPath, loadSchema, parseSchema } from '../../src/schema/load.js';
import { createAjv, oracleFor } from '../../src/schema/oracle.js';

describe('loadSchema', () => {
  it('ships a schema that is a valid JSON Schema 2020-12 document (it is trusted at load time)', () => {
    const ajv = createAjv();
    expect(ajv.validateSchema(JSON.parse(readFileSync(embeddedSchemaPath, 'utf8')) as object), JSON.stringify(ajv.errors)).toBe(true);
  });

  it('compiles the oracle of a given schema while loading (exit 2 when ajv cannot); oracleFor compiles each once', () => {
    const unresolved = JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', $ref: '#/nope' });
    expect(() => parseSchema(unresolved, 'unresolved.json')).toThrow(UsageError);
    expect(() => parseSchema(unresolved, 'unresolved.json')).toThrow(/unresolved\.json cannot be compiled: can't resolve reference #\/nope/);
    const loaded = loadSchema();
    const oracle = oracleFor(loaded.document);
    expect(oracleFor(loaded.document)).toBe(oracle);
    expect(oracle.isValid({ integrations: { a: { credentialStatus: 'VALID' } } })).toBe(true);
    expect(oracle.isValid({ integrations: { a: { credentialStatus: 'PENDING' } } })).toBe(false);
  });

  it('still meta-validates any other schema text, also a copy of the embedded one made invalid', () => {
    const doc = JSON.parse(readFileSync(embeddedSchemaPath, 'utf8')) as Record<string, unknown>;
    expect(() => parseSchema(JSON.stringify({ ...doc, type: 'objekt' }), 'edited.json')).toThrow(UsageError);
    expect(() => parseSchema(JSON.stringify({ ...doc, type: 'objekt' }), 'edited.json')).toThrow(/not a valid JSON Schema 2020-12/);
    expect(parseSchema(JSON.stringify(doc), 'copy.json').$id).toBe(doc.$id);
  });

  it('an oracle compiled for a document that was never checked still rejects an invalid schema', () => {
    expect(() => oracleFor({ type: 'objekt' })).toThrow(/schema is invalid/);
  });
});
