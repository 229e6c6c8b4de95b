// The suite's strength: deliberately wrong modules are caught with the expected check; correct ones pass.
import { describe, expect, it } from 'vitest';
import { runConformance } from '../../src/engine/runner.js';
import { testOptions } from '../support/options.js';

const dir = 'test/miniatures/modules';
const run = (file: string, strict = false) => runConformance(testOptions({ target: `module:${dir}/${file}`, strict }));

/** Each wrong module, with the MUST check that must catch it. */
const wrong: [string, string][] = [
  ['wrong-array-root.mjs', 'validate.rejects-invalid'],
  ['wrong-null-root.mjs', 'validate.rejects-invalid'],
  ['wrong-enum-case.mjs', 'validate.rejects-invalid'],
  ['wrong-enum-trim.mjs', 'validate.rejects-invalid'],
  ['wrong-enum-pending.mjs', 'validate.rejects-invalid'],
  ['wrong-boolean-string.mjs', 'validate.rejects-invalid'],
  ['wrong-meta-numbers.mjs', 'validate.rejects-invalid'],
  ['wrong-first-integration-only.mjs', 'validate.rejects-invalid'],
  ['wrong-meta-first-entry.mjs', 'validate.rejects-invalid'],
  ['wrong-requires-id.mjs', 'validate.accepts-valid'],
  ['wrong-no-unknown-root.mjs', 'validate.accepts-valid'],
  ['wrong-no-unknown-integration.mjs', 'validate.accepts-valid'],
  ['wrong-empty-id.mjs', 'validate.accepts-valid'],
  ['wrong-long-strings.mjs', 'validate.accepts-valid'],
  ['wrong-key-length-40.mjs', 'validate.accepts-valid'],
  ['wrong-meta-100-keys.mjs', 'validate.accepts-valid'],
  ['wrong-throws-on-primitives.mjs', 'validate.total'],
  ['wrong-truthy-result.mjs', 'validate.total'],
  ['wrong-parse-accepts-all.mjs', 'parse.rejects-invalid'],
  ['wrong-parse-map-limit.mjs', 'parse.accepts-valid'],
  ['wrong-drops-empty-maps.mjs', 'roundtrip.preserves-data'],
  ['wrong-proto-key-lost.mjs', 'roundtrip.preserves-data'],
  ['wrong-nfc.mjs', 'roundtrip.preserves-data'],
  ['wrong-lowercase-status.mjs', 'roundtrip.output-valid'],
  ['wrong-prototype-pollution.mjs', 'safety.no-prototype-pollution'],
];

describe('wrong modules are caught', () => {
  it.each(wrong)('%s fails %s', async (file, id) => {
    const report = await run(file);
    const check = report.checks.find((c) => c.id === id)!;
    expect(check.status, JSON.stringify(report.checks.map((c) => [c.id, c.status, c.reason]))).toBe('failed');
    expect(report.verdict).toBe('non-conformant');
    const f = check.failures[0]!;
    expect(f.replay).toContain(`--check ${id}`);
    expect(f.expected.length).toBeGreaterThan(0);
    expect(Object.prototype).not.toHaveProperty('enabled');
  });

  it('input mutation is a SHOULD warning, and fails the gate only under --strict', async () => {
    const lax = await run('wrong-mutates-input.mjs');
    expect(lax.checks.find((c) => c.id === 'purity.no-input-mutation')!.status).toBe('failed');
    expect(lax.verdict).toBe('conformant');
    expect(lax.summary.warnings).toBe(1);
    expect((await run('wrong-mutates-input.mjs', true)).verdict).toBe('non-conformant');
  });
});

describe('correct modules pass', () => {
  it.each([
    'correct-sorted-keys.mjs',
    'correct-async.mjs',
    'correct-default-export.mjs',
    'correct-class-instances.mjs',
    'correct-throws-string.mjs',
    'correct-typescript.ts',
    'correct-validate-only.mjs',
    '_base.mjs',
  ])('%s is conformant with no warnings', async (file) => {
    const report = await run(file);
    const bad = report.checks.filter((c) => c.status === 'failed' || c.status === 'errored');
    expect(bad.map((c) => [c.id, c.reason, c.failures[0]])).toEqual([]);
    expect(report.verdict).toBe('conformant');
    expect(report.warnings).toEqual([]);
  });

  it('validate-only: parse and round-trip checks are skipped, not failed', async () => {
    const report = await run('correct-validate-only.mjs');
    expect(report.checks.find((c) => c.id === 'parse.accepts-valid')!.status).toBe('skipped');
    expect(report.checks.find((c) => c.id === 'roundtrip.preserves-data')!.status).toBe('skipped');
  });

  it('stripping unknown properties is a SHOULD warning, failing only under --strict', async () => {
    const lax = await run('correct-strips-unknown.mjs');
    expect(lax.verdict).toBe('conformant');
    expect(lax.checks.find((c) => c.id === 'roundtrip.preserves-unknown')!.status).toBe('failed');
    expect((await run('correct-strips-unknown.mjs', true)).verdict).toBe('non-conformant');
  });
});
