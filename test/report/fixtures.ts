/** Realistic report fixtures: a conformant run, a non-conformant one (MUST + SHOULD failures, hostile strings), an errored one, and (fixtures-multi) a multi-target run with a baseline. */
import type { CheckResult, CoverageEntry, Failure, Report } from '../../src/core/types.js';
import { fixtureChecks as ids, levelAndTitle } from './fixture-checks.js';

export { baselinedReport, FP, multiTargetReport } from './fixtures-multi.js';

export const SHA = 'b5a1c0ffee0ddba11deadbeef0123456789abcdef0123456789abcdef0123456';
/** A token that must never reach a written file when passed as a secret. */
export const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.secret-user-token.sig';

const locations = [
  '#',
  '#/properties/id',
  '#/properties/meta',
  '#/properties/meta/additionalProperties',
  '#/properties/authenticated',
  '#/properties/integrations',
  '#/properties/integrations/additionalProperties',
  '#/$defs/UserIntegration',
  '#/$defs/UserIntegration/properties/enabled',
  '#/$defs/UserIntegration/properties/credentialStatus',
  '#/$defs/UserIntegration/properties/providerId',
];

function coverage(failed: Record<string, string[]> = {}): CoverageEntry[] {
  return locations.map((location, i) => ({ location, valid: 400 - i * 31, invalid: i === 0 ? 12 : i * 7, failedChecks: failed[location] ?? [] }));
}

function check(id: string, status: CheckResult['status'], cases: number, failures: Failure[] = [], reason?: string): CheckResult {
  return { id, ...levelAndTitle(id), status, cases, failures, durationMs: cases * 3 + 7, ...(reason ? { reason } : {}) };
}

const httpSkip = 'not an HTTP target (use --target http://… or the reference)';

function base(over: Partial<Report>): Report {
  const r: Report = {
    tool: { name: 'paragon-conformance', version: '0.1.0' },
    schema: { $id: 'https://github.com/api-evangelist/paragon/blob/main/json-schema/user.json', sha256: SHA },
    target: { kind: 'reference', description: 'reference (embedded module and HTTP service)' },
    seed: 42,
    runs: 100,
    strict: false,
    startedAt: '2025-01-02T03:04:05.678Z',
    durationMs: 2_500,
    verdict: 'conformant',
    summary: { passed: 0, failed: 0, skipped: 0, errored: 0, warnings: 0 },
    checks: [],
    coverage: coverage(),
    timing: { cases: 0, casesPerSecond: 0 },
    errors: [],
    warnings: [],
    notes: [],
    targets: [],
    ...over,
  };
  // One target: its verdict and summary are the run's.
  return { ...r, targets: [{ target: r.target, verdict: r.verdict, summary: r.summary }] };
}

const replay = (id: string, n: number) =>
  `npx paragon-conformance check --target 'module:./impl</script>.js' --check ${id} --seed 42 --replay reports/cases/${id}-${n}.json`;

/** A run where every applicable check passed (HTTP checks skipped: module target). */
export function conformantReport(): Report {
  const checks = ids.map(([id]) => (id.startsWith('http.') ? check(id, 'skipped', 0, [], httpSkip) : check(id, 'passed', 120)));
  const cases = checks.reduce((n, c) => n + c.cases, 0);
  return base({
    target: { kind: 'module', description: 'module:./impl.js', implementation: { name: 'impl', language: 'typescript', version: '1.2.3' } },
    checks,
    verdict: 'conformant',
    summary: { passed: 10, failed: 0, skipped: 2, errored: 0, warnings: 0 },
    timing: { cases, casesPerSecond: cases / 2.5 },
    notes: ['HTTP checks skipped: the target is a module'],
  });
}

/** A run with MUST failures (hostile strings, `__proto__` keys) and a SHOULD failure (a warning when not strict). */
export function nonConformantReport(): Report {
  const enumFail = (path: string, value: string): Failure => ({
    counterexample: JSON.parse(`{"integrations":{"__proto__":{"credentialStatus":${JSON.stringify(value)}},"x</script>":{}}}`) as unknown,
    violation: { instancePath: path, keyword: 'enum', schemaPath: '#/$defs/UserIntegration/properties/credentialStatus/enum' },
    expected: 'validate returns false',
    actual: 'validate returned true',
    replay: '',
    replayFile: 'cases/validate.rejects-invalid.json',
    shrinkSteps: 4,
  });
  const rejects = [
    enumFail('/integrations/__proto__/credentialStatus', ' VALID'),
    enumFail('/integrations/__proto__/credentialStatus', 'PENDING]]><&amp;'),
    enumFail('/integrations/__proto__/credentialStatus', 'valid\u0000\u0007\u001b[31m\ud800'),
  ].map((f, i) => ({ ...f, replay: replay('validate.rejects-invalid', i) }));
  const preserves: Failure = {
    counterexample: JSON.parse('{"__proto__":{"polluted":"yes"},"constructor":{"prototype":1},"extra":"<img src=x onerror=alert(1)>"}') as unknown,
    expected: 'unknown properties survive the round trip ("__proto__", "constructor", "extra")',
    actual: 'output lacks "__proto__" & "extra" </pre></details><script>alert(1)</script>',
    replay: replay('roundtrip.preserves-unknown', 0),
  };
  const data: Failure = {
    counterexample: { meta: { '': 'x'.repeat(5_000) } },
    expected: 'meta[""] preserved',
    actual: 'meta[""] missing ```` backticks | pipes',
    replay: replay('roundtrip.preserves-data', 0),
    http: { request: { method: 'GET', path: '/projects/p/sdk/me' }, response: { status: 200, contentType: 'application/json', bodyExcerpt: '{"meta":{}}' } },
  };
  const checks = ids.map(([id]) => {
    if (id === 'validate.rejects-invalid') return check(id, 'failed', 150, rejects);
    if (id === 'roundtrip.preserves-data') return check(id, 'failed', 90, [data]);
    if (id === 'roundtrip.preserves-unknown') return check(id, 'failed', 80, [preserves]);
    if (id.startsWith('http.')) return check(id, 'skipped', 0, [], `${httpSkip} <b>&</b>`);
    return check(id, 'passed', 120);
  });
  const cases = checks.reduce((n, c) => n + c.cases, 0);
  return base({
    target: { kind: 'module', description: 'module:./impl</script><script>alert(1)</script>.js' },
    seed: 1337,
    strict: false,
    checks,
    verdict: 'non-conformant',
    summary: { passed: 7, failed: 2, skipped: 2, errored: 0, warnings: 1 },
    coverage: coverage({
      '#/$defs/UserIntegration/properties/credentialStatus': ['validate.rejects-invalid'],
      '#/properties/meta/additionalProperties': ['roundtrip.preserves-data'],
    }),
    timing: { cases, casesPerSecond: Math.round(cases / 2.5), latency: { p50: 1.5, p99: 12, samples: cases } },
    notes: ['read-only: writes were not sent', 'note with ]]> and \u0001 control'],
  });
}

/** A cmd run whose harness crashed: one check errored, the rest never started. */
export function erroredReport(): Report {
  const checks = ids.map(([id]) => {
    if (id === 'validate.accepts-valid') return check(id, 'passed', 40);
    if (id === 'validate.rejects-invalid') return check(id, 'errored', 3, [], 'target error: harness exited with code 1 before answering seq 44');
    return check(id, 'skipped', 0, [], 'not run: the target crashed');
  });
  return base({
    target: { kind: 'cmd', description: 'cmd:python3 harness.py', implementation: { name: 'pyimpl', language: 'python' } },
    checks,
    verdict: 'error',
    summary: { passed: 1, failed: 0, skipped: 10, errored: 1, warnings: 0 },
    timing: { cases: 43, casesPerSecond: 17.2, latency: { p50: 0.8, p99: 4.1, samples: 43 } },
    errors: [{ message: 'harness exited with code 1 before answering seq 44', check: 'validate.rejects-invalid' }, { message: 'interrupted \u0003 by SIGINT' }],
  });
}

/** Splits a report into `n` shard reports whose merge should give back the same totals. */
export function splitIntoShards(report: Report, n: number): Report[] {
  const part = (total: number, i: number) => Math.floor(total / n) + (i < total % n ? 1 : 0);
  return Array.from({ length: n }, (_, i) => {
    const checks = report.checks.map((c): CheckResult => {
      const failures = c.failures.filter((_, k) => k % n === i);
      const status = c.status === 'failed' ? (failures.length ? 'failed' : 'passed') : c.status;
      return { ...c, status, cases: part(c.cases, i), durationMs: part(c.durationMs, i), failures };
    });
    return {
      ...report,
      shard: { index: i + 1, count: n },
      checks,
      coverage: report.coverage.map((e) => ({ ...e, valid: part(e.valid, i), invalid: part(e.invalid, i), failedChecks: i === 0 ? e.failedChecks : [] })),
      timing: {
        ...report.timing,
        cases: part(report.timing.cases, i),
        ...(report.timing.latency ? { latency: { ...report.timing.latency, samples: part(report.timing.latency.samples, i) } } : {}),
      },
      errors: i === 0 ? report.errors : [],
    };
  });
}
