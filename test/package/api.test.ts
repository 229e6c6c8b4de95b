// The library entry point (src/index.ts) in-process: generators, oracle, check() defaults and errors, the catalog,
// and the promise that every export is documented with an example.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allChecks } from '../../src/checks/index.js';
import { check, checkCatalog, exitCode, invalidUser, oracle, oracleFor, UsageError, validUser, writeReports } from '../../src/index.js';
import { validateReport } from '../../src/report/schema.js';
import { tempDir } from '../support/cli.js';

const small = { bigMaps: false, bigStrings: false };

describe('validUser / invalidUser', () => {
  it('valid users pass the oracle; invalid users fail with exactly their label', () => {
    fc.assert(
      fc.property(validUser(small), (u) => oracle.isValid(u)),
      { numRuns: 100, seed: 1 },
    );
    fc.assert(
      fc.property(invalidUser(small), ({ instance, violation }) => oracle.failsExactlyWith(instance, violation)),
      { numRuns: 100, seed: 1 },
    );
  });

  it('follow another schema, given as a document or as a file path', () => {
    const schema = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      required: ['n'],
      properties: { n: { type: 'integer', minimum: 3 } },
      additionalProperties: false,
    };
    const file = join(tempDir(), 'other.schema.json');
    writeFileSync(file, JSON.stringify(schema));
    for (const s of [schema, file]) {
      const other = oracleFor(s);
      fc.assert(
        fc.property(validUser({ schema: s }), (u) => other.isValid(u) && Number.isInteger((u as { n: number }).n)),
        { numRuns: 50, seed: 2 },
      );
      fc.assert(
        fc.property(invalidUser({ schema: s }), ({ instance, violation }) => other.failsExactlyWith(instance, violation)),
        { numRuns: 50, seed: 2 },
      );
    }
  });

  it('a schema path that is not a schema is a UsageError naming the file', () => {
    const file = join(tempDir(), 'broken.json');
    writeFileSync(file, '{ nope');
    expect(() => validUser({ schema: file })).toThrow(UsageError);
    expect(() => oracleFor(file)).toThrow(/broken\.json/);
  });
});

describe('oracle', () => {
  it('is the embedded schema: {} valid, arrays and null not, PENDING not, meta values strings', () => {
    expect(oracle.isValid({})).toBe(true);
    expect(oracle.isValid([])).toBe(false);
    expect(oracle.isValid(null)).toBe(false);
    expect(oracle.check({ meta: { a: 1 } }).errors).toEqual([
      { instancePath: '/meta/a', keyword: 'type', schemaPath: '#/properties/meta/additionalProperties/type' },
    ]);
    expect(oracle.check({ integrations: { x: { credentialStatus: 'PENDING' } } }).errors.map((e) => e.keyword)).toEqual(['enum']);
  });
});

describe('check', () => {
  it('merges partial options over the defaults and resolves to a schema-valid report', async () => {
    const seen: string[] = [];
    const report = await check(
      { target: 'module:test/miniatures/modules/wrong-enum-pending.mjs', runs: 10, seed: 3, checks: ['validate.rejects-invalid', 'validate.accepts-valid'] },
      { observers: [{ onCheckEnd: (e) => seen.push(e.result.id) }] },
    );
    expect(validateReport(report)).toEqual([]);
    expect(report).toMatchObject({ seed: 3, runs: 10, strict: false, verdict: 'non-conformant' });
    expect(seen).toEqual(['validate.accepts-valid', 'validate.rejects-invalid']);
    expect(report.checks.find((c) => c.id === 'validate.rejects-invalid')!.failures[0]!.counterexample).toEqual({
      integrations: { a: { credentialStatus: 'PENDING' } },
    });
    expect(exitCode(report)).toBe(1);
    const dir = tempDir();
    const written = await writeReports(report, dir, ['json', 'md']);
    expect(written.map((p) => p.slice(dir.length + 1))).toEqual(['conformance.json', 'conformance.md']);
    expect(JSON.parse(readFileSync(written[0]!, 'utf8')).verdict).toBe('non-conformant');
  });

  it('defaults the seed to a random integer and resolves module paths against cwd', async () => {
    const report = await check({
      target: 'module:./src/connected-user.mjs',
      cwd: join(process.cwd(), 'examples/vitest-project'),
      runs: 5,
      checks: ['validate.accepts-valid'],
    });
    expect(Number.isSafeInteger(report.seed)).toBe(true);
    expect([report.verdict, exitCode(report)]).toEqual(['conformant', 0]);
  });

  it('rejects bad options with errors that name them; a missing module is an error verdict, not a throw', async () => {
    await expect(check({ runs: -1 })).rejects.toThrow(/runs \(--runs\) must be an integer >= 0/);
    await expect(check({ seed: 1.5 })).rejects.toThrow(/seed \(--seed\) must be an integer/);
    await expect(check({ checks: ['no.such'] })).rejects.toThrow(UsageError);
    const report = await check({ target: 'module:./missing.mjs', runs: 5, seed: 1 });
    expect([report.verdict, exitCode(report)]).toEqual(['error', 3]);
    expect(report.errors[0]!.message).toMatch(/missing\.mjs/);
  });
});

describe('exports', () => {
  it('checkCatalog lists every check in report order', () => {
    expect(checkCatalog.map((c) => c.id)).toEqual(allChecks.map((c) => c.id));
    expect(checkCatalog.find((c) => c.id === 'roundtrip.preserves-unknown')!.level).toBe('SHOULD');
  });

  it('every value exported by src/index.ts has TSDoc with an @example', () => {
    const source = readFileSync('src/index.ts', 'utf8');
    const exported = [...source.matchAll(/^export (?:async )?(?:function|const) (\w+)/gm)].map((m) => m[1]!);
    expect(exported.sort()).toEqual(['check', 'checkCatalog', 'exitCode', 'invalidUser', 'oracle', 'oracleFor', 'validUser', 'writeReports']);
    for (const name of exported) {
      const at = source.search(new RegExp(`^export (?:async )?(?:function|const) ${name}\\b`, 'm'));
      const doc = /\/\*\*(?:(?!\*\/)[\s\S])*\*\/\s*$/.exec(source.slice(0, at))?.[0] ?? '';
      expect(doc, name).toContain('@example');
    }
  });
});
