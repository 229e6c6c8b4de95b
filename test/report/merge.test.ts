import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import type { Report } from '../../src/core/types.js';
import { renderJson } from '../../src/report/json.js';
import { computeVerdict, mergeReports, summarize } from '../../src/report/merge.js';
import { validateReport } from '../../src/report/schema.js';
import { matrixOf } from '../../src/report/verdict.js';
import { conformantReport, erroredReport, multiTargetReport, nonConformantReport, splitIntoShards } from './fixtures.js';

/** What must survive sharding: everything except failure order, shard and per-shard durations. */
function totals(r: Report) {
  return {
    verdict: r.verdict,
    summary: r.summary,
    strict: r.strict,
    seed: r.seed,
    notes: r.notes,
    errors: r.errors,
    checks: r.checks.map((c) => ({ id: c.id, status: c.status, cases: c.cases, durationMs: c.durationMs, failures: c.failures.length, reason: c.reason })),
    coverage: r.coverage,
    timing: r.timing,
  };
}

describe('mergeReports', () => {
  for (const [name, make] of [
    ['non-conformant', nonConformantReport],
    ['conformant', conformantReport],
    ['errored', erroredReport],
  ] as const) {
    it(`two shards of the ${name} fixture merge back to the unsharded totals`, () => {
      const whole = make();
      const merged = mergeReports(splitIntoShards(whole, 2));
      expect(totals(merged)).toEqual(totals(whole));
      expect(merged.shard).toBeUndefined();
      expect(validateReport(JSON.parse(renderJson(merged)))).toEqual([]);
    });
  }

  it('does not depend on the order the shards are given in', () => {
    const shards = splitIntoShards(nonConformantReport(), 3);
    expect(renderJson(mergeReports([shards[2]!, shards[0]!, shards[1]!]))).toBe(renderJson(mergeReports(shards)));
  });

  it('takes the worst status per check and recomputes the verdict and summary', () => {
    const [a, b] = splitIntoShards(conformantReport(), 2) as [Report, Report];
    b.checks[0] = { ...b.checks[0]!, status: 'failed', failures: [{ counterexample: {}, expected: 'true', actual: 'false', replay: 'x' }] };
    b.checks[1] = { ...b.checks[1]!, status: 'errored', reason: 'timeout' };
    const m = mergeReports([a, b]);
    expect(m.checks[0]!.status).toBe('failed');
    expect(m.checks[1]!.status).toBe('errored');
    expect(m.checks[1]!.reason).toBe('timeout');
    expect(m.verdict).toBe('non-conformant');
    expect(m.summary).toEqual(summarize(m.checks, false));
    expect(m.verdict).toBe(computeVerdict(m.checks, false));
  });

  it('applies strict: SHOULD failures gate only when strict', () => {
    const shards = splitIntoShards(nonConformantReport(), 2);
    const onlyShould = shards.map((s) => ({
      ...s,
      checks: s.checks.map((c) => (c.level === 'MUST' && c.status === 'failed' ? { ...c, status: 'passed' as const, failures: [] } : c)),
    }));
    expect(mergeReports(onlyShould).verdict).toBe('conformant');
    expect(mergeReports(onlyShould).summary.warnings).toBe(1);
    expect(mergeReports(onlyShould, { strict: true }).verdict).toBe('non-conformant');
    expect(mergeReports(onlyShould.map((s, i) => ({ ...s, strict: i === 1 }))).verdict).toBe('non-conformant');
  });

  it('combines timing: summed cases over the longest shard, worst p99, samples-weighted p50', () => {
    const [a, b] = splitIntoShards(nonConformantReport(), 2) as [Report, Report];
    a.durationMs = 1_000;
    b.durationMs = 4_000;
    a.timing = { cases: 100, casesPerSecond: 100, latency: { p50: 1, p99: 50, samples: 300 } };
    b.timing = { cases: 300, casesPerSecond: 75, latency: { p50: 5, p99: 20, samples: 100 } };
    const m = mergeReports([a, b]);
    expect(m.durationMs).toBe(4_000);
    expect(m.timing).toEqual({ cases: 400, casesPerSecond: 100, latency: { p50: 2, p99: 50, samples: 400 } });
  });

  it('refuses reports with a different seed, schema, target, runs or a repeated shard', () => {
    const [a, b] = splitIntoShards(nonConformantReport(), 2) as [Report, Report];
    const bad = (change: Partial<Report>, pattern: RegExp) => {
      expect(() => mergeReports([a, { ...b, ...change }], { names: ['s1', 's2'] })).toThrow(UsageError);
      expect(() => mergeReports([a, { ...b, ...change }], { names: ['s1', 's2'] })).toThrow(pattern);
    };
    bad({ seed: 7 }, /different seed: s1 has '1337', s2 has '7'/);
    bad({ schema: { ...b.schema, sha256: 'f'.repeat(64) } }, /different schema sha256/);
    bad({ target: { ...b.target, description: 'module:./other.js' } }, /different target/);
    bad({ runs: 5 }, /different runs/);
    bad({ shard: { index: 1, count: 2 } }, /both shard 1\/2/);
    bad({ shard: { index: 3, count: 2 } }, /does not exist/);
    expect(() => mergeReports([])).toThrow(/no reports to merge/);
  });

  it('turns a missing shard into an error verdict unless a failure proves non-conformance', () => {
    const shards = splitIntoShards(conformantReport(), 3);
    const m = mergeReports([shards[0]!, shards[2]!]);
    expect(m.verdict).toBe('error');
    expect(m.errors.at(-1)!.message).toMatch(/missing shard report\(s\) 2\/3/);
    expect(mergeReports(splitIntoShards(nonConformantReport(), 3).slice(0, 2)).verdict).toBe('non-conformant');
  });

  it('keeps __proto__ keys of counterexamples as data through a merge', () => {
    const m = mergeReports(splitIntoShards(nonConformantReport(), 2));
    const ce = m.checks.find((c) => c.id === 'roundtrip.preserves-unknown')!.failures[0]!.counterexample as object;
    expect(Object.hasOwn(ce, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('mergeReports, many targets', () => {
  it('recomputes the targets matrix and keeps every shard’s spec ambiguities', () => {
    const whole = multiTargetReport();
    whole.matrix = matrixOf(whole.checks, whole.targets.length);
    const shards = splitIntoShards(whole, 2).map((s, i) => ({
      ...s,
      // Each shard records the matrix of its own checks and the ambiguities among its own cases.
      matrix: matrixOf(s.checks, s.targets.length),
      ambiguities: [{ json: `{"id":"shard ${i + 1}"}`, kind: 'valid' as const, oracle: true, secondOpinion: false }, ...whole.ambiguities!],
    }));
    expect(shards[0]!.matrix).not.toEqual(whole.matrix); // a finding only the second shard met
    const merged = mergeReports(shards);
    // Failures come back in shard order, so the finding rows are compared by fingerprint.
    const byFingerprint = (m: Report['matrix']) => ({ ...m!, findings: [...m!.findings].sort((a, b) => a.fingerprint.localeCompare(b.fingerprint)) });
    expect(byFingerprint(merged.matrix)).toEqual(byFingerprint(whole.matrix));
    expect(merged.ambiguities!.map((a) => a.json)).toEqual(['{"id":"shard 1"}', whole.ambiguities![0]!.json, '{"id":"shard 2"}']);
    expect(validateReport(JSON.parse(renderJson(merged)))).toEqual([]);
  });
});
