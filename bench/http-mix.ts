/**
 * autocannon against the reference `sdk/me` service with the suite's request mix, run as a process of its own by
 * `bench/http.ts`: GETs with fresh users' tokens, PATCHes with the suite's valid and invalid bodies, GETs with a bad
 * token, in the proportions the server counted for the suite. Tokens and bodies are made before the clock starts.
 *
 * argv: URL KEY_FILE MIX_JSON CONNECTIONS SECONDS; prints one JSON line (autocannon's figures).
 */
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
  duration: number;
  requests: { setupRequest: (req: Record<string, unknown>) => Record<string, unknown> }[];
}) => Promise<{ requests: { average: number; total: number }; non2xx: number; errors: number; latency: { p50: number; p99: number } }>;

const [url = '', keyFile = '', mixJson = '{}', connections = '8', seconds = '5'] = process.argv.slice(2);
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

let n = 0;
const path = mePathOf(url, 'test-project');
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;
const result = await autocannon({
  url: `${url}${path}`,
  connections: Number(connections),
  duration: Number(seconds),
  requests: [
    {
      setupRequest: (req) => {
        const i = n++;
        const p = plan[i % plan.length]!;
        const headers: Record<string, string> = {
          accept: 'application/json',
          authorization: p.good ? `Bearer ${tokens[i % tokens.length]}` : 'Bearer not-a-token',
        };
        if (p.body !== undefined) headers['content-type'] = 'application/json';
        return { ...req, method: p.method, path, headers, ...(p.body !== undefined ? { body: p.body } : { body: undefined }) };
      },
    },
  ],
});
process.stdout.write(
  `${JSON.stringify({ rps: result.requests.average, total: result.requests.total, non2xx: result.non2xx, errors: result.errors, p50: result.latency.p50, p99: result.latency.p99 })}\n`,
);
