/** The HTTP client of the suite: node:http(s) with keep-alive, per-request timeout, pacing and manual redirects. */
import { Agent as HttpAgent, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { type InFlightRequest, TargetError } from '../core/errors.js';
import type { ClientRequest, ClientResponse } from '../core/http.js';
import { RateLimiter, Semaphore } from './limit.js';

/** Client settings. `headers` are the `--header` values: sent to the base origin only. */
export interface ClientOptions {
  baseUrl: string;
  headers: readonly [string, string][];
  timeoutMs: number;
  concurrency: number;
  /** Requests per second; 0 = unlimited. */
  rate: number;
}

/** Sends requests; throws `TargetError` (naming the request) when the service cannot be reached or times out. */
export interface HttpClient {
  send(req: ClientRequest): Promise<ClientResponse>;
  close(): void;
}

const maxRedirects = 5;
const maxBodyBytes = 16 * 1024 * 1024;

interface Raw {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

function describeError(e: unknown, url: URL, timeoutMs: number): string {
  const err = e as NodeJS.ErrnoException;
  if (err.code === 'ETIMEDOUT_CLIENT') return `no response from ${url.origin} within ${timeoutMs} ms (raise --timeout if the service is slow)`;
  const code = err.code ? `${err.code}: ` : '';
  return `cannot reach ${url.origin} (${code}${err.message}). Is the service running and is --target right?`;
}

/** Creates a client with keep-alive agents sized to `concurrency`. */
export function createClient(opts: ClientOptions): HttpClient {
  const base = new URL(opts.baseUrl);
  const agents = {
    'http:': new HttpAgent({ keepAlive: true, maxSockets: opts.concurrency }),
    'https:': new HttpsAgent({ keepAlive: true, maxSockets: opts.concurrency }),
  };
  const slots = new Semaphore(opts.concurrency);
  const pace = new RateLimiter(opts.rate);

  const once = (url: URL, method: string, headers: Record<string, string>, body: string | undefined): Promise<Raw> =>
    new Promise((resolve, reject) => {
      const isHttps = url.protocol === 'https:';
      const req = (isHttps ? httpsRequest : httpRequest)(url, { method, headers, agent: isHttps ? agents['https:'] : agents['http:'] }, (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (c: Buffer) => {
          size += c.length;
          if (size > maxBodyBytes) req.destroy(Object.assign(new Error(`response body larger than ${maxBodyBytes} bytes`), { code: 'ETOOBIG' }));
          else chunks.push(c);
        });
        res.on('end', () => {
          clearTimeout(timer);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') });
        });
        res.on('error', reject);
      });
      const timer = setTimeout(() => req.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT_CLIENT' })), opts.timeoutMs);
      req.on('error', (e) => {
        clearTimeout(timer);
        reject(e);
      });
      req.end(body);
    });

  const follow = async (req: ClientRequest): Promise<ClientResponse> => {
    const started = performance.now();
    let url = new URL(req.path, base);
    let method = req.method;
    let body = req.body;
    const redirects: string[] = [];
    let trusted = true;
    for (;;) {
      // Once a redirect leaves the configured origin, credentials stay off for the rest of the chain.
      trusted &&= url.origin === base.origin;
      const sameOrigin = trusted;
      const headers: Record<string, string> = {};
      // Credentials and --header values go to the configured origin only, never across a redirect to another one.
      if (sameOrigin) for (const [k, v] of opts.headers) headers[k.toLowerCase()] = v;
      if (sameOrigin && req.authorization !== null) headers.authorization = req.authorization;
      headers.accept = 'application/json';
      if (body !== undefined) headers['content-type'] = req.contentType ?? 'application/json';
      let raw: Raw;
      try {
        raw = await once(url, method, headers, body);
      } catch (e) {
        throw new TargetError(describeError(e, url, opts.timeoutMs), `${req.method} ${req.path}`);
      }
      const location = raw.headers.location;
      if ([301, 302, 303, 307, 308].includes(raw.status) && location && redirects.length < maxRedirects) {
        url = new URL(location, url);
        redirects.push(`${url.origin}${url.pathname}`);
        if (raw.status === 303 || ((raw.status === 301 || raw.status === 302) && method === 'POST')) {
          method = 'GET';
          body = undefined;
        }
        continue;
      }
      const type = raw.headers['content-type'];
      return { status: raw.status, ...(type ? { contentType: type } : {}), body: raw.body, latencyMs: performance.now() - started, redirects };
    }
  };

  // What is on its way, and whether the service ever answered: a service that dies mid-run is shown with the
  // requests that were in flight when it stopped (SPEC §12), so they can be sent again on their own.
  const inFlight = new Set<ClientRequest>();
  let answered = 0;
  return {
    send: (req) =>
      slots.run(async () => {
        if (pace.limited) await pace.take();
        inFlight.add(req);
        try {
          const res = await follow(req);
          answered++;
          return res;
        } catch (e) {
          if (!(e instanceof TargetError) || answered === 0 || e.inFlight) throw e;
          const list: InFlightRequest[] = [...inFlight].map((r) => ({ method: r.method, path: r.path, ...(r.body !== undefined ? { body: r.body } : {}) }));
          const shown = list.map((r) => `${r.method} ${r.path}${r.body !== undefined ? ` ${r.body.slice(0, 200)}` : ''}`).join('; ');
          throw new TargetError(
            `the service stopped answering after ${answered} answered request${answered === 1 ? '' : 's'}: ${e.message} In flight when it stopped: ${shown}`,
            e.request,
            list,
          );
        } finally {
          inFlight.delete(req);
        }
      }),
    close() {
      agents['http:'].destroy();
      agents['https:'].destroy();
    },
  };
}
