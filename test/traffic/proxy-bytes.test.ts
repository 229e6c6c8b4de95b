// Zero changes to the traffic: status, end-to-end headers and body bytes through the proxy equal the direct ones.
import { randomBytes } from 'node:crypto';
import { Agent, createServer, type IncomingMessage, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSchema } from '../../src/schema/load.js';
import { createJudge } from '../../src/traffic/judge.js';
import { TrafficLedger } from '../../src/traffic/ledger.js';
import { type RunningProxy, startProxy } from '../../src/traffic/proxy.js';
import { type Raw, seen, send } from './support.js';

const big = randomBytes(1024 * 1024);
const userParts = ['{"id":"u1","meta":{"a":"', 'b"},"integrations":{"x":{"credentialStatus":', '"EXPIRED"}}}'];
/** What the upstream received, per request (raw headers and body). */
const received: { rawHeaders: string[]; body: Buffer }[] = [];
/** One entry per `/late` request whose connection closed before it was answered. */
const lateStopped: true[] = [];
let connections = 0;
let upstream: Server;
let upstreamUrl: string;
let proxy: RunningProxy;
let ledger: TrafficLedger;

const body = (req: IncomingMessage) =>
  new Promise<Buffer>((done) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => done(Buffer.concat(chunks)));
  });

beforeAll(async () => {
  upstream = createServer(async (req, res) => {
    received.push({ rawHeaders: req.rawHeaders, body: await body(req) });
    res.sendDate = false;
    if (req.url === '/big') {
      res.writeHead(200, 'Fine Thanks', [
        'Content-Type',
        'application/octet-stream',
        'X-Twice',
        'a',
        'x-twice',
        'B',
        'Set-Cookie',
        's=1',
        'Set-Cookie',
        't=2',
        'Content-Length',
        String(big.length),
      ]);
      res.end(big);
    } else if (req.url === '/projects/p/sdk/me') {
      res.writeHead(200, ['Content-Type', 'application/json', 'X-Trace', 'abc']); // no length: chunked
      for (const part of userParts) res.write(part);
      res.end();
    } else if (req.url === '/closing') {
      res.writeHead(200, ['Connection', 'close', 'Keep-Alive', 'timeout=1', 'X-Hop', 'x', 'Content-Type', 'text/plain']);
      res.end('this connection ends here');
    } else if (req.url === '/late') {
      const timer = setTimeout(() => res.end('late'), 1000).unref();
      res.on('close', () => {
        if (!res.writableFinished) lateStopped.push(true);
        clearTimeout(timer);
      });
    } else if (req.url === '/echo') {
      res.writeHead(201, 'Echoed', ['Content-Type', 'application/octet-stream']);
      res.end(received[received.length - 1]!.body);
    } else {
      res.writeHead(418, "I'm a teapot", ['content-type', 'text/plain']);
      res.end('short and stout');
    }
  });
  upstream.on('connection', () => connections++);
  await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r));
  upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
  ledger = new TrafficLedger(createJudge(loadSchema().document), 'proxy', upstreamUrl);
  proxy = await startProxy({
    upstream: new URL(upstreamUrl),
    host: '127.0.0.1',
    port: 0,
    captureLimit: 8 * 1024 * 1024,
    onExchange: (ex) => ledger.record(ex),
    onUpstreamError: (ex, why) => ledger.upstreamError(ex, why),
  });
});

afterAll(async () => {
  await proxy.close();
  upstream.closeAllConnections();
  await new Promise((r) => upstream.close(r));
});

/** Hop-by-hop headers (RFC 9110 §7.6.1), written out here rather than taken from the code under test. */
const hop = new Set(['connection', 'keep-alive', 'transfer-encoding']);
const pairs = (raw: string[]) => raw.flatMap((v, i) => (i % 2 === 0 && !hop.has(v.toLowerCase()) ? [`${v}: ${raw[i + 1]}`] : []));

async function both(path: string, opts: Parameters<typeof send>[1] = {}): Promise<[Raw, Raw]> {
  return [await send(upstreamUrl + path, opts), await send(proxy.url + path, opts)];
}

describe('the proxy changes nothing', () => {
  it('a 1 MB body with content-length, duplicate and mixed-case headers, a custom reason phrase', async () => {
    const [direct, proxied] = await both('/big');
    expect(proxied.status).toBe(200);
    expect(proxied.statusMessage).toBe('Fine Thanks');
    expect(pairs(proxied.rawHeaders)).toEqual(pairs(direct.rawHeaders));
    expect(pairs(proxied.rawHeaders)).toContain('Set-Cookie: t=2');
    expect(proxied.body.equals(big)).toBe(true);
  });

  it('a chunked response stays chunked, bytes identical; a judged sdk/me body is reassembled for the judge', async () => {
    const before = ledger.exchanges;
    const [direct, proxied] = await both('/projects/p/sdk/me');
    expect(pairs(proxied.rawHeaders)).toEqual(pairs(direct.rawHeaders));
    expect(proxied.rawHeaders).toContain('Transfer-Encoding');
    expect(proxied.rawHeaders).not.toContain('Content-Length');
    expect(proxied.body.toString()).toBe(userParts.join(''));
    await seen(ledger, before + 1);
    const s = ledger.section();
    expect(s.exchanges.responsesJudged).toBe(1);
    expect(s.findings).toEqual([]);
    expect(s.observed.enums[0]?.values).toEqual([{ value: 'EXPIRED', count: 1, allowed: true }]);
  });

  it('request bodies and headers reach the upstream unchanged: 1 MB with content-length and chunked, Authorization included', async () => {
    const headers = ['Authorization', 'Bearer secret-token-123', 'X-Twice', '1', 'x-twice', '2', 'Content-Type', 'application/octet-stream'];
    const seenBy = async (opts: Parameters<typeof send>[1]) => {
      const answer = await send(`${proxy.url}/echo`, opts);
      return { answer, got: received[received.length - 1]! };
    };
    const fixed = await seenBy({ method: 'POST', headers: [...headers, 'Content-Length', String(big.length)], body: big });
    expect(fixed.got.body.equals(big)).toBe(true);
    expect(fixed.answer.body.equals(big)).toBe(true);
    expect(fixed.answer.statusMessage).toBe('Echoed');
    const sent = pairs(['Host', 'x', ...headers, 'Content-Length', String(big.length)]).slice(1);
    expect(pairs(fixed.got.rawHeaders).filter((h) => !h.startsWith('Host:'))).toEqual(sent);
    const hosts = fixed.got.rawHeaders.flatMap((h, i) => (i % 2 === 0 && h.toLowerCase() === 'host' ? [fixed.got.rawHeaders[i + 1]] : []));
    expect(hosts).toEqual([new URL(upstreamUrl).host]);
    const chunked = await seenBy({ method: 'POST', headers, body: [big.subarray(0, 1000), big.subarray(1000)] });
    expect(chunked.got.body.equals(big)).toBe(true);
    expect(chunked.got.rawHeaders).toContain('Transfer-Encoding');
  });

  it('keep-alive: the client reuses its connection, and the proxy reuses its upstream connection', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const start = connections;
    const answers: Raw[] = [];
    for (let i = 0; i < 5; i++) answers.push(await send(`${proxy.url}/teapot`, { agent }));
    agent.destroy();
    expect(answers.map((a) => [a.status, a.statusMessage, a.body.toString()])).toEqual(Array(5).fill([418, "I'm a teapot", 'short and stout']));
    expect(answers.slice(1).every((a) => a.reused)).toBe(true);
    expect(connections - start).toBeLessThanOrEqual(1);
  });
});

describe('hop-by-hop headers stay on their hop', () => {
  it('the client does not get the upstream Connection: close, Keep-Alive or headers it names; its connection lives on', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const first = await send(`${proxy.url}/closing`, { agent, headers: ['Connection', 'keep-alive'] });
    const second = await send(`${proxy.url}/closing`, { agent });
    agent.destroy();
    expect(first.body.toString()).toBe('this connection ends here');
    expect(first.rawHeaders.map((h) => h.toLowerCase())).not.toContain('close');
    expect(first.rawHeaders).not.toContain('timeout=1');
    expect(second.reused).toBe(true);
  });

  it('the upstream does not get Proxy-Authorization, TE, Keep-Alive or a header the client named in Connection', async () => {
    await send(`${proxy.url}/echo`, {
      method: 'POST',
      headers: ['Connection', 'keep-alive, X-Private', 'X-Private', 'p', 'Proxy-Authorization', 'Basic cHJveHk6c2VjcmV0', 'TE', 'trailers', 'X-Kept', 'k'],
      body: 'x',
    });
    const names = received[received.length - 1]!.rawHeaders.filter((_, i) => i % 2 === 0).map((h) => h.toLowerCase());
    expect(names).toContain('x-kept');
    for (const hop of ['x-private', 'proxy-authorization', 'te']) expect(names).not.toContain(hop);
  });
});

describe('a client that goes away', () => {
  it('before the answer: the upstream request is stopped, and it is not counted as an upstream error', async () => {
    const before = ledger.section().exchanges.upstreamErrors;
    const sent = received.length;
    const req = request(`${proxy.url}/late`);
    req.on('error', () => undefined);
    req.end();
    await new Promise((r) => setTimeout(r, 150));
    req.destroy();
    await new Promise((r) => setTimeout(r, 300));
    expect(received.length).toBe(sent + 1);
    expect(lateStopped).toEqual([true]);
    expect(ledger.section().exchanges.upstreamErrors).toBe(before);
  });
});

describe('an upstream that is down', () => {
  it('answers 502 with a JSON reason, counts it, and keeps serving', async () => {
    const gone = createServer();
    await new Promise<void>((r) => gone.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(gone.address() as AddressInfo).port}`;
    await new Promise((r) => gone.close(r));
    const down = new TrafficLedger(createJudge(loadSchema().document), 'proxy', url);
    const p = await startProxy({
      upstream: new URL(url),
      host: '127.0.0.1',
      port: 0,
      captureLimit: 1024,
      onExchange: (ex) => down.record(ex),
      onUpstreamError: (ex, why) => down.upstreamError(ex, why),
    });
    try {
      const answers = [await send(`${p.url}/projects/p/sdk/me`, { headers: ['Authorization', 'Bearer abcdefgh12345'] }), await send(`${p.url}/other`)];
      expect(answers.map((a) => a.status)).toEqual([502, 502]);
      expect(JSON.parse(answers[0]!.body.toString())).toMatchObject({ error: 'bad_gateway' });
      await seen(down, 2);
      const s = down.section();
      expect(s.exchanges).toMatchObject({ total: 2, upstreamErrors: 2, judged: 0, byStatus: { '5xx': 2 } });
      expect(s.problems.map((x) => x.reason)).toEqual([expect.stringContaining('ECONNREFUSED'), expect.stringContaining('ECONNREFUSED')]);
      expect(JSON.stringify(s)).not.toContain('abcdefgh12345');
    } finally {
      await p.close();
    }
  });
});
