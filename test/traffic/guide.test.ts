// The traffic guide cannot rot: its commands run as documented (this is the one test that runs them; guides.test.ts
// checks that it does), and what they leave behind says what the guide says.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { TrafficReport } from '../../src/traffic/types.js';
import { runDocument } from '../docs/run-document.js';

it('docs/watching-live-traffic.md: every command exits as documented; the proxy saw the live-like differences', async () => {
  await runDocument('docs/watching-live-traffic.md', (cwd) => {
    const report = JSON.parse(readFileSync(join(cwd, 'reports/traffic/conformance.json'), 'utf8')) as TrafficReport;
    expect(report.traffic?.exchanges).toMatchObject({ total: 3, responsesJudged: 3, patchesJudged: 1 });
    expect(report.traffic?.findings.map((f) => [f.text, f.count])).toEqual([
      ['traffic.response.conforms schema-violation at /meta/* (type) [integer]', 3],
      ['traffic.response.conforms schema-violation at /integrations/*/credentialStatus (enum) [enum-miss:unknown-value]', 3],
      ['traffic.response.conforms schema-violation at /integrations/*/enabled (type) [string:json-looking]', 3],
    ]);
    expect(readFileSync(join(cwd, 'fixtures/audit/f961f9e4b39a.ndjson'), 'utf8')).toContain('"PENDING"');
  });
}, 180_000);
