/** Builds the report of a proxy or audit run: the traffic rules as checks (so every renderer shows them) plus the `traffic` section. Pure. */
import { toolName, toolVersion } from '../core/tool.js';
import type { CheckResult, Failure, Report, RunWarning } from '../core/types.js';
import { plural } from '../report/text.js';
import { computeVerdict, summarize } from '../report/verdict.js';
import type { TrafficFinding, TrafficReport, TrafficRule, TrafficSection } from './types.js';

/** The traffic rules, as the report's checks. */
export const trafficRules: readonly { id: TrafficRule; title: string; none: string }[] = [
  {
    id: 'traffic.response.conforms',
    title: 'sdk/me 2xx responses are application/json and valid Connected Users',
    none: 'no 2xx GET or PATCH sdk/me response was seen',
  },
  {
    id: 'traffic.patch.profile',
    title: 'PATCH sdk/me request bodies are {"meta": {…strings}}',
    none: 'no PATCH sdk/me request was seen',
  },
];

/** What the report needs besides the section. */
export interface TrafficRun {
  schema: { $id: string; sha256: string };
  target: Report['target'];
  startedAt: Date;
  durationMs: number;
  section: TrafficSection;
  /** Interruptions and other reasons the run is incomplete. */
  errors?: Report['errors'];
}

/** The replay command of a finding's fixture, or why there is none. */
export function replayOf(f: TrafficFinding): string {
  if (f.fixtureFile && f.replayable) return `npx paragon-conformance check --replay ${f.fixtureFile}`;
  if (f.fixture && !f.replayable) return '(no replay: the fixture breaks the PATCH profile, not the Connected User schema)';
  if (f.fixture) return '(pass --fixtures DIR to export this fixture for check --replay)';
  return '(no replay: not a schema violation of a JSON value)';
}

function failureOf(f: TrafficFinding): Failure {
  const seen = `${plural(f.count, 'time')} in ${plural(f.exchanges, 'exchange')}, first at ${f.firstSeen.where}${f.firstSeen.at ? ` (${f.firstSeen.at})` : ''}`;
  return {
    counterexample: f.fixture ? f.fixture.instance : null,
    ...(f.fixture ? { violation: f.fixture.violation, shrinkSteps: f.fixture.shrinkSteps } : {}),
    expected: f.expected,
    actual: `${f.actual}; ${seen} [fingerprint ${f.fingerprint}]`,
    replay: replayOf(f),
    ...(f.fixtureFile ? { replayFile: f.fixtureFile } : {}),
    http: { request: { method: f.request.method, path: f.request.path }, response: { status: f.request.status } },
  };
}

function checkOf(rule: (typeof trafficRules)[number], section: TrafficSection): CheckResult {
  const cases = rule.id === 'traffic.response.conforms' ? section.exchanges.responsesJudged : section.exchanges.patchesJudged;
  const failures = section.findings.filter((f) => f.rule === rule.id).map(failureOf);
  const status = failures.length ? 'failed' : cases > 0 ? 'passed' : 'skipped';
  return { id: rule.id, level: 'MUST', title: rule.title, status, cases, failures, ...(status === 'skipped' ? { reason: rule.none } : {}), durationMs: 0 };
}

/** Run health (SPEC §12): what makes the verdict less telling than it looks. */
function warningsOf(s: TrafficSection): RunWarning[] {
  const x = s.exchanges;
  const out: RunWarning[] = [];
  const warn = (code: string, message: string) => out.push({ code, message });
  if (x.judged === 0)
    warn(
      'traffic-nothing-judged',
      `no sdk/me exchange was judged (${x.total} seen): only GET and PATCH …/projects/{id}/sdk/me are judged${s.mode === 'proxy' ? '; is the client pointed at the proxy?' : ''}`,
    );
  if (x.upstreamErrors) warn('traffic-upstream-errors', `the upstream did not answer ${plural(x.upstreamErrors, 'request')} (the proxy answered 502)`);
  if (x.tooLarge) warn('traffic-too-large', `${x.tooLarge} bod${x.tooLarge === 1 ? 'y was' : 'ies were'} over the size limit: passed on, not judged`);
  if (x.malformed) warn('traffic-malformed', `${plural(x.malformed, 'malformed input')} skipped (see traffic.problems)`);
  return out;
}

/** The report: `traffic.*` checks (MUST), verdict by the usual rules, and the `traffic` section. */
export function trafficReport(run: TrafficRun): TrafficReport {
  const checks = trafficRules.map((r) => checkOf(r, run.section));
  const seconds = run.durationMs / 1000;
  const verdict = computeVerdict(checks, false, run.errors ?? []);
  const summary = summarize(checks, false);
  return {
    tool: { name: toolName, version: toolVersion },
    schema: run.schema,
    target: run.target,
    targets: [{ target: run.target, verdict, summary }],
    seed: 0,
    runs: 0,
    strict: false,
    startedAt: run.startedAt.toISOString(),
    durationMs: Math.round(run.durationMs),
    verdict,
    summary,
    checks,
    coverage: [],
    timing: { cases: run.section.exchanges.judged, casesPerSecond: seconds > 0 ? Math.round(run.section.exchanges.judged / seconds) : 0 },
    errors: run.errors ?? [],
    warnings: warningsOf(run.section),
    notes: run.section.otherFindings ? [`${run.section.otherFindings} further distinct findings were counted but not listed`] : [],
    traffic: run.section,
  };
}
