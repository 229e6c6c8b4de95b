// Distinct findings (SPEC §12): every bug of a check is found in one run, each with a fingerprint that does not depend
// on the seed; a failure that only follows from another check's finding says so.
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/types.js';
import { runConformance } from '../../src/engine/runner.js';
import { testOptions } from '../support/options.js';

const dir = 'test/miniatures/modules';
const run = (file: string, seed: number, over: Parameters<typeof testOptions>[0] = {}): Promise<Report> =>
  runConformance(testOptions({ target: `module:${dir}/${file}`, seed, runs: 60, ...over }));
const findingsOf = (r: Report, check: string) => r.checks.find((c) => c.id === check)!.failures;

describe('findings', () => {
  it('two independent bugs in one check are two findings, with the same fingerprints under three seeds', async () => {
    const prints: string[][] = [];
    for (const seed of [1, 2, 3]) {
      const f = findingsOf(await run('wrong-two-bugs.mjs', seed), 'validate.rejects-invalid');
      prints.push(f.map((x) => `${x.fingerprint} ${x.signature}`).sort());
      for (const x of f) {
        expect(x.fingerprint).toMatch(/^[0-9a-f]{12}$/);
        expect(x.hits).toBeGreaterThanOrEqual(1);
      }
    }
    expect(prints[0]).toHaveLength(2);
    expect(prints[0]!.join('\n')).toMatch(/\/integrations\/\*\/credentialStatus \(enum\) \[string:enum-case\]/);
    expect(prints[0]!.join('\n')).toMatch(/\/meta\/\* \(type\)/);
    expect(prints[1]).toEqual(prints[0]);
    expect(prints[2]).toEqual(prints[0]);
  });

  it('the search goes on after the first failure: hits count every failing case of a finding', async () => {
    const f = findingsOf(await run('wrong-enum-case.mjs', 4, { runs: 200 }), 'validate.rejects-invalid');
    expect(f).toHaveLength(1);
    expect(f[0]!.hits).toBeGreaterThan(3);
  });

  it('--max-findings caps the findings and counts the rest as unattributed', async () => {
    const r = await run('wrong-two-bugs.mjs', 1, { maxFindings: 1 });
    const c = r.checks.find((x) => x.id === 'validate.rejects-invalid')!;
    expect(c.failures).toHaveLength(1);
    expect(c.unattributed).toBeGreaterThan(0);
  });

  it('a round trip that fails only because parse rejected the user follows from the parse finding', async () => {
    const r = await run('wrong-parse-drops-proto.mjs', 5);
    const parse = findingsOf(r, 'parse.accepts-valid');
    expect(parse.map((f) => f.signature).join('\n')).toMatch(/rejected-valid at \/meta\/\{__proto__\}/);
    const consequences = findingsOf(r, 'roundtrip.preserves-data');
    expect(consequences.length).toBeGreaterThan(0);
    for (const f of consequences) expect(f.causedBy).toEqual({ check: 'parse.accepts-valid', fingerprint: parse[0]!.fingerprint });
  });

  it('a bug with no place (a decoder that throws on noncharacters anywhere) is one finding per check at **, the same on every seed', async () => {
    const seen: string[][] = [];
    for (const seed of [1, 2, 3]) {
      const r = await run('wrong-throws-on-noncharacters.mjs', seed, { runs: 200 });
      const accepts = findingsOf(r, 'validate.accepts-valid').map((f) => f.signature!);
      seen.push(accepts.sort());
      for (const c of r.checks) expect(c.unattributed ?? 0, `${c.id} seed ${seed}`).toBe(0);
      // Invalid cases that throw because of a noncharacter elsewhere follow from validate.total's finding in the same
      // report, and are located by the noncharacter, not by their violation.
      const total = new Set(findingsOf(r, 'validate.total').map((f) => f.fingerprint));
      const rejects = findingsOf(r, 'validate.rejects-invalid');
      expect(rejects.length).toBeGreaterThan(0);
      for (const f of rejects) {
        expect(f.signature).toMatch(/threw at \*\*/);
        expect(total.has(f.causedBy!.fingerprint), `${f.signature} -> ${f.causedBy!.fingerprint}`).toBe(true);
      }
    }
    expect(seen[0]).toEqual(['validate.accepts-valid threw at ** [string:noncharacter]', 'validate.accepts-valid threw at **/{noncharacter}']);
    expect(seen[1]).toEqual(seen[0]);
    expect(seen[2]).toEqual(seen[0]);
  });

  it('a bug with a place keeps it: empty maps dropped in the round trip are found at /meta and /integrations, not **', async () => {
    const f = findingsOf(await run('wrong-drops-empty-maps.mjs', 2), 'roundtrip.preserves-data');
    const places = f.map((x) => x.signature!).join('\n');
    expect(places).toMatch(/at \/meta/);
    expect(places).not.toMatch(/\*\*/);
  });

  it('every valid case rejected is a run-health warning naming the likely cause', async () => {
    const r = await run('wrong-rejects-everything.mjs', 6);
    expect(r.warnings.map((w) => w.code)).toContain('all-valid-rejected');
    expect(r.warnings.find((w) => w.code === 'all-valid-rejected')!.message).toMatch(/wired to the right function/);
    const ok = await run('wrong-enum-case.mjs', 6);
    expect(ok.warnings).toEqual([]);
  });
});
