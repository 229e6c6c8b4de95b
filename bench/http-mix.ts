/**
 * A client process against the reference `sdk/me` service with the suite's request mix, run by `bench/http.ts`: GETs
 * with fresh users' tokens, PATCHes with the suite's valid and invalid bodies, GETs with a bad token, in the proportions
 * the server counted for the suite. Tokens and bodies are made before the clock starts.
 *
 * Clients: `autocannon`, and `node`, the plainest client there is (a node:http keep-alive loop per connection that
 * reads each answer and judges nothing): what any client on node:http pays per request.
 *
 * argv: URL KEY_FILE MIX_JSON CONNECTIONS LENGTH [CLIENT]; LENGTH is seconds (`5s`) or a request count (`2547`).
 * Prints one JSON line.
 */
import { Agent, request } from 'node:http';
import { createRequire } from 'node:module';
import { caseSource } from '../generators/index.js';
import { bodyFor, isPatchFault } from '../src/checks/http/cases.js';
import { mePathOf } from '../src/http/connect.js';
import { mintToken, readSigningKey } from '../src/http/tokens.js';
import { loadSchema } from '../src/schema/load.js';

/** The part of autocannon's API used here (it ships no types). */
type Autocannon = (opts: {
  url: string;
  connections: number;
  duration?: number;
  amount?: number;
  requests: { setupRequest: (req: Record<string, unknown>) => Record<string, unknown> }[];
}) => Promise<{ requests: { average: number; total: number }; non2xx: number; errors: number; latency: { p50: number; p99: number } }>;

const [url = '', keyFile = '', mixJson = '{}', connections = '8', length = '5s', client = 'autocannon'] = process.argv.slice(2);
const span = length.endsWith('s') ? { duration: Number(length.slice(0, -1)) } : { amount: Number(length) };
const mix = JSON.parse(mixJson) as Record<string, number>;

// Fresh users, as the suite mints one per case (the service creates each user on first sight).
const keys = await readSigningKey(keyFile);
const tokens: string[] = [];
for (let i = 0; i < 2000; i += 50)
  tokens.push(...(await Promise.all(Array.from({ length: 50 }, (_, j) => mintToken(keys.privateKey, { sub: `mix-${i + j}` })))));

// The suite's own bodies (same seed): valid metas for the 2xx PATCHes, meta faults for the 4xx ones.
const source = caseSource(loadSchema().document, { seed: 1 });
const valid = [...source.valid(200)].map((c) => bodyFor(c).body);
const invalid = [...source.invalid(200)].filter(isPatchFault).map((c) => bodyFor(c).body);

/** One request of the plan: what to send, with a good or a bad token. */
interface Planned {
  method: 'GET' | 'PATCH';
  body?: string;
  good: boolean;
}
const kinds: [string, (i: number) => Planned][] = [
  ['GET 2xx', () => ({ method: 'GET', good: true })],
  ['PATCH 2xx', (i) => ({ method: 'PATCH', body: valid[i % valid.length]!, good: true })],
  ['PATCH 4xx', (i) => ({ method: 'PATCH', body: invalid[i % invalid.length]!, good: true })],
  ['GET 4xx', () => ({ method: 'GET', good: false })],
];
const total = Object.values(mix).reduce((a, b) => a + b, 0) || 1;
// A cycle of 200 requests in the suite's proportions, interleaved (each kind spread evenly over the cycle).
const spread: { at: number; req: Planned }[] = [];
for (const [kind, make] of kinds) {
  const count = Math.round(((mix[kind] ?? 0) / total) * 200);
  for (let i = 0; i < count; i++) spread.push({ at: (i + 0.5) / count, req: make(i) });
}
const plan = spread.sort((a, b) => a.at - b.at).map((x) => x.req);

const path = mePathOf(url, 'test-project');

/** The headers of request `i` of the plan. */
function headersOf(i: number, p: Planned): Record<string, string> {
  const headers: Record<string, string> = {
    accept: 'application/json',
    authorization: p.good ? `Bearer ${tokens[i % tokens.length]}` : 'Bearer not-a-token',
  };
  if (p.body !== undefined) headers['content-type'] = 'application/json';
  return headers;
}

/** autocannon with the plan. */
async function cannon(): Promise<Record<string, unknown>> {
  let n = 0;
  const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;
  const result = await autocannon({
    url: `${url}${path}`,
    connections: Number(connections),
    ...span,
    requests: [
      {
        setupRequest: (req) => {
          const i = n++;
          const p = plan[i % plan.length]!;
          return { ...req, method: p.method, path, headers: headersOf(i, p), body: p.body };
        },
      },
    ],
  });
  return {
    rps: result.requests.average,
    total: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    p50: result.latency.p50,
    p99: result.latency.p99,
  };
}

/** node:http, one keep-alive loop per connection, for `amount` requests or `duration` seconds. */
async function plainNode(): Promise<Record<string, unknown>> {
  const agent = new Agent({ keepAlive: true, maxSockets: Number(connections) });
  const target = new URL(path, url);
  const end = span.duration !== undefined ? performance.now() + span.duration * 1000 : Number.POSITIVE_INFINITY;
  const limit = span.amount ?? Number.POSITIVE_INFINITY;
  let n = 0;
  const one = (i: number): Promise<void> =>
    new Promise((resolve, reject) => {
      const p = plan[i % plan.length]!;
      const req = request(target, { method: p.method, headers: headersOf(i, p), agent }, (res) => {
        res.on('data', () => {});
        res.on('end', resolve);
      });
      req.on('error', reject);
      req.end(p.body);
    });
  await Promise.all(
    Array.from({ length: Number(connections) }, async () => {
      while (n < limit && performance.now() < end) await one(n++);
    }),
  );
  agent.destroy();
  return { total: n };
}

const result = client === 'node' ? await plainNode() : await cannon();
process.stdout.write(`${JSON.stringify(result)}\n`);
