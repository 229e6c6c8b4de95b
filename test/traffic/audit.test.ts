// `audit` over ndjson logs and HAR files: known counts, malformed input counted and never fatal, fixtures, exit codes.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateReport } from '../../src/report/schema.js';
import type { TrafficReport } from '../../src/traffic/types.js';
import { tempDir } from '../support/cli.js';
import { runCli } from '../support/in-process.js';
import { har, ndjsonLog, secret } from './logs.js';

async function audit(args: string[], files: Record<string, string>) {
  const cwd = tempDir('pc-audit-');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(cwd, name), text);
  const { code, out, err } = await runCli(cwd, 'audit', ...args);
  const report = (() => {
    try {
      return JSON.parse(readFileSync(join(cwd, 'reports', 'conformance.json'), 'utf8')) as TrafficReport;
    } catch {
      return undefined;
    }
  })();
  const everything = () =>
    ['conformance.json', 'conformance.md', 'conformance.html', 'junit.xml'].map((f) => readFileSync(join(cwd, 'reports', f), 'utf8')).join('\n') + out + err;
  return { code, out, err, cwd, report, everything };
}

describe('audit', () => {
  it('an ndjson log: exact counts, malformed lines reported with their line numbers, exit 1', async () => {
    const r = await audit(['traffic.ndjson', '--fixtures', 'fixtures'], { 'traffic.ndjson': ndjsonLog });
    expect(r.code, r.err).toBe(1);
    const s = r.report!.traffic!;
    expect(validateReport(r.report)).toEqual([]);
    expect(s.exchanges).toEqual({
      total: 10,
      judged: 8,
      responsesJudged: 7,
      patchesJudged: 2,
      unjudged: 2,
      upstreamErrors: 0,
      tooLarge: 0,
      malformed: 2,
      byStatus: { '2xx': 8, '4xx': 2 },
    });
    expect(s.problems).toEqual([
      { where: 'traffic.ndjson:4', reason: 'not JSON' },
      { where: 'traffic.ndjson:5', reason: 'request.method and request.url (or path) must be strings' },
    ]);
    expect(s.findings.map((f) => [f.text, f.count])).toEqual([
      ['traffic.response.conforms schema-violation at /integrations/*/credentialStatus (enum) [enum-miss:unknown-value]', 2],
      ['traffic.response.conforms schema-violation at /integrations/*/enabled (type) [string:json-looking]', 1],
      ['traffic.patch.profile invalid-patch at /meta/* (type) [integer]', 1],
      ['traffic.response.conforms schema-violation at /integrations/*/credentialStatus (enum) [enum-miss:case]', 1],
    ]);
    expect(s.findings[0]!.firstSeen).toEqual({ exchange: 2, where: 'traffic.ndjson:2', at: '2026-01-02T03:04:05.000Z' });
    expect(s.findings[0]!.lastSeen.where).toBe('traffic.ndjson:3');
    expect(s.observed.unknownProperties).toEqual([{ location: '/', names: [{ name: 'userId', count: 1 }], otherNames: 0 }]);
    expect(r.report!.checks.map((c) => [c.id, c.status, c.cases, c.failures.length])).toEqual([
      ['traffic.response.conforms', 'failed', 7, 3],
      ['traffic.patch.profile', 'failed', 2, 1],
    ]);
    expect(r.everything()).not.toContain(secret);
    const files = s.findings.map((f) => f.fixtureFile);
    expect(files.every((f) => f?.startsWith('fixtures/'))).toBe(true);
    expect(readFileSync(join(r.cwd, files[0]!), 'utf8')).toBe(
      '{"instance":{"integrations":{"a":{"credentialStatus":"PENDING"}}},"violation":{"instancePath":"/integrations/a/credentialStatus","keyword":"enum","schemaPath":"#/$defs/UserIntegration/properties/credentialStatus/enum"}}\n',
    );
    expect(r.out).toContain(`fixture ${files[0]}`);
    expect(r.report!.checks[0]!.failures[0]!.replay).toBe(`npx paragon-conformance check --replay ${files[0]}`);
  });

  it('a HAR file: base64 bodies, mimeType as content type, an entry without response counted as malformed', async () => {
    const r = await audit(['session.har'], { 'session.har': har });
    expect(r.code).toBe(1);
    const s = r.report!.traffic!;
    expect(s.exchanges).toMatchObject({ total: 3, judged: 3, responsesJudged: 2, patchesJudged: 1, malformed: 1 });
    expect(s.problems).toEqual([{ where: 'session.har entry 3', reason: 'expected a HAR entry with request and response' }]);
    expect(s.findings.map((f) => [f.text, f.count])).toEqual([
      ['traffic.response.conforms schema-violation at /integrations/*/credentialStatus (enum) [enum-miss:padded]', 1],
      ['traffic.patch.profile invalid-patch at /meta (type) [empty-array]', 1],
    ]);
    expect(r.everything()).not.toContain(secret);
  });

  it('a HAR file cut in the middle: the entries before the cut are judged, the cut is reported', async () => {
    const r = await audit(['cut.har'], { 'cut.har': har.slice(0, har.indexOf('"startedDateTime":"2026-01-02T03:04:07')) });
    expect(r.code).toBe(1);
    const s = r.report!.traffic!;
    expect(s.exchanges).toMatchObject({ total: 2, malformed: 1 });
    expect(s.problems[0]!.reason).toMatch(/^not a valid HAR file after entry 2/);
  });

  it('a clean log exits 0; several files add up; a log without sdk/me says so', async () => {
    const clean = ndjsonLog.split('\n').slice(0, 1).join('\n');
    const r = await audit(['a.ndjson', 'b.log'], { 'a.ndjson': clean, 'b.log': clean });
    expect(r.code, r.out).toBe(0);
    expect(r.report!.traffic!.exchanges.judged).toBe(2);
    const none = await audit(['c.ndjson'], { 'c.ndjson': '' });
    expect(none.code).toBe(0);
    expect(none.report!.warnings.map((w) => w.code)).toEqual(['traffic-nothing-judged']);
  });

  it('bad usage: no file, a missing file, a directory (exit 2, saying what to do)', async () => {
    expect((await audit([], {})).err).toMatch(/name at least one HAR file or ndjson exchange log/);
    const missing = await audit(['nope.ndjson'], {});
    expect([missing.code, missing.err]).toEqual([2, expect.stringMatching(/cannot read nope\.ndjson \(ENOENT\)/)]);
    const dir = await audit(['.'], {});
    expect(dir.code).toBe(2);
  });

  it('a schema the traffic judge cannot place is a usage error (exit 2)', async () => {
    const anchored = JSON.stringify({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $defs: { s: { $anchor: 'str', type: 'string' } },
      properties: { id: { $ref: '#str' } },
    });
    const r = await audit(['log.ndjson', '--schema', 'anchored.json'], { 'log.ndjson': '', 'anchored.json': anchored });
    expect([r.code, r.err]).toEqual([2, expect.stringMatching(/local JSON pointers/)]);
  });

  it('a line longer than the limit is skipped and reported, the next line still read', async () => {
    const third = ndjsonLog.split('\n')[2]!;
    const long = third.replace('"userId"', `"pad":"${'x'.repeat(17 * 1024 * 1024)}","userId"`);
    expect(long.length).toBeGreaterThan(17 * 1024 * 1024);
    const r = await audit(['big.ndjson', '--max-body', '1000'], { 'big.ndjson': `${long}\n${third}\n` });
    const s = r.report!.traffic!;
    expect(s.exchanges).toMatchObject({ total: 1, malformed: 1 });
    expect(s.problems[0]).toEqual({ where: 'big.ndjson:1', reason: `line longer than ${16 * 1024 * 1024} bytes` });
  });
});
