// --second-opinion (SPEC §13): where ajv and an independent validator disagree, the case is a spec ambiguity, left
// out of every check and listed in the report; a target is never blamed for it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runConformance } from '../../src/engine/runner.js';
import { tempDir } from '../support/cli.js';
import { testOptions } from '../support/options.js';

/** The Connected User schema with `format: "email"` on `id`: ajv asserts formats, the 2020-12 default only annotates. */
function emailIdSchema(): string {
  const doc = JSON.parse(readFileSync('schemas/connected-user.schema.json', 'utf8')) as { properties: { id: Record<string, unknown> } };
  doc.properties.id = { ...doc.properties.id, format: 'email' };
  const file = join(tempDir(), 'email-id.schema.json');
  writeFileSync(file, JSON.stringify(doc));
  return file;
}

describe('second opinion', () => {
  it('format cases the two validators judge differently are ambiguities, not findings against the target', async () => {
    const schemaPath = emailIdSchema();
    const base = {
      target: 'module:test/miniatures/modules/correct-ignores-formats.mjs',
      schemaPath,
      checks: ['validate.rejects-invalid', 'validate.accepts-valid'],
      runs: 60,
      seed: 2,
    };
    const alone = await runConformance(testOptions(base));
    expect(alone.verdict).toBe('non-conformant');
    expect(alone.checks.find((c) => c.id === 'validate.rejects-invalid')!.failures[0]!.signature).toMatch(/at \/id \(format\)/);
    const both = await runConformance(testOptions({ ...base, secondOpinion: true }));
    expect(both.verdict).toBe('conformant');
    expect(both.ambiguities!.length).toBeGreaterThan(0);
    for (const a of both.ambiguities!) expect([a.kind, a.oracle, a.secondOpinion]).toEqual(['invalid', false, true]);
  });

  it('on the Connected User schema itself the two validators agree on every case', async () => {
    const r = await runConformance(
      testOptions({
        target: 'module:test/miniatures/modules/_base.mjs',
        secondOpinion: true,
        runs: 100,
        checks: ['validate.accepts-valid', 'validate.rejects-invalid'],
      }),
    );
    expect(r.ambiguities).toEqual([]);
    expect(r.verdict).toBe('conformant');
  });
});
