import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/types.js';
import { renderJunit } from '../../src/report/junit.js';
import { baselinedReport, FP, multiTargetReport, nonConformantReport } from './fixtures.js';

// biome-ignore lint/suspicious/noExplicitAny: parsed XML has no static shape
type Node = Record<string, any>;
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['testsuite', 'testcase', 'property'].includes(name) });

function suitesOf(xml: string): { root: Node; suites: Node[] } {
  expect(XMLValidator.validate(xml)).toBe(true);
  const root = (parser.parse(xml) as Node).testsuites as Node;
  return { root, suites: root.testsuite as Node[] };
}

const count = (cases: Node[], key: string) => cases.filter((t) => t[key] !== undefined).length;

/** Totals of a suite as the elements say, beside what its attributes claim. */
function recount(suite: Node): { claimed: number[]; counted: number[] } {
  const cases = (suite.testcase ?? []) as Node[];
  return {
    claimed: ['@tests', '@failures', '@errors', '@skipped'].map((k) => Number(suite[k])),
    counted: [cases.length, count(cases, 'failure'), count(cases, 'error'), count(cases, 'skipped')],
  };
}

describe('renderJunit, many targets and a baseline', () => {
  it('writes one testsuite per target, named after it, with totals that match its testcases', () => {
    const r = multiTargetReport();
    const { root, suites } = suitesOf(renderJunit(r));
    expect(suites.map((s) => s['@name'])).toEqual(r.targets.map((t) => t.target.description));
    for (const s of suites) {
      const { claimed, counted } = recount(s);
      expect(claimed).toEqual(counted);
    }
    const sum = (k: string) => suites.reduce((n, s) => n + Number(s[k]), 0);
    expect(['@tests', '@failures', '@errors', '@skipped'].map((k) => Number(root[k]))).toEqual(['@tests', '@failures', '@errors', '@skipped'].map(sum));
    expect(suites[1]!.properties.property.find((p: Node) => p['@name'] === 'verdict')['@value']).toBe('non-conformant');
    expect(suites[0]!.properties.property.find((p: Node) => p['@name'] === 'verdict')['@value']).toBe('conformant');
  });

  it('gives each finding a testcase: new and expired fail, known are skipped with the reason, SHOULD warnings pass', () => {
    const { suites } = suitesOf(renderJunit(multiTargetReport()));
    const cases = suites[1]!.testcase as Node[];
    const one = (name: string) => cases.find((t) => t['@name'] === name)!;
    const fresh = one(`validate.rejects-invalid ${FP.enumCase}`);
    expect(fresh['@classname']).toBe('paragon-conformance.MUST.validate.rejects-invalid');
    expect(fresh.failure['@message']).toMatch(new RegExp(`^validate.rejects-invalid \\(MUST\\) finding ${FP.enumCase} NEW: .*, 15 cases: expected`));
    expect(one(`validate.rejects-invalid ${FP.expired}`).failure['@message']).toContain('EXPIRED (accepted until 2026-06-30)');
    expect(one(`validate.rejects-invalid ${FP.expired}`).failure['#text']).toContain('Baseline: expired on 2026-06-30: waiting for the 3.3 release');
    expect(one(`validate.rejects-invalid ${FP.knownProto}`).skipped['@message']).toBe(
      'known: our library drops __proto__ keys; tracked upstream (https://github.com/acme/codec/issues/12)',
    );
    expect(one(`roundtrip.preserves-unknown ${FP.unknownKnown}`).skipped['@message']).toMatch(/^known: unknown keys are dropped by design/);
    const warn = one(`purity.no-input-mutation ${FP.mutation}`);
    expect(warn.failure).toBeUndefined();
    expect(warn['system-out']).toMatch(/^WARNING \(SHOULD, not gating without --strict\)/);
    expect(one('validate.accepts-valid')['@classname']).toBe('paragon-conformance.MUST'); // a check without findings: one testcase
    expect(one(`validate.rejects-invalid ${FP.expired}`).failure['#text']).toContain('… and 4 more failing cases not attributed');
  });

  it('keeps a failing testcase for a check whose findings are all known but that failed on unattributed cases', () => {
    const r = baselinedReport();
    const check = r.checks.find((c) => c.id === 'validate.rejects-invalid')!;
    check.failures = check.failures.filter((f) => f.baseline?.status === 'known');
    expect([check.status, check.unattributed]).toEqual(['failed', 4]);
    const cases = (suitesOf(renderJunit(r)).suites[0]!.testcase as Node[]).filter((t) => t['@name'].startsWith('validate.rejects-invalid'));
    expect(cases.map((t) => t['@name'])).toEqual([`validate.rejects-invalid ${FP.knownProto}`, 'validate.rejects-invalid']);
    expect(cases[0]!.skipped).toBeDefined();
    expect(cases[1]!.failure['@message']).toBe(
      'validate.rejects-invalid (MUST) failed: … and 4 more failing cases not attributed (raise --max-findings to see more)',
    );
  });

  it('says a consequence follows from its cause', () => {
    const { suites } = suitesOf(renderJunit(multiTargetReport()));
    const echo = (suites[1]!.testcase as Node[]).find((t) => t['@name'] === `roundtrip.output-valid ${FP.consequence}`)!;
    expect(echo.failure['@message']).toContain(`; follows from parse.accepts-valid ${FP.parseProto}:`);
    expect(echo.failure['#text']).toContain(
      `Follows from parse.accepts-valid ${FP.parseProto} (a consequence of that finding, not a separate bug: fix that one first)`,
    );
  });

  it('reports errors (internal ones as bugs of this tool), run health and fixed baseline entries', () => {
    const { suites } = suitesOf(renderJunit(multiTargetReport()));
    const crashed = (name: string) => (suites[2]!.testcase as Node[]).find((t) => t['@name'] === name)!;
    expect(crashed('validate.total').error['@type']).toBe('InternalError');
    expect(crashed('validate.total').error['#text']).toContain('internal error (a bug in paragon-conformance): TypeError');
    expect(crashed('validate.accepts-valid').error['@type']).toBe('TargetError');
    expect(suites[2]!['system-out']).toContain('warning (run health): every valid case was rejected');
    expect(suites[0]!['system-out']).toContain(`fixed: remove it from the baseline: validate.total finding ${FP.fixed}`);
    expect(suites[1]!['system-out']).toBeUndefined();
  });

  it('fails the XML too when stale baseline entries alone fail the gate (--strict-baseline)', () => {
    const r: Report = { ...nonConformantReport(), checks: [], verdict: 'non-conformant' };
    r.targets = [{ ...r.targets[0]!, verdict: 'conformant' }];
    r.baseline = { file: 'b.json', entries: 1, known: 0, expired: 0, fixed: [{ fingerprint: FP.fixed, check: 'validate.total', reason: 'fixed upstream' }] };
    const { root, suites } = suitesOf(renderJunit(r));
    expect(suites).toHaveLength(2);
    expect(suites[1]!['@name']).toBe('baseline b.json');
    expect(suites[1]!.testcase[0]['@name']).toBe(`validate.total ${FP.fixed}`);
    expect(suites[1]!.testcase[0].failure['@message']).toMatch(/^fixed: remove it from the baseline/);
    expect(root['@failures']).toBe('1');
    const lenient = suitesOf(renderJunit({ ...r, verdict: 'conformant' }));
    expect(lenient.suites).toHaveLength(1);
  });

  it('reads reports written before multi-target runs (no targets, no warnings)', () => {
    const { targets: _t, warnings: _w, ...old } = nonConformantReport();
    const { suites } = suitesOf(renderJunit(old as Report));
    expect(suites).toHaveLength(1);
    expect(suites[0]!['@failures']).toBe('4');
  });
});
