// Wrong implementations that only the hostile dictionary catches (SPEC §10): caught on every seed with --runs 0, and
// not by the edge phase alone; correct ones (a strict JSON decoder, a Map-based model) still pass.
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/types.js';
import { runConformance } from '../../src/engine/runner.js';
import { testOptions } from '../support/options.js';

const modules = 'test/miniatures/modules';
const harnesses = 'test/miniatures/harnesses';
const seeds = [1, 20261128, 987654321];

/** Each wrong implementation, the class of SPEC §10 it fails on, and the check that must catch it. */
const wrong: [target: string, cls: string, check: string][] = [
  [`module:${modules}/wrong-root-json-text.mjs`, 'JSON-looking strings where an object is due', 'validate.rejects-invalid'],
  [`module:${modules}/wrong-root-path-or-url.mjs`, 'path- and URL-looking strings where an object is due', 'validate.rejects-invalid'],
  [`module:${modules}/wrong-nul-keys-truncated.mjs`, 'NUL in keys', 'roundtrip.preserves-data'],
  [`cmd:python3 ${harnesses}/wrong-nul-led-keys.py`, 'NUL-led keys refused by the decoder', 'validate.accepts-valid'],
  [`module:${modules}/wrong-noncharacters.mjs`, 'noncharacters', 'validate.accepts-valid'],
  [`cmd:python3 ${harnesses}/wrong-noncharacters.py`, 'noncharacters refused by the decoder', 'validate.accepts-valid'],
  [`module:${modules}/wrong-lone-surrogates.mjs`, 'lone surrogates', 'validate.accepts-valid'],
  [`cmd:python3 ${harnesses}/wrong-lone-surrogates.py`, 'lone surrogates raise in a UTF-8 encoder (threw)', 'validate.total'],
  [`module:${modules}/wrong-pairs-any-surrogate.mjs`, 'a high surrogate paired with whatever escape follows', 'roundtrip.preserves-data'],
  [`module:${modules}/wrong-strips-bom.mjs`, 'BOM', 'roundtrip.preserves-data'],
  [`module:${modules}/wrong-strips-bidi.mjs`, 'zero-width and bidi marks', 'roundtrip.preserves-data'],
  [`module:${modules}/wrong-zalgo-filter.mjs`, 'combining sequences', 'roundtrip.preserves-data'],
  [`module:${modules}/wrong-pointer-unescape.mjs`, 'JSON-pointer syntax in keys', 'validate.rejects-invalid'],
  [`module:${modules}/wrong-skips-schema-keywords.mjs`, 'keys named like schema keywords', 'validate.rejects-invalid'],
  [`module:${modules}/wrong-skips-method-names.mjs`, 'Object.prototype names as keys', 'validate.rejects-invalid'],
  [`module:${modules}/wrong-proto-merge.mjs`, 'valid values under __proto__', 'validate.accepts-valid'],
  [`module:${modules}/wrong-skips-line-break-keys.mjs`, 'keys with line terminators and tabs', 'validate.rejects-invalid'],
  [`module:${modules}/wrong-string-coercion.mjs`, 'objects shadowing prototype methods where a string is due', 'validate.total'],
  [`module:${modules}/wrong-unwraps-singleton-arrays.mjs`, 'non-empty arrays where an object is due', 'validate.rejects-invalid'],
  [`module:${modules}/wrong-unsafe-integers.mjs`, 'numbers that lose precision (2^53+1, 1e308)', 'validate.accepts-valid'],
  [`module:${modules}/wrong-float32-numbers.mjs`, 'numbers that lose precision in the encoder (SHOULD)', 'roundtrip.preserves-unknown'],
  [`module:${modules}/wrong-enum-nul-terminated.mjs`, 'enum near miss: trailing NUL', 'validate.rejects-invalid'],
  [`module:${modules}/wrong-enum-nfkc.mjs`, 'enum near miss: fullwidth forms', 'validate.rejects-invalid'],
  [`module:${modules}/wrong-enum-confusables.mjs`, 'enum near miss: Unicode look-alikes', 'validate.rejects-invalid'],
];

const run = (target: string, check: string, seed: number, dictionary?: false, runs = 0): Promise<Report> =>
  runConformance(testOptions({ target, seed, runs, checks: [check], ...(dictionary === false ? { dictionary } : {}) }));

describe('only the hostile dictionary catches them', () => {
  it.each(wrong)('%s (%s) fails %s on every seed with --runs 0 and by default, and passes the edge phase alone', async (target, _cls, check) => {
    for (const seed of seeds) {
      const report = await run(target, check, seed);
      const result = report.checks[0]!;
      expect(result.status, `seed ${seed}: ${JSON.stringify(result)}`).toBe('failed');
      expect(report.verdict).toBe(check === 'roundtrip.preserves-unknown' ? 'conformant' : 'non-conformant'); // a SHOULD failure is a warning
      expect(report.dictionary!.entries).toBeGreaterThan(100);
      expect(result.failures[0]!.replay).toContain(`--check ${check}`);
    }
    expect((await run(target, check, 4242, undefined, 200)).checks[0]!.status, 'default --runs').toBe('failed');
    const edgeOnly = await run(target, check, seeds[0]!, false);
    expect(edgeOnly.checks[0]!.status, JSON.stringify(edgeOnly.checks[0]!.failures[0])).toBe('passed');
  });
});

describe('the real-world deviations of issue 9, with their minimal counterexamples', () => {
  it.each([
    [`module:${modules}/wrong-root-json-text.mjs`, 'validate.rejects-invalid', '"{}"'],
    [`module:${modules}/wrong-root-path-or-url.mjs`, 'validate.rejects-invalid', '"/"'],
    [`cmd:python3 ${harnesses}/wrong-nul-led-keys.py`, 'validate.accepts-valid', '{"\\u0000":""}'],
    [`cmd:python3 ${harnesses}/wrong-noncharacters.py`, 'validate.accepts-valid', '{"a":"\uffff"}'],
    [`module:${modules}/wrong-string-coercion.mjs`, 'validate.total', '{"id":{"toString":0}}'],
    [`module:${modules}/wrong-skips-line-break-keys.mjs`, 'validate.rejects-invalid', '{"meta":{"\\n":0}}'],
  ])('%s: %s with %s', async (target, check, minimal) => {
    const f = (await run(target, check, 7)).checks[0]!.failures[0]!;
    expect(JSON.stringify(f.counterexample)).toBe(minimal);
  });
});

describe('no false alarm', () => {
  it.each([
    `cmd:python3 ${harnesses}/correct-strict-json.py`,
    `module:${modules}/correct-map-model.mjs`,
    'cmd:node examples/node-harness/harness.mjs',
    'module:examples/vitest-project/src/connected-user.mjs',
  ])('%s is conformant with no warnings, on every seed', async (target) => {
    for (const seed of seeds.slice(0, 2)) {
      const report = await runConformance(testOptions({ target, seed, runs: 50 }));
      const bad = report.checks.filter((c) => c.status === 'failed' || c.status === 'errored');
      expect(bad.map((c) => [c.id, c.reason, c.failures[0]])).toEqual([]);
      expect(report.verdict).toBe('conformant');
      expect(report.warnings).toEqual([]);
    }
  });
});
