/** The reference Paragon `sdk/me` service on node:http: a local stand-in for Paragon and the embedded HTTP target. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadSchema } from '../schema/load.js';
import { oracleFor } from '../schema/oracle.js';
import { createMeHandler, json, type MeHandler, type MeResponse } from './handler.js';
import { maxPatchBytes } from './patch.js';
import { UserStore } from './store.js';
import { generateSigningKeys, type MintOptions, mintToken, type SigningKeys } from './tokens.js';

/** Options of `startReferenceService`. */
export interface ServiceOptions {
  /** Port to listen on; 0 or undefined picks a free one. */
  port?: number;
  /** Interface to bind (default 127.0.0.1). */
  host?: string;
  /** Signing keys; a fresh pair is generated when absent. */
  keys?: SigningKeys;
  /** Serve only this project id (others get 404); default: any project id, users kept per project. */
  projectId?: string;
  /** Schema document users are validated against (default: the embedded one). */
  schema?: Record<string, unknown>;
  /** The user store (default: a new, empty one). */
  store?: UserStore;
  /** Wraps the handler (tests inject one fault each this way); gets the store too. */
  wrap?: (handler: MeHandler, store: UserStore) => MeHandler;
}

/** A running reference service. */
export interface ReferenceService {
  /** Base URL, e.g. `http://127.0.0.1:4010`. */
  url: string;
  port: number;
  keys: SigningKeys;
  publicKeyPem: string;
  /** Mints a user token signed with the service's key (a fresh random `sub` when none is given). */
  mintToken(sub?: string, opts?: Omit<MintOptions, 'sub'>): Promise<string>;
  close(): Promise<void>;
}

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > maxPatchBytes) reject(new BodyTooLarge());
      else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, answer: MeResponse): void {
  const body = Buffer.from(answer.body, 'utf8');
  res.writeHead(answer.status, { ...answer.headers, 'content-length': String(body.length) });
  res.end(body);
}

async function serve(handler: MeHandler, req: IncomingMessage, res: ServerResponse): Promise<void> {
  let body: string;
  try {
    body = await readBody(req);
  } catch (e) {
    if (e instanceof BodyTooLarge) res.setHeader('connection', 'close');
    send(
      res,
      e instanceof BodyTooLarge
        ? json(413, { error: 'too_large', message: `the body exceeds ${maxPatchBytes} bytes` })
        : json(400, { error: 'bad_request', message: 'unreadable body' }),
    );
    return;
  }
  const path = (req.url ?? '/').split('?')[0] as string;
  const headers: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(req.headers)) headers[k] = Array.isArray(v) ? v.join(', ') : v;
  try {
    send(res, await handler({ method: req.method ?? 'GET', path, headers, body }));
  } catch {
    send(res, json(500, { error: 'internal', message: 'unexpected error' }));
  }
}

/** Starts the reference service on 127.0.0.1 (by default) and resolves once it listens. */
export async function startReferenceService(opts: ServiceOptions = {}): Promise<ReferenceService> {
  const keys = opts.keys ?? (await generateSigningKeys());
  const schema = opts.schema ?? loadSchema().document;
  const store = opts.store ?? new UserStore();
  const base = createMeHandler({ store, oracle: oracleFor(schema), publicKey: keys.publicKey, ...(opts.projectId ? { projectId: opts.projectId } : {}) });
  const handler = opts.wrap ? opts.wrap(base, store) : base;
  const server = createServer({ keepAliveTimeout: 30_000 }, (req, res) => void serve(handler, req, res));
  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${port}`,
    port,
    keys,
    publicKeyPem: keys.publicKeyPem,
    mintToken: (sub, mint) => mintToken(keys.privateKey, { ...mint, ...(sub !== undefined ? { sub } : {}) }),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
