// The report of a proxy or audit run: its counts agree with each other and with the report schema.
import { expect, it } from 'vitest';
import type { TrafficSection } from '../../src/core/traffic.js';
import { validateReport } from '../../src/report/schema.js';
import { trafficReport } from '../../src/traffic/report.js';

const section: TrafficSection = {
  mode: 'audit',
  source: 'access.ndjson',
  exchanges: { total: 10, judged: 4, responsesJudged: 3, patchesJudged: 1, unjudged: 6, upstreamErrors: 0, tooLarge: 0, malformed: 0, byStatus: { '2xx': 10 } },
  findings: [],
  otherFindings: 0,
  observed: { enums: [], unknownProperties: [], mapSizes: [], contentTypes: [] },
  problems: [],
};

it('counts the judged exchanges as its cases, and its rate from the same count', () => {
  const r = trafficReport({
    schema: { $id: 'https://example.test/user.json', sha256: 'a'.repeat(64) },
    target: { kind: 'audit', description: 'access.ndjson' },
    startedAt: new Date('2026-01-01T00:00:00Z'),
    durationMs: 2_000,
    section,
  });
  expect(r.timing).toEqual({ cases: 4, casesPerSecond: 2 });
  expect(r.checks.map((c) => [c.id, c.status, c.cases])).toEqual([
    ['traffic.response.conforms', 'passed', 3],
    ['traffic.patch.profile', 'passed', 1],
  ]);
  expect(validateReport(JSON.parse(JSON.stringify(r)))).toEqual([]);
});
