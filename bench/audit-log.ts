/** The audit half of the live-traffic benchmark: a generated ndjson log of a given size, audited by the CLI as a child process; peak RSS and time. */
import { spawn } from 'node:child_process';
import { createWriteStream, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeChunks } from '../src/core/files.js';

const bin = fileURLToPath(new URL('../../bin/paragon-conformance.js', import.meta.url));
const rssHook = `data:text/javascript,${encodeURIComponent("process.on('exit',()=>process.stderr.write('MAXRSS_KB '+process.resourceUsage().maxRSS+'\\n'))")}`;

/** Lines of a realistic log: user bodies of ~0.3–1.5 KB, one PENDING in 97, one userId in 5. */
function* logLines(bytes: number): Generator<string> {
  const lines: string[] = [];
  for (let i = 0; i < 997; i++) {
    const meta = Object.fromEntries(Array.from({ length: i % 23 }, (_, j) => [`key-${j}`, `value ${i}-${j} ${'x'.repeat(j * 3)}`]));
    const integrations = Object.fromEntries(
      ['salesforce', 'hubspot', 'slack']
        .slice(0, i % 4)
        .map((k, j) => [k, { enabled: j % 2 === 0, credentialStatus: i % 97 === 0 ? 'PENDING' : 'VALID', providerId: `p-${i}` }]),
    );
    const user = { ...(i % 5 === 0 ? { userId: `u${i}` } : { id: `u${i}` }), meta, authenticated: true, integrations };
    const request = { method: 'GET', url: 'https://api.example.com/projects/p1/sdk/me', headers: { authorization: 'Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln' } };
    lines.push(
      `${JSON.stringify({ request, response: { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(user) }, time: '2026-01-01T00:00:00Z' })}\n`,
    );
  }
  let written = 0;
  for (let i = 0; written < bytes; i++) {
    const line = lines[i % lines.length]!;
    written += line.length;
    yield line;
  }
}

/** Peak RSS and wall time of `audit` over a generated log of `mb` MiB. */
export async function auditRun(dir: string, mb: number): Promise<{ mb: number; rssMb: number; seconds: number; exchanges: number; code: number | null }> {
  const file = join(dir, `log-${mb}.ndjson`);
  const out = createWriteStream(file);
  await writeChunks(logLines(mb * 1024 * 1024), out);
  await new Promise<void>((r) => out.end(r));
  const size = statSync(file).size;
  const t0 = performance.now();
  const r = await audit(['--import', rssHook, bin, 'audit', file, '--report-dir', join(dir, `audit-${mb}`), '--format', 'json']);
  const secs = (performance.now() - t0) / 1000;
  rmSync(file, { force: true });
  const report = JSON.parse(readFileSync(join(dir, `audit-${mb}`, 'conformance.json'), 'utf8')) as { traffic: { exchanges: { total: number } } };
  return {
    mb: size / 1024 / 1024,
    rssMb: Number(/MAXRSS_KB (\d+)/.exec(r.err)?.[1] ?? Number.NaN) / 1024,
    seconds: secs,
    exchanges: report.traffic.exchanges.total,
    code: r.code,
  };
}

/** Runs node with `args`; resolves with stderr and the exit code. */
function audit(args: string[]): Promise<{ code: number | null; err: string }> {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, CI: 'true' } });
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, err })));
}
