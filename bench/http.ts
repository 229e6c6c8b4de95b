/**
 * The HTTP suite end to end, as processes, beside autocannon on the same server: the reference service runs in a
 * process of its own (`http-server.ts`) and counts what it answers; the full suite with minted users and writes
 * (`check --target URL --signing-key KEY --allow-writes --concurrency 8`) and autocannon at 8 connections take turns.
 * Fair mix: autocannon sends the suite's own mix of requests (GET, valid PATCH, invalid PATCH, bad token, in the
 * proportions the server counted for the suite), the suite's bodies, and a fresh user's token per request (2,000
 * minted before its clock starts), as the suite mints one per case. Rates are the server's count over the time between
 * the first and the last request it saw; the suite's whole-process rate (start-up included) is printed too.
 *
 * Two more contenders put the ratio in context, both sending the suite's mix and exactly the suite's number of
 * requests from a fresh process, as the suite does: autocannon, and the plainest node:http client (a keep-alive loop
 * that reads each answer and judges nothing), the ceiling of any client built on node:http.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ServerStats } from './http-server.js';
import { before, bestMedian, load, root, runNode } from './process.js';

const ROUNDS = Number(process.env.BENCH_HTTP_ROUNDS ?? 3);
const CONCURRENCY = 8;
const SECONDS = 5;
const GOAL = 'autocannon, the suite mix';

/** The server process, asked for its counts over IPC. */
class Server {
  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
    readonly keyFile: string,
  ) {}

  static async start(): Promise<Server> {
    const child = fork(join(root, 'dist/bench/http-server.js'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const { url, keyFile } = await new Promise<{ url: string; keyFile: string }>((resolve) => child.once('message', (m) => resolve(m as never)));
    return new Server(child, url, keyFile);
  }

  private ask<T>(m: string): Promise<T> {
    return new Promise((resolve) => {
      this.child.once('message', (r) => resolve(r as T));
      this.child.send(m);
    });
  }

  reset = (): Promise<unknown> => this.ask('reset');
  stats = (): Promise<ServerStats> => this.ask('stats');
  stop = (): void => void this.child.send('stop');
}

/** One measured client run: requests the server saw, their rate over the active window and over the whole process. */
interface Rate {
  requests: number;
  windowRate: number;
  processRate: number;
  counts: Record<string, number>;
  exit: number | null;
}

async function measure(server: Server, run: () => Promise<{ ms: number; code: number | null }>): Promise<Rate> {
  await server.reset();
  const r = await run();
  const st = await server.stats();
  return {
    requests: st.total,
    windowRate: (st.total * 1000) / Math.max(1, st.lastMs - st.firstMs),
    processRate: (st.total * 1000) / r.ms,
    counts: st.counts,
    exit: r.code,
  };
}

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');

/** Runs the benchmark and returns printable lines. */
export async function benchHttp(): Promise<string[]> {
  const server = await Server.start();
  const suite = (checkout: string) => () =>
    runNode(join(checkout, 'bin/paragon-conformance.js'), [
      'check',
      '--target',
      server.url,
      '--signing-key',
      server.keyFile,
      '--allow-writes',
      '--concurrency',
      String(CONCURRENCY),
      '--seed',
      '1',
      '--report-dir',
      mkdtempSync(join(tmpdir(), 'pc-bench-')),
    ]);
  const old = before();
  const l0 = load();
  const rates = new Map<string, Rate[]>();
  const add = (name: string, r: Rate) => rates.set(name, [...(rates.get(name) ?? []), r]);
  let mix: Record<string, number> = {};
  try {
    for (let round = 0; round < ROUNDS; round++) {
      const r = await measure(server, suite(root));
      add('suite', r);
      mix = r.counts;
      if (old) add('suite (before)', await measure(server, suite(old)));
      const client =
        (m: Record<string, number>, length: string, kind = 'autocannon') =>
        () =>
          runNode(join(root, 'dist/bench/http-mix.js'), [server.url, server.keyFile, JSON.stringify(m), String(CONCURRENCY), length, kind]);
      add(GOAL, await measure(server, client(mix, `${SECONDS}s`)));
      add('autocannon, GET only', await measure(server, client({ 'GET 2xx': 1 }, `${SECONDS}s`)));
      add('autocannon, suite count', await measure(server, client(mix, String(r.requests))));
      add('node:http loop, suite count', await measure(server, client(mix, String(r.requests), 'node')));
    }
  } finally {
    server.stop();
  }
  const share = Object.entries(mix)
    .map(([k, v]) => `${k} ${((100 * v) / Object.values(mix).reduce((a, b) => a + b, 0)).toFixed(1)}%`)
    .join(', ');
  const lines = [
    `## http (reference service in its own process; concurrency ${CONCURRENCY}; ${ROUNDS} interleaved rounds; load ${l0} → ${load()})`,
    `suite mix (server's count): ${share}`,
  ];
  const summary = (name: string) => {
    const all = rates.get(name)!;
    const w = bestMedian(all.map((r) => -r.windowRate));
    const p = bestMedian(all.map((r) => -r.processRate));
    return { best: -w.best, median: -w.median, processBest: -p.best, requests: all[0]!.requests, exits: [...new Set(all.map((r) => r.exit))].join(',') };
  };
  for (const name of rates.keys()) {
    const x = summary(name);
    lines.push(
      `${name.padEnd(28)} ${fmt(x.best)} req/s best, ${fmt(x.median)} median (${fmt(x.requests)} requests${name.startsWith('suite') ? `; whole process ${fmt(x.processBest)} req/s; exit ${x.exits}` : ''})`,
    );
  }
  const ours = summary('suite');
  const peer = summary(GOAL);
  const sameCount = summary('autocannon, suite count');
  const ratio = (a: ReturnType<typeof summary>, b: ReturnType<typeof summary>) =>
    `best ${(a.best / b.best).toFixed(2)}, median ${(a.median / b.median).toFixed(2)}`;
  lines.push(`ratio suite / autocannon (same mix, ${SECONDS} s): ${ratio(ours, peer)} (goal >= 0.5)`);
  lines.push(`ratio suite / autocannon (same mix, the suite's count from a fresh process): ${ratio(ours, sameCount)}`);
  const bare = summary('node:http loop, suite count');
  lines.push(`ratio plain node:http loop / autocannon (${SECONDS} s): ${ratio(bare, peer)}; / autocannon (the suite's count): ${ratio(bare, sameCount)}`);
  lines.push(`ratio suite / plain node:http loop (both the suite's count): ${ratio(ours, bare)}`);
  if (old) {
    const was = summary('suite (before)');
    lines.push(`before → after: median ${(was.median / peer.median).toFixed(2)} → ${(ours.median / peer.median).toFixed(2)} of autocannon's rate`);
  }
  return lines;
}
