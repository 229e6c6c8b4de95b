/** The `http://…` target (SPEC §3.2): a Paragon-style `sdk/me` service behind the `Target` interface. */
import { resolve } from 'node:path';
import { UsageError } from '../core/errors.js';
import type { HttpEndpoint } from '../core/http.js';
import type { Target } from '../core/types.js';
import { createHttpEndpoint } from '../http/connect.js';
import { type CredentialSource, fixedCredentials, mintedCredentials } from '../http/credentials.js';
import { type ReferenceService, startReferenceService } from '../http/service.js';
import { defaultTokenEnv, readSigningKey, tokenFromEnv } from '../http/tokens.js';

/** HTTP options of `check` (flags of the same names). */
export interface HttpTargetOptions {
  /** `--project-id` (default `test-project`). */
  projectId?: string;
  /** `--token-env VAR` (default `PARAGON_USER_TOKEN`): the fixed-token mode. */
  tokenEnv?: string;
  /** `--signing-key PEM`: mint a fresh user per case instead (wins over the fixed token). */
  signingKeyPath?: string;
  /** `--header "Name: value"`, repeatable. */
  headers?: readonly string[];
  /** `--allow-writes`: PATCH requests may be sent. */
  allowWrites?: boolean;
  /** `--timeout MS` per request (default 10000). */
  timeoutMs?: number;
  /** `--concurrency N` requests in flight (default 4). */
  concurrency?: number;
  /** `--rate N` requests per second (default unlimited). */
  rate?: number;
  /** Environment to read the token from (default `process.env`). */
  env?: NodeJS.ProcessEnv;
}

const tokenChars = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const reserved = new Set(['authorization', 'host', 'content-length', 'content-type', 'transfer-encoding', 'connection']);

/** Parses `--header "Name: value"` strings; bad syntax or a header the suite controls is a usage error. */
export function parseHeaders(list: readonly string[]): [string, string][] {
  return list.map((h) => {
    const at = h.indexOf(':');
    const name = at > 0 ? h.slice(0, at).trim() : '';
    if (!tokenChars.test(name))
      throw new UsageError(`--header must look like "Name: value" (got a header without a valid name). Example: --header "X-Api-Key: …".`);
    if (reserved.has(name.toLowerCase())) {
      const hint = name.toLowerCase() === 'authorization' ? ' Tokens come from --token-env VAR or --signing-key PEM.' : '';
      throw new UsageError(`--header ${name} cannot be set: the suite sets it itself.${hint}`);
    }
    return [name, h.slice(at + 1).trim()];
  });
}

/** Checks the target URL; credentials in it are refused (they would end up in reports). */
function baseUrlOf(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new UsageError(`--target ${url} is not a URL. Use e.g. --target http://127.0.0.1:4010.`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new UsageError(`--target ${url}: only http:// and https:// URLs are HTTP targets.`);
  if (u.username || u.password) throw new UsageError('--target must not contain credentials; use --token-env, --signing-key or --header instead.');
  return `${u.origin}${u.pathname.replace(/\/+$/, '')}`;
}

function positive(name: string, value: number | undefined, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value < min) throw new UsageError(`--${name} must be a number >= ${min}, got ${value}.`);
  return value;
}

/** Wraps an endpoint as a Target: no module ops of its own; the description holds no secrets. */
export function targetOf(endpoint: HttpEndpoint, kind: string, description: string): Target {
  return { kind, description, http: endpoint, ops: new Set(), inProcess: false, close: () => endpoint.close() };
}

/** The engine's shape of the options (`src/targets/registry.ts`): HTTP flags nested under `http`. */
interface NestedOptions {
  cwd?: string;
  timeoutMs?: number;
  env?: NodeJS.ProcessEnv;
  http?: unknown;
}

/** Accepts flat `HttpTargetOptions` or the engine's `{cwd, timeoutMs, env, http: {…, signingKey}}`. */
function flatten(opts: HttpTargetOptions & NestedOptions): HttpTargetOptions {
  if (typeof opts.http !== 'object' || opts.http === null) return opts;
  const h = opts.http as HttpTargetOptions & { signingKey?: string };
  const key = h.signingKeyPath ?? h.signingKey ?? opts.signingKeyPath;
  return {
    ...opts,
    ...h,
    ...(key ? { signingKeyPath: opts.cwd ? resolve(opts.cwd, key) : key } : {}),
    ...(opts.timeoutMs !== undefined ? { timeoutMs: opts.timeoutMs } : {}),
    ...(opts.env ? { env: opts.env } : {}),
  };
}

/** Opens an HTTP target. Throws `UsageError` for bad options or missing token configuration. */
export async function openHttpTarget(url: string, options: HttpTargetOptions & NestedOptions = {}): Promise<Target> {
  const opts = flatten(options);
  const baseUrl = baseUrlOf(url);
  const headers = parseHeaders(opts.headers ?? []);
  const projectId = opts.projectId ?? 'test-project';
  if (!projectId) throw new UsageError('--project-id must not be empty.');
  const tokenEnv = opts.tokenEnv ?? defaultTokenEnv;
  const credentials: CredentialSource = opts.signingKeyPath
    ? mintedCredentials(await readSigningKey(opts.signingKeyPath))
    : fixedCredentials(tokenFromEnv(opts.env ?? process.env, tokenEnv));
  const client = {
    baseUrl,
    headers,
    timeoutMs: positive('timeout', opts.timeoutMs, 10_000, 1),
    concurrency: Math.floor(positive('concurrency', opts.concurrency, 4, 1)),
    rate: positive('rate', opts.rate, 0, 0),
  };
  const allowWrites = opts.allowWrites ?? false;
  const endpoint = createHttpEndpoint({ projectId, allowWrites, credentials, client });
  const users = credentials.mode === 'minted' ? 'a fresh user per case (tokens minted with --signing-key)' : `one fixed user (token from $${tokenEnv})`;
  const extra = headers.length ? `; headers ${headers.map(([n]) => n).join(', ')}` : '';
  const description = `${baseUrl} (project ${projectId}; ${users}; ${allowWrites ? 'writes allowed' : 'read-only'}${extra})`;
  try {
    await preflight(
      endpoint,
      baseUrl,
      credentials.mode === 'minted' ? `a token minted with --signing-key ${opts.signingKeyPath}` : `the token in $${tokenEnv}`,
      projectId,
    );
  } catch (e) {
    // Nothing will use this endpoint: its connections and its minting thread stop now.
    await endpoint.close();
    throw e;
  }
  return targetOf(endpoint, 'http', description);
}

/**
 * One authenticated GET before any check: if the service refuses the suite's own credentials, that is a setup
 * problem (exit 2), not non-conformance; if it cannot be reached, a target error (exit 3) names the request.
 */
async function preflight(endpoint: HttpEndpoint, baseUrl: string, what: string, projectId: string): Promise<void> {
  const user = await endpoint.newUser();
  const res = await endpoint.send({ method: 'GET', authorization: user.authorization });
  if (res.status === 404) {
    const doubled = /\/projects\/|\/sdk\/me/.test(new URL(baseUrl).pathname);
    const hint = doubled
      ? `--target ${baseUrl} already holds the resource path, so the suite asked for ${endpoint.mePath}. Pass the base URL only (everything before /projects/…/sdk/me), e.g. --target ${baseUrl.replace(/\/projects\/.*$/, '').replace(/\/sdk\/me.*$/, '')}.`
      : `Is --target the service's base URL (the part before /projects/${projectId}/sdk/me)? It must not include /projects/…/sdk/me. Is --project-id right?`;
    throw new UsageError(`every request answers 404: GET ${endpoint.mePath} on ${baseUrl} was not found. ${hint}`);
  }
  if (res.status === 401 || res.status === 403) {
    throw new UsageError(
      `${baseUrl} refused ${what} (GET ${endpoint.mePath} answered ${res.status}). Check that it is a valid, unexpired user token for project '${projectId}' of this service (--project-id), then run again.`,
    );
  }
}

/** The embedded reference service as a target: writes allowed, a fresh user per case minted with its key. */
export function httpTargetFromService(
  service: ReferenceService,
  opts: Pick<HttpTargetOptions, 'projectId' | 'timeoutMs' | 'concurrency' | 'rate'> = {},
): Target {
  const projectId = opts.projectId ?? 'test-project';
  const endpoint = createHttpEndpoint({
    projectId,
    allowWrites: true,
    credentials: mintedCredentials(service.keys),
    client: { baseUrl: service.url, headers: [], timeoutMs: opts.timeoutMs ?? 10_000, concurrency: opts.concurrency ?? 4, rate: opts.rate ?? 0 },
  });
  // No port in the description: it is random per run, and shards of one run must describe the same target.
  return targetOf(endpoint, 'http', `embedded reference sdk/me service on loopback (project ${projectId}; a fresh user per case; writes allowed)`);
}

/**
 * Attaches the embedded reference HTTP service to a (module) target: starts the service, sets `http`, and makes
 * `close` stop both. For `openTarget`'s `attachHttp` hook.
 */
export async function attachReferenceService(target: Target, opts: Pick<HttpTargetOptions, 'timeoutMs' | 'concurrency'> = {}): Promise<Target> {
  const service = await startReferenceService();
  const http = httpTargetFromService(service, opts);
  return {
    ...target,
    http: http.http as HttpEndpoint,
    description: `${target.description} + ${http.description}`,
    ops: target.ops,
    async close() {
      await Promise.allSettled([target.close(), http.close(), service.close()]);
    },
  };
}
