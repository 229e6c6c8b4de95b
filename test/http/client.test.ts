import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createServer as createTcpServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { TargetError } from '../../src/core/errors.js';
import { createClient } from '../../src/http/client.js';

const servers: { close(cb?: () => void): unknown; closeAllConnections?(): void }[] = [];
afterEach(async () => {
  await Promise.all(
    servers.splice(0).map(
      (s) =>
        new Promise<void>((r) => {
          s.close(() => r());
          s.closeAllConnections?.();
        }),
    ),
  );
});

async function listen(handler: Parameters<typeof createServer>[1]): Promise<{ url: string; server: Server }> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

const client = (baseUrl: string, extra: Partial<Parameters<typeof createClient>[0]> = {}) =>
  createClient({ baseUrl, headers: [['X-Api-Key', 'header-secret']], timeoutMs: 2000, concurrency: 2, rate: 0, ...extra });

describe('http client', () => {
  it('never carries Authorization or --header values across a redirect to another origin', async () => {
    const seen: IncomingHttpHeaders[] = [];
    const other = await listen((req, res) => {
      seen.push(req.headers);
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
    const first = await listen((_req, res) => res.writeHead(307, { location: `${other.url}/elsewhere` }).end());
    const c = client(first.url);
    const res = await c.send({ method: 'GET', path: '/projects/p/sdk/me', authorization: 'Bearer secret-token' });
    c.close();
    expect(res.status).toBe(200);
    expect(res.redirects).toEqual([`${other.url}/elsewhere`]);
    expect(seen[0]?.authorization).toBeUndefined();
    expect(seen[0]?.['x-api-key']).toBeUndefined();
  });

  it('keeps credentials on a same-origin redirect and preserves PATCH bodies on 307/308', async () => {
    const seen: { url?: string | undefined; auth?: string | undefined; key?: string | undefined; body: string; method?: string | undefined }[] = [];
    const s = await listen((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        seen.push({ url: req.url, auth: req.headers.authorization, key: req.headers['x-api-key'] as string, body, method: req.method });
        if (req.url === '/old') res.writeHead(308, { location: '/new' }).end();
        else res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    const c = client(s.url);
    await c.send({ method: 'PATCH', path: '/old', body: '{"meta":{}}', authorization: 'Bearer t' });
    c.close();
    expect(seen[1]).toEqual({ url: '/new', auth: 'Bearer t', key: 'header-secret', body: '{"meta":{}}', method: 'PATCH' });
  });

  it('keeps credentials off once a redirect chain has left the origin, even if it comes back', async () => {
    const seen: (string | undefined)[] = [];
    const home = await listen((req, res) => {
      seen.push(req.headers.authorization);
      if (req.url === '/start') res.writeHead(302, { location: `${away.url}/bounce` }).end();
      else res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
    const away = await listen((_req, res) => res.writeHead(302, { location: `${home.url}/back` }).end());
    const c = client(home.url);
    await c.send({ method: 'GET', path: '/start', authorization: 'Bearer t' });
    c.close();
    expect(seen).toEqual(['Bearer t', undefined]);
  });

  it('turns connection refused into a TargetError naming the request', async () => {
    const s = await listen(() => undefined);
    const url = `http://127.0.0.1:${(s.server.address() as AddressInfo).port}`;
    await new Promise<void>((r) => s.server.close(() => r()));
    servers.splice(servers.indexOf(s.server), 1);
    const c = client(url);
    const err = await c.send({ method: 'GET', path: '/projects/p/sdk/me', authorization: 'Bearer t' }).catch((e: unknown) => e);
    c.close();
    expect(err).toBeInstanceOf(TargetError);
    expect((err as TargetError).message).toMatch(/ECONNREFUSED/);
    expect((err as TargetError).request).toBe('GET /projects/p/sdk/me');
  });

  it('turns a missing answer within the timeout into a TargetError', async () => {
    const s = await listen(() => undefined); // never answers
    const c = client(s.url, { timeoutMs: 150 });
    const err = await c.send({ method: 'GET', path: '/x', authorization: null }).catch((e: unknown) => e);
    c.close();
    s.server.closeAllConnections();
    expect(err).toBeInstanceOf(TargetError);
    expect((err as Error).message).toMatch(/within 150 ms.*--timeout/);
  });

  it('turns a peer that is not HTTP into a TargetError', async () => {
    const tcp = createTcpServer((sock) => sock.end('garbage\r\n\r\n', () => sock.destroy()));
    servers.push({ close: (cb?: () => void) => tcp.close(cb) });
    await new Promise<void>((r) => tcp.listen(0, '127.0.0.1', r));
    const c = client(`http://127.0.0.1:${(tcp.address() as AddressInfo).port}`);
    await expect(c.send({ method: 'GET', path: '/', authorization: null })).rejects.toBeInstanceOf(TargetError);
    c.close();
  });

  it('keeps at most --concurrency requests in flight', async () => {
    let active = 0;
    let peak = 0;
    const s = await listen((_req, res) => {
      peak = Math.max(peak, ++active);
      setTimeout(() => {
        active--;
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      }, 20);
    });
    const c = client(s.url, { concurrency: 3 });
    await Promise.all(Array.from({ length: 12 }, () => c.send({ method: 'GET', path: '/', authorization: null })));
    c.close();
    expect(peak).toBe(3);
  });
});
