/**
 * Benchmarks live traffic (SPEC §15), every part a process of its own: autocannon against the reference service
 * directly and through `proxy` (same server, same connections; interleaved rounds, best of each), the latency the proxy
 * adds at a fixed request rate, and the peak RSS of `audit` over a generated ~1 GB ndjson log (deleted after).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { auditRun } from './audit-log.js';

/** The part of autocannon's API used here (it ships no types). */
type Autocannon = (opts: { url: string; connections: number; duration: number; headers: Record<string, string> }) => Promise<{
  requests: { average: number; total: number };
  non2xx: number;
  errors: number;
}>;

const bin = fileURLToPath(new URL('../../bin/paragon-conformance.js', import.meta.url));
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const connections = 16;
const probes = Number(process.env.BENCH_PROBES ?? 5000);
const ms = (x: number) => x.toFixed(3);
const auditMb = Number(process.env.BENCH_AUDIT_MB ?? 1024);

/** Prints the process's CPU time (user + system, µs) when it exits. */
const cpuHook = `data:text/javascript,${encodeURIComponent("process.on('exit',()=>{const u=process.cpuUsage();process.stderr.write('CPU_US '+(u.user+u.system)+'\\n')})")}`;

/** A started CLI process: its URL, and its CPU time in µs once it has ended. */
interface Started {
  child: ChildProcess;
  url: string;
  cpu: Promise<number>;
}

/** Starts the CLI as a process (CPU time reported at exit) and resolves with the first http URL it prints. */
function start(args: string[], script = bin): Promise<Started> {
  const child = spawn(process.execPath, ['--import', cpuHook, script, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CI: 'true' } });
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const cpu = new Promise<number>((done) => child.on('close', () => done(Number(/CPU_US (\d+)/.exec(err)?.[1] ?? Number.NaN))));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) resolve({ child, url: m[1]!, cpu });
    });
    child.on('close', (code) => reject(new Error(`${args[0]} exited ${code}: ${out}`)));
  });
}

/** Runs the CLI to the end; resolves with stdout, stderr and the exit code. */
function run(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CI: 'true' } });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, out, err })));
}

const ended = (child: ChildProcess) => new Promise((r) => child.on('close', r));

/** One GET over `agent`; resolves with its wall time in ms (high resolution; autocannon reports whole milliseconds). */
function timedGet(url: string, headers: Record<string, string>, agent: Agent): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const req = request(url, { headers, agent }, (res) => {
      res.resume();
      res.on('end', () => (res.statusCode === 200 ? resolve(performance.now() - t0) : reject(new Error(`status ${res.statusCode}`))));
    });
    req.on('error', reject);
    req.end();
  });
}

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)] ?? 0;

/** The latency the proxy adds, without queueing: one request at a time, direct and proxied alternating (so load drift hits both). */
async function probeLatency(direct: string, proxied: string, headers: Record<string, string>) {
  const agents = { direct: new Agent({ keepAlive: true, maxSockets: 1 }), proxy: new Agent({ keepAlive: true, maxSockets: 1 }) };
  const times = { direct: [] as number[], proxy: [] as number[] };
  for (let i = 0; i < 200; i++) await Promise.all([timedGet(direct, headers, agents.direct), timedGet(proxied, headers, agents.proxy)]); // warm-up
  for (let i = 0; i < probes; i++) {
    times.direct.push(await timedGet(direct, headers, agents.direct));
    times.proxy.push(await timedGet(proxied, headers, agents.proxy));
  }
  agents.direct.destroy();
  agents.proxy.destroy();
  const stats = (xs: number[]) => ({ p50: percentile(xs, 50), p99: percentile(xs, 99) });
  return { direct: stats(times.direct), proxy: stats(times.proxy) };
}

/** Proxy vs direct: requests/s at saturation, and the latency added one request at a time. */
async function benchForwarding(dir: string): Promise<string[]> {
  const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;
  const serve = await start(['serve', '--port', '0', '--key-dir', dir]);
  const token = (await run(['serve', '--print-token', '--key-dir', dir, '--sub', 'bench'])).out.trim();
  const proxy = await start(['proxy', '--upstream', serve.url, '--port', '0', '--report-dir', join(dir, 'report'), '--format', 'json']);
  const bare = await start([serve.url], fileURLToPath(new URL('./bare-proxy.js', import.meta.url)));
  const path = '/projects/test-project/sdk/me';
  const headers = { authorization: `Bearer ${token}` };
  const best = { direct: 0, bare: 0, proxy: 0 };
  const sent = { proxy: 0, direct: 0, bare: 0 };
  for (let round = 0; round < 2; round++) {
    for (const [name, base] of [
      ['direct', serve.url],
      ['bare', bare.url],
      ['proxy', proxy.url],
    ] as const) {
      const r = await autocannon({ url: base + path, connections, duration: seconds, headers });
      if (r.non2xx || r.errors) throw new Error(`${name}: ${r.non2xx} non-2xx, ${r.errors} errors`);
      best[name] = Math.max(best[name], r.requests.average);
      sent[name] += r.requests.total;
    }
  }
  const lat = await probeLatency(serve.url + path, proxy.url + path, headers);
  sent.proxy += probes + 200;
  sent.direct += probes + 200;
  proxy.child.kill('SIGINT');
  await ended(proxy.child);
  bare.child.kill('SIGINT');
  await ended(bare.child);
  serve.child.kill('SIGINT');
  await ended(serve.child);
  const report = JSON.parse(readFileSync(join(dir, 'report', 'conformance.json'), 'utf8')) as {
    traffic: { exchanges: { total: number; responsesJudged: number }; findings: unknown[] };
  };
  const x = report.traffic.exchanges;
  const perExchange = (await proxy.cpu) / x.total;
  const perRequest = (await serve.cpu) / (sent.direct + sent.bare + x.total);
  const perBare = (await bare.cpu) / sent.bare;
  return [
    `autocannon GET sdk/me, ${connections} connections, ${seconds} s, best of 2 interleaved rounds: direct ${best.direct.toFixed(0)} req/s, through the proxy ${best.proxy.toFixed(0)} req/s`,
    `ratio proxy / direct: ${(best.proxy / best.direct).toFixed(2)} (goal >= 0.8); fair baseline, a bare node:http pipe proxy judging nothing: ${best.bare.toFixed(0)} req/s, ratio ${(best.bare / best.direct).toFixed(2)}`,
    `latency, ${probes} sequential keep-alive GETs each, direct and proxied alternating: p50 ${ms(lat.direct.p50)} → ${ms(lat.proxy.p50)} ms, p99 ${ms(lat.direct.p99)} → ${ms(lat.proxy.p99)} ms; added p50 ${ms(lat.proxy.p50 - lat.direct.p50)} ms, added p99 ${ms(lat.proxy.p99 - lat.direct.p99)} ms (goal < 1 ms)`,
    `the proxy judged ${x.responsesJudged} of ${x.total} exchanges (sent ${sent.proxy}), ${report.traffic.findings.length} findings`,
    `CPU per request (user + system, start-up included): the proxy ${perExchange.toFixed(0)} µs per exchange (forwarding and judging), the bare proxy ${perBare.toFixed(0)} µs, the reference service ${perRequest.toFixed(0)} µs`,
  ];
}

/** Runs both parts and returns printable lines. Needs the build (`npm run bench` builds first). */
export async function benchProxy(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'paragon-bench-proxy-'));
  try {
    const forwarding = await benchForwarding(dir);
    const audits = [];
    for (const mb of auditMb > 0 ? [Math.max(1, Math.round(auditMb / 10)), auditMb] : []) audits.push(await auditRun(dir, mb)); // BENCH_AUDIT_MB=0 skips
    return [
      '## proxy',
      ...forwarding,
      ...audits.map(
        (a) =>
          `audit of a ${a.mb.toFixed(0)} MiB ndjson log (${a.exchanges} exchanges): peak RSS ${a.rssMb.toFixed(1)} MiB, ${a.seconds.toFixed(1)} s (${(a.mb / a.seconds).toFixed(1)} MiB/s, exit ${a.code})`,
      ),
    ].join('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.stdout.write(`${await benchProxy()}\n`);
