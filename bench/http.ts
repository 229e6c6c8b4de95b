/** Benchmarks the HTTP checks: GET-heavy `http.read.conforms` requests/s against autocannon on the same server. */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { type CaseSource, canonicalize } from '../generators/index.js';
import { readConforms } from '../src/checks/http/read.js';
import type { CheckContext } from '../src/checks/types.js';
import { createHttpEndpoint } from '../src/http/connect.js';
import { mintedCredentials } from '../src/http/credentials.js';
import { startReferenceService } from '../src/http/service.js';
import { loadSchema } from '../src/schema/load.js';
import { oracleFor } from '../src/schema/oracle.js';
import { targetOf } from '../src/targets/http.js';

/** The part of autocannon's API used here (it ships no types). */
type Autocannon = (opts: { url: string; connections: number; duration: number; headers: Record<string, string> }) => Promise<{
  requests: { average: number; total: number };
  non2xx: number;
  errors: number;
}>;

const concurrency = 16;
const gets = 20_000;
const seconds = 5;

const noCases: CaseSource = {
  valid: () => [],
  invalid: () => [],
  shrink: async (c) => ({ case: c, steps: 0 }),
  locationsOf: () => [],
  locations: [],
};

/** Runs the benchmark and returns printable lines. */
export async function benchHttp(): Promise<string> {
  const service = await startReferenceService();
  const schema = loadSchema();
  const endpoint = createHttpEndpoint({
    projectId: 'test-project',
    allowWrites: false,
    credentials: mintedCredentials(service.keys),
    client: { baseUrl: service.url, headers: [], timeoutMs: 10_000, concurrency, rate: 0 },
  });
  const ctx: CheckContext = {
    target: targetOf(endpoint, 'http', 'bench'),
    schema,
    oracle: oracleFor(schema.document),
    cases: noCases,
    settings: { seed: 1, runs: gets, timeoutMs: 10_000, maxFindings: 10 },
    root: canonicalize(schema.document).root,
    recordLatency: () => undefined,
    signal: new AbortController().signal,
  };
  const t0 = performance.now();
  const outcome = await readConforms.run(ctx);
  const checkSeconds = (performance.now() - t0) / 1000;
  const checkRps = endpoint.log.total / checkSeconds;
  await endpoint.close();

  const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;
  const token = await service.mintToken('bench-user');
  const ac = await autocannon({
    url: `${service.url}/projects/test-project/sdk/me`,
    connections: concurrency,
    duration: seconds,
    headers: { authorization: `Bearer ${token}` },
  });
  await service.close();
  const ratio = checkRps / ac.requests.average;
  return [
    '## http',
    `http.read.conforms (GET-heavy, concurrency ${concurrency}): ${endpoint.log.total} requests in ${checkSeconds.toFixed(2)} s = ${checkRps.toFixed(0)} req/s (${outcome.findings.length} findings)`,
    `autocannon GET, same server, ${concurrency} connections, ${seconds} s: ${ac.requests.average.toFixed(0)} req/s (${ac.requests.total} requests, non-2xx ${ac.non2xx}, errors ${ac.errors})`,
    `ratio checks / autocannon: ${ratio.toFixed(2)} (goal >= 0.5)`,
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.stdout.write(`${await benchHttp()}\n`);
