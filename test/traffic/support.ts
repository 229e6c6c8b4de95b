/** Test kit for live traffic: faulty reference services (one fault each), an in-process proxy with its ledger, raw HTTP calls. */
import { type Agent, request } from 'node:http';
import type { MeHandler } from '../../src/http/handler.js';
import { type ReferenceService, startReferenceService } from '../../src/http/service.js';
import { loadSchema } from '../../src/schema/load.js';
import { createJudge } from '../../src/traffic/judge.js';
import { TrafficLedger } from '../../src/traffic/ledger.js';
import { type RunningProxy, startProxy } from '../../src/traffic/proxy.js';

/** A fault: rewrites the reference's 2xx answers. */
export type Fault = (user: Record<string, unknown>, headers: Record<string, string>) => void;

/** The faults of issue 14, as the live Paragon API is known to show them. */
export const faults = {
  enumCase: (u) => {
    u.integrations = { slack: { enabled: true, credentialStatus: 'valid' } };
  },
  stringBoolean: (u) => {
    u.integrations = { hubspot: { enabled: 'true', credentialStatus: 'VALID' } };
  },
  textPlain: (_u, h) => {
    h['content-type'] = 'text/plain; charset=utf-8';
  },
  userIdNotId: (u) => {
    u.userId = u.id;
    delete u.id;
  },
  pending: (u) => {
    u.integrations = { salesforce: { enabled: true, credentialStatus: 'PENDING', providerId: 'alice@example.com' }, slack: { credentialStatus: 'VALID' } };
  },
} satisfies Record<string, Fault>;

/** The reference handler with `fault` applied to every 2xx answer. */
export const withFault =
  (fault: Fault) =>
  (h: MeHandler): MeHandler =>
  async (req) => {
    const res = await h(req);
    if (res.status < 200 || res.status > 299) return res;
    const user = JSON.parse(res.body) as Record<string, unknown>;
    const headers = { ...res.headers };
    fault(user, headers);
    return { ...res, headers, body: JSON.stringify(user) };
  };

/** The reference service (optionally with a fault) behind an in-process proxy whose ledger the test reads. */
export interface Rig {
  service: ReferenceService;
  proxy: RunningProxy;
  ledger: TrafficLedger;
  token: string;
  close(): Promise<void>;
}

/** Starts the rig. */
export async function startRig(fault?: Fault): Promise<Rig> {
  const service = await startReferenceService(fault ? { wrap: withFault(fault) } : {});
  const ledger = new TrafficLedger(createJudge(loadSchema().document), 'proxy', service.url);
  const proxy = await startProxy({
    upstream: new URL(service.url),
    host: '127.0.0.1',
    port: 0,
    captureLimit: 8 * 1024 * 1024,
    onExchange: (ex) => ledger.record(ex),
    onUpstreamError: (ex, why) => ledger.upstreamError(ex, why),
  });
  const token = await service.mintToken('alice');
  return {
    service,
    proxy,
    ledger,
    token,
    close: async () => {
      await proxy.close();
      await service.close();
    },
  };
}

/** A raw answer: status, flat raw headers, body bytes. */
export interface Raw {
  status: number;
  statusMessage: string;
  /** The client socket was reused (keep-alive). */
  reused: boolean;
  rawHeaders: string[];
  body: Buffer;
}

/** Sends one request with node:http (raw headers array kept as given, after `Host`) and collects the raw answer. */
export function send(url: string, opts: { method?: string; headers?: string[]; body?: Buffer | string | Buffer[]; agent?: Agent } = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const headers = ['Host', new URL(url).host, ...(opts.headers ?? [])];
    const req = request(url, { method: opts.method ?? 'GET', headers, ...(opts.agent ? { agent: opts.agent } : {}) }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          statusMessage: res.statusMessage ?? '',
          reused: req.reusedSocket,
          rawHeaders: res.rawHeaders,
          body: Buffer.concat(chunks),
        }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    if (Array.isArray(opts.body)) {
      for (const part of opts.body) req.write(part); // no content-length: sent chunked
      req.end();
    } else req.end(opts.body);
  });
}

/** Waits until the ledger has seen `n` exchanges (they are handed over a tick after each ends); bounded. */
export async function seen(ledger: TrafficLedger, n: number): Promise<void> {
  for (let i = 0; i < 200 && ledger.exchanges < n; i++) await new Promise((r) => setTimeout(r, 10));
  await ledger.settled();
}

/** The sdk/me path of the test project. */
export const me = '/projects/test-project/sdk/me';
