// The `proxy` and `audit` commands as a user runs them: the report on SIGINT or --duration, exit codes, fixtures that
// `check --replay` takes (a wrong implementation fails on them, a correct one passes).
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startReferenceService } from '../../src/http/service.js';
import { validateReport } from '../../src/report/schema.js';
import type { TrafficReport } from '../../src/traffic/types.js';
import { bin, cli, tempDir } from '../support/cli.js';
import { ndjsonLog } from './logs.js';
import { faults, me, send, withFault } from './support.js';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of closers.splice(0)) await c();
});

/** Starts `proxy` as a process; resolves with its URL (from its first line), a way to signal it, and its end. */
function startProxyCli(args: string[], cwd: string) {
  const child = spawn(process.execPath, [bin, 'proxy', '--port', '0', ...args], {
    cwd,
    env: { ...process.env, CI: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const ended = new Promise<{ code: number | null; out: string; err: string }>((done) => child.on('close', (code) => done({ code, out, err })));
  const url = new Promise<string>((done, fail) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /proxy: (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) done(m[1]!);
    });
    child.on('close', () => fail(new Error(`proxy exited early: ${out}${err}`)));
  });
  return { url, ended, signal: (s: NodeJS.Signals) => child.kill(s) };
}

const reportIn = (dir: string) => JSON.parse(readFileSync(join(dir, 'conformance.json'), 'utf8')) as TrafficReport;

describe('proxy (CLI)', () => {
  it('SIGINT writes the report (all formats, schema-valid, no token), exits 1 on violations; the fixture replays', async () => {
    const service = await startReferenceService({ wrap: withFault(faults.pending) });
    closers.push(() => service.close());
    const token = await service.mintToken('alice');
    const cwd = tempDir('pc-proxy-');
    const p = startProxyCli(['--upstream', service.url, '--report-dir', 'out', '--fixtures', 'fx'], cwd);
    const url = await p.url;
    for (let i = 0; i < 3; i++) expect((await send(url + me, { headers: ['Authorization', `Bearer ${token}`] })).status).toBe(200);
    p.signal('SIGINT');
    const r = await p.ended;
    expect(r.code, r.out + r.err).toBe(1);
    const report = reportIn(join(cwd, 'out'));
    expect(validateReport(report)).toEqual([]);
    expect(report.traffic!.findings.map((f) => [f.location, f.count])).toEqual([['/integrations/*/credentialStatus', 3]]);
    expect(readdirSync(join(cwd, 'out')).sort()).toEqual(['conformance.html', 'conformance.json', 'conformance.md', 'junit.xml']);
    expect(readFileSync(join(cwd, 'out', 'junit.xml'), 'utf8')).toContain('name="traffic.violations" value="3"');
    expect(readFileSync(join(cwd, 'out', 'conformance.md'), 'utf8')).toContain('| `/integrations/*/credentialStatus` | `"PENDING"` | 3 | `NO` |');
    expect(readFileSync(join(cwd, 'out', 'conformance.html'), 'utf8')).toContain('<section id="traffic">');
    for (const f of readdirSync(join(cwd, 'out'))) expect(readFileSync(join(cwd, 'out', f), 'utf8')).not.toContain(token);
    expect(r.out).not.toContain(token);

    const [fixture] = readdirSync(join(cwd, 'fx'));
    const replay = (target: string) =>
      cli(['check', '--replay', join(cwd, 'fx', fixture!), '--target', target, '--runner', 'inline', '--report-dir', join(cwd, 'replayed')]);
    const wrong = await replay('module:test/miniatures/modules/wrong-enum-pending.mjs');
    expect(wrong.code, wrong.stdout + wrong.stderr).toBe(1);
    expect(wrong.stdout).toContain('counterexample: {"integrations":{"a":{"credentialStatus":"PENDING"}}}');
    const right = await replay('module:examples/vitest-project/src/connected-user.mjs');
    expect(right.code, right.stdout + right.stderr).toBe(0);
  });

  it('--duration stops by itself; a correct service exits 0', async () => {
    const service = await startReferenceService();
    closers.push(() => service.close());
    const token = await service.mintToken('bob');
    const cwd = tempDir('pc-proxy-');
    const p = startProxyCli(['--upstream', service.url, '--duration', '2', '--format', 'json'], cwd);
    const url = await p.url;
    expect((await send(url + me, { headers: ['Authorization', `Bearer ${token}`] })).status).toBe(200);
    const r = await p.ended;
    expect(r.code, r.out + r.err).toBe(0);
    const report = reportIn(join(cwd, 'reports'));
    expect([report.verdict, report.traffic!.exchanges.responsesJudged]).toEqual(['conformant', 1]);
    expect(r.out).toMatch(/verdict: conformant — 0 violations/);
  });

  it('usage errors exit 2 and say what to do', async () => {
    expect(await cli(['proxy'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/--upstream is required/) });
    expect(await cli(['proxy', '--upstream', 'ftp://x'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/http:\/\/ or https:\/\//) });
    expect(await cli(['proxy', '--upstream', 'http://user:pw@x'])).toMatchObject({ code: 2, stderr: expect.not.stringContaining('pw') });
    const service = await startReferenceService();
    closers.push(() => service.close());
    const busy = await cli(['proxy', '--upstream', service.url, '--port', String(service.port)]);
    expect(busy).toMatchObject({ code: 2, stderr: expect.stringMatching(/already in use/) });
  });
});

describe('audit (CLI)', () => {
  it('exit 1 with findings, 0 when clean, 2 for a missing file', async () => {
    const cwd = tempDir('pc-audit-cli-');
    writeFileSync(join(cwd, 'log.ndjson'), ndjsonLog);
    writeFileSync(join(cwd, 'clean.ndjson'), `${ndjsonLog.split('\n')[0]}\n`);
    expect((await cli(['audit', 'log.ndjson'], { cwd })).code).toBe(1);
    expect((await cli(['audit', 'clean.ndjson'], { cwd })).code).toBe(0);
    expect((await cli(['audit', 'missing.har'], { cwd })).code).toBe(2);
  });
});
