import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../src/core/types.js';
import { computeVerdict, exitCodeFor, summarize, worstStatus } from '../../src/report/verdict.js';
import { conformantReport, erroredReport, nonConformantReport } from './fixtures.js';

const c = (level: CheckResult['level'], status: CheckResult['status']) => ({ level, status });

describe('summarize', () => {
  it('matches the fixtures and puts every check in exactly one bucket', () => {
    for (const r of [conformantReport(), nonConformantReport(), erroredReport()]) {
      const s = summarize(r.checks, r.strict);
      expect(s).toEqual(r.summary);
      expect(s.passed + s.failed + s.skipped + s.errored + s.warnings).toBe(r.checks.length);
    }
  });

  it('counts SHOULD failures as warnings unless strict', () => {
    const checks = [c('MUST', 'failed'), c('SHOULD', 'failed'), c('SHOULD', 'passed')];
    expect(summarize(checks, false)).toEqual({ passed: 1, failed: 1, skipped: 0, errored: 0, warnings: 1 });
    expect(summarize(checks, true)).toEqual({ passed: 1, failed: 2, skipped: 0, errored: 0, warnings: 0 });
  });
});

describe('computeVerdict', () => {
  it('is conformant when only SHOULD checks fail and not strict, non-conformant when strict', () => {
    const checks = [c('MUST', 'passed'), c('SHOULD', 'failed')];
    expect(computeVerdict(checks, false)).toBe('conformant');
    expect(computeVerdict(checks, true)).toBe('non-conformant');
  });

  it('lets a MUST failure win over errors (it is proof), and errors win over passes', () => {
    expect(computeVerdict([c('MUST', 'failed'), c('MUST', 'errored')], false)).toBe('non-conformant');
    expect(computeVerdict([c('MUST', 'passed'), c('MUST', 'errored')], false)).toBe('error');
    expect(computeVerdict([c('MUST', 'passed')], false, [{ message: 'interrupted' }])).toBe('error');
    expect(computeVerdict([c('MUST', 'passed'), c('MUST', 'skipped')], false)).toBe('conformant');
  });

  it('agrees with the fixtures and maps to exit codes 0/1/3', () => {
    for (const r of [conformantReport(), nonConformantReport(), erroredReport()]) expect(computeVerdict(r.checks, r.strict, r.errors)).toBe(r.verdict);
    const codes = (['conformant', 'non-conformant', 'error'] as const).map((verdict) => exitCodeFor({ verdict, errors: [] }));
    expect(codes).toEqual([0, 1, 3]);
    expect(exitCodeFor({ verdict: 'error', errors: [{ message: 'x' }, { message: 'bug', internal: true }] })).toBe(4);
  });
});

describe('worstStatus', () => {
  it('orders failed > errored > passed > skipped', () => {
    expect(worstStatus(['passed', 'failed', 'errored'])).toBe('failed');
    expect(worstStatus(['passed', 'errored', 'skipped'])).toBe('errored');
    expect(worstStatus(['skipped', 'passed'])).toBe('passed');
    expect(worstStatus(['skipped', 'skipped'])).toBe('skipped');
  });
});
