/** A three-target run with findings of every standing (new, known, expired, caused-by), run health, baseline, disagreements and history. */
import type { CheckResult, Failure, Report } from '../../src/core/types.js';
import { computeVerdict, summarize } from '../../src/report/verdict.js';
import { levelAndTitle } from './fixture-checks.js';

/** Fingerprints of the fixture's findings, by what they are. */
export const FP = {
  enumCase: 'a1b2c3d4e5f6',
  expired: 'e0e0e0e0e0e1',
  knownProto: 'c0ffee000001',
  parseProto: 'd00d00d00d01',
  consequence: 'ca05edb70001',
  unknownKnown: 'beefbeef0002',
  mutation: 'f00df00d0003',
  fixed: '0123456789ab',
} as const;

/** The checks each target of the multi-target run has, in report order. */
const ids = [
  'validate.accepts-valid',
  'validate.rejects-invalid',
  'validate.total',
  'parse.accepts-valid',
  'roundtrip.output-valid',
  'roundtrip.preserves-unknown',
  'purity.no-input-mutation',
];

const replay = (t: string, id: string, fp: string) =>
  `npx paragon-conformance check --target '${t}' --check ${id} --seed 7 --replay reports/replays/${id}-${fp}.json`;

function finding(t: string, check: string, fp: string, what: string, over: Partial<Failure> = {}): Failure {
  return {
    fingerprint: fp,
    signature: `${check} ${what}`,
    failureClass: what.split(' ')[0]!,
    hits: 3,
    counterexample: { integrations: { a: { credentialStatus: 'valid' } } },
    expected: 'validate → false',
    actual: 'validate → true',
    replay: replay(t, check, fp),
    shrinkSteps: 2,
    ...over,
  };
}

function check(id: string, status: CheckResult['status'], target: number, failures: Failure[] = [], extra: Partial<CheckResult> = {}): CheckResult {
  return { id, ...levelAndTitle(id), status, cases: status === 'skipped' ? 0 : 200, failures, durationMs: 150, target, ...extra };
}

const T2 = 'module:./codec</script>.js';

function codecChecks(): CheckResult[] {
  const known = { status: 'known' as const, reason: 'our library drops __proto__ keys; tracked upstream', link: 'https://github.com/acme/codec/issues/12' };
  const rejects = [
    finding(T2, 'validate.rejects-invalid', FP.enumCase, 'accepted-invalid at /integrations/*/credentialStatus (enum) [string:enum-case]', {
      hits: 15,
      baseline: { status: 'new' },
      violation: { instancePath: '/integrations/a/credentialStatus', keyword: 'enum', schemaPath: '#/$defs/UserIntegration/properties/credentialStatus/enum' },
    }),
    finding(T2, 'validate.rejects-invalid', FP.expired, 'accepted-invalid at /meta/* (type)', {
      baseline: { status: 'expired', reason: 'waiting for the 3.3 release', expires: '2026-06-30' },
      counterexample: { meta: { k: 1 } },
    }),
    finding(T2, 'validate.rejects-invalid', FP.knownProto, 'accepted-invalid at /integrations/__proto__ (type) [key:__proto__]', { baseline: known }),
  ];
  const parse = finding(T2, 'parse.accepts-valid', FP.parseProto, 'rejected-valid at /meta/* [key:__proto__]', {
    baseline: { status: 'new' },
    counterexample: JSON.parse('{"meta":{"__proto__":"x</script><script>alert(1)</script>\\u0000\\ud800"}}') as unknown,
    expected: 'parse accepts a valid user',
    actual: 'rejected: unexpected key',
  });
  const consequence = finding(T2, 'roundtrip.output-valid', FP.consequence, 'rejected-valid at /meta/* [key:__proto__]', {
    baseline: { status: 'new' },
    causedBy: { check: 'parse.accepts-valid', fingerprint: FP.parseProto },
    counterexample: parse.counterexample,
    expected: 'serialize(parse(x)) is a valid user',
    actual: 'rejected: unexpected key',
  });
  return [
    check('validate.accepts-valid', 'passed', 1),
    check('validate.rejects-invalid', 'failed', 1, rejects, { unattributed: 4 }),
    check('validate.total', 'passed', 1),
    check('parse.accepts-valid', 'failed', 1, [parse]),
    check('roundtrip.output-valid', 'failed', 1, [consequence]),
    check('roundtrip.preserves-unknown', 'known', 1, [
      finding(T2, 'roundtrip.preserves-unknown', FP.unknownKnown, 'lost-data at /*', { baseline: { ...known, reason: 'unknown keys are dropped by design' } }),
    ]),
    check('purity.no-input-mutation', 'failed', 1, [
      finding(T2, 'purity.no-input-mutation', FP.mutation, 'changed-value at /meta', { baseline: { status: 'new' } }),
    ]),
  ];
}

/** Three targets: the reference (conformant), a codec with findings of every standing, a harness that crashed. */
export function multiTargetReport(): Report {
  const crashed: Record<string, Partial<CheckResult> & { status: CheckResult['status'] }> = {
    'validate.accepts-valid': { status: 'errored', reason: 'target error: harness exited with code 1 before answering seq 44' },
    'validate.rejects-invalid': { status: 'skipped', reason: 'not run: the target crashed' },
    'validate.total': { status: 'errored', reason: 'internal error: TypeError in the edge-case generator' },
  };
  const checks: CheckResult[] = [
    ...ids.map((id) => check(id, 'passed', 0)),
    ...codecChecks(),
    ...ids.map((id) => {
      const { status, ...extra } = crashed[id] ?? { status: 'skipped', reason: 'the target offers no roundtrip operation' };
      return check(id, status, 2, [], extra);
    }),
  ];
  const errors: Report['errors'] = [
    { message: 'harness exited with code 1 before answering seq 44', check: 'validate.accepts-valid', target: 2 },
    { message: 'TypeError: cannot read properties of undefined (edge.ts:42)', check: 'validate.total', target: 2, internal: true },
  ];
  const infos: Report['target'][] = [
    { kind: 'reference', description: 'reference (embedded implementation)' },
    { kind: 'module', description: T2, implementation: { name: 'acme-codec', language: 'typescript', version: '3.2.0' } },
    { kind: 'cmd', description: 'cmd:python3 harness.py', implementation: { name: 'pyimpl', language: 'python' } },
  ];
  const targets = infos.map((target, i) => {
    const own = checks.filter((c) => c.target === i);
    return {
      target,
      verdict: computeVerdict(
        own,
        false,
        errors.filter((e) => e.target === i),
      ),
      summary: summarize(own, false),
    };
  });
  return {
    tool: { name: 'paragon-conformance', version: '0.2.0' },
    schema: {
      $id: 'https://github.com/api-evangelist/paragon/blob/main/json-schema/user.json',
      sha256: 'b5a1c0ffee0ddba11deadbeef0123456789abcdef0123456789abcdef0123456',
    },
    target: { kind: 'multi', description: `3 targets: ${infos.map((t) => t.description).join('; ')}` },
    targets,
    seed: 7,
    runs: 200,
    strict: false,
    startedAt: '2026-11-30T10:00:00.000Z',
    durationMs: 8_400,
    verdict: 'non-conformant',
    summary: summarize(checks, false),
    checks,
    coverage: [{ location: '#/$defs/UserIntegration/properties/credentialStatus', valid: 300, invalid: 40, failedChecks: ['validate.rejects-invalid'] }],
    timing: { cases: checks.reduce((n, c) => n + c.cases, 0), casesPerSecond: 350, latency: { p50: 0.9, p99: 7.5, samples: 1200 } },
    errors,
    warnings: [
      { code: 'all-valid-rejected', message: 'every valid case was rejected: is the target wired to the right function?', target: 2 },
      { code: 'http-unstable-get', message: 'GET is not stable between two reads of an untouched user: persistence checks cannot be trusted', target: 0 },
    ],
    notes: [],
    baseline: {
      file: 'paragon-conformance.baseline.json',
      entries: 5,
      known: 2,
      expired: 1,
      fixed: [{ fingerprint: FP.fixed, check: 'validate.total', reason: 'threw on deep arrays; fixed in 3.1' }],
    },
    disagreements: [
      {
        check: 'validate.rejects-invalid',
        fingerprint: FP.enumCase,
        signature: `validate.rejects-invalid accepted-invalid at /integrations/*/credentialStatus (enum) [string:enum-case]`,
        counterexample: { integrations: { a: { credentialStatus: 'valid' } } },
        outcomes: ['passes', 'fails', 'errored'],
      },
      {
        check: 'parse.accepts-valid',
        fingerprint: FP.parseProto,
        signature: 'parse.accepts-valid rejected-valid at /meta/* [key:__proto__]',
        counterexample: JSON.parse('{"meta":{"__proto__":"x"}}') as unknown,
        outcomes: ['passes', 'fails', 'skipped'],
      },
    ],
    ambiguities: [{ json: '{"id":"\\ud800"}', kind: 'valid', oracle: true, secondOpinion: false, label: 'lone surrogate in id' }],
    history: [
      {
        target: 'reference (embedded implementation)',
        points: [
          { date: '2026-11-01T10:00:00.000Z', verdict: 'conformant', findings: 0 },
          { date: '2026-11-15T10:00:00.000Z', verdict: 'conformant', findings: 0 },
          { date: '2026-11-30T10:00:00.000Z', verdict: 'conformant', findings: 0 },
        ],
      },
      {
        target: T2,
        points: [
          { date: '2026-10-01T10:00:00.000Z', version: '3.0.0', verdict: 'non-conformant', findings: 9 },
          { date: '2026-10-20T10:00:00.000Z', version: '3.1.0', verdict: 'non-conformant', findings: 6 },
          { date: '2026-11-10T10:00:00.000Z', version: '3.1.5', verdict: 'error', findings: 6 },
          { date: '2026-11-30T10:00:00.000Z', version: '3.2.0', verdict: 'non-conformant', findings: 7 },
        ],
      },
    ],
  };
}

/** The codec target of `multiTargetReport` alone: a single-target run with a baseline, findings of every standing and run health. */
export function baselinedReport(): Report {
  const { disagreements: _d, ambiguities: _a, ...m } = multiTargetReport();
  const checks = m.checks.filter((c) => c.target === 1).map((c) => ({ ...c, target: 0 }));
  const t = m.targets[1]!;
  return {
    ...m,
    target: t.target,
    targets: [t],
    verdict: t.verdict,
    summary: t.summary,
    checks,
    errors: [],
    warnings: [{ code: 'all-valid-rejected', message: 'every valid case was rejected: is the target wired to the right function?' }],
    history: m.history!.slice(1),
  };
}
