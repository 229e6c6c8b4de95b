// Run health and dying services (SPEC §12): the run says when its own results cannot be trusted, and a service that
// dies mid-run is reported with the requests that were in flight, replayable on their own.
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { cli, readReport, tempDir } from '../support/cli.js';

const running: ChildProcess[] = [];
afterEach(() => {
  for (const p of running.splice(0)) p.kill('SIGKILL');
});

/** Starts test/miniatures/services/faulty-service.mjs with `fault`; resolves to its URL and the signing key file. */
async function service(fault: string, keyDir = tempDir()): Promise<{ url: string; key: string; keyDir: string }> {
  const p = spawn(process.execPath, ['test/miniatures/services/faulty-service.mjs', fault, keyDir], { stdio: ['ignore', 'pipe', 'inherit'] });
  running.push(p);
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: p.stdout! }).once('line', resolve);
    p.once('exit', (code) => reject(new Error(`service exited early (${code})`)));
  });
  return { url, key: join(keyDir, 'private.pem'), keyDir };
}

const check = (url: string, key: string, dir: string, ...more: string[]) =>
  cli(['check', '--target', url, '--signing-key', key, '--allow-writes', '--runs', '5', '--seed', '3', '--report-dir', dir, ...more]);

describe('run health', () => {
  it('a full endpoint URL as --target is exit 2 pointing at the flag, not a non-conformance verdict', async () => {
    const s = await service('unstable-get');
    const r = await check(`${s.url}/projects/test-project/sdk/me`, s.key, tempDir());
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/every request answers 404[\s\S]*Pass the base URL only/);
    expect(r.stderr).toContain(`--target ${s.url}.`);
  });

  it('a GET that is not stable is a warning that skips the persistence check, not a PATCH failure', async () => {
    const s = await service('unstable-get');
    const dir = tempDir();
    const r = await check(s.url, s.key, dir, '--check', 'http.write.persists', '--check', 'http.write.accepts-valid');
    const report = readReport(dir);
    expect(report.warnings.map((w) => w.code)).toEqual(['http-unstable-get']);
    expect(report.checks.find((c) => c.id === 'http.write.persists')).toMatchObject({ status: 'skipped' });
    expect(report.checks.find((c) => c.id === 'http.write.persists')!.reason).toMatch(/persistence checks cannot be trusted/);
    expect(report.checks.find((c) => c.id === 'http.write.accepts-valid')!.status).toBe('passed');
    expect(r.stdout).toMatch(/warning: two GETs of the same untouched user answered differently/);
    expect(r.code).toBe(0);
  });

  it('a token that stops working is named as the likely cause', async () => {
    const s = await service('refuses-after-1');
    const dir = tempDir();
    await check(s.url, s.key, dir, '--check', 'http.read.conforms');
    const w = readReport(dir).warnings.find((x) => x.code === 'http-token-refused');
    expect(w?.message).toMatch(/the token is refused/);
  });
});

describe('a service that dies', () => {
  it('reports the requests in flight (redacted) and a replay that sends exactly them and reproduces the crash', async () => {
    const s = await service('dies-on-constructor');
    const dir = tempDir();
    const r = await check(s.url, s.key, dir);
    expect(r.code, r.stdout + r.stderr).toBe(3);
    const report = readReport(dir);
    const err = report.errors.find((e) => e.inFlight)!;
    expect(err.message).toMatch(/the service stopped answering after \d+ answered requests?/);
    expect(err.inFlight!.some((q) => q.method === 'PATCH' && q.body!.includes('"constructor"'))).toBe(true);
    expect(JSON.stringify(report)).not.toMatch(/eyJhbGci|Bearer\s+eyJ/);
    expect(r.stdout).toContain('In flight when it stopped: PATCH /projects/test-project/sdk/me');
    expect(err.replay).toMatch(/--check http\.no-server-error .*--replay \S*in-flight-[0-9a-f]+\.json/);
    // The replay sends exactly those requests to a fresh instance: it dies again, on its own.
    const again = await service('dies-on-constructor', s.keyDir);
    const file = /--replay (\S+)/.exec(err.replay!)![1]!;
    const replayed = await cli([
      'check',
      '--target',
      again.url,
      '--signing-key',
      s.key,
      '--allow-writes',
      '--check',
      'http.no-server-error',
      '--replay',
      file,
      '--report-dir',
      tempDir(),
    ]);
    expect(replayed.code, replayed.stdout + replayed.stderr).toBe(3);
    expect(replayed.stdout).toMatch(/stopped answering|cannot reach/);
  });
});
