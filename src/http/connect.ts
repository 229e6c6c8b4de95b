/** Assembles an `HttpEndpoint` from a base URL, a credential source and client settings. */

import type { HttpEndpoint } from '../core/http.js';
import { type ClientOptions, createClient } from './client.js';
import type { CredentialSource } from './credentials.js';
import { ExchangeRecorder, exchangeOf } from './log.js';

/** What an endpoint is built from. */
export interface EndpointConfig {
  projectId: string;
  allowWrites: boolean;
  credentials: CredentialSource;
  client: ClientOptions;
}

/** `/projects/{projectId}/sdk/me` under the base URL's own path. */
export function mePathOf(baseUrl: string, projectId: string): string {
  const prefix = new URL(baseUrl).pathname.replace(/\/+$/, '');
  return `${prefix}/projects/${encodeURIComponent(projectId)}/sdk/me`;
}

/** Builds the endpoint; every exchange goes into its log, redacted. */
export function createHttpEndpoint(cfg: EndpointConfig): HttpEndpoint {
  const client = createClient(cfg.client);
  const mePath = mePathOf(cfg.client.baseUrl, cfg.projectId);
  const log = new ExchangeRecorder();
  const secrets = [...cfg.credentials.secrets, ...cfg.client.headers.map(([, v]) => v)].filter((s) => s.length > 0);
  // Credentials handed out by newUser (for run health: how many good requests were refused).
  const good = new Set<string>();
  return {
    baseUrl: new URL(cfg.client.baseUrl).origin + new URL(cfg.client.baseUrl).pathname.replace(/\/+$/, ''),
    projectId: cfg.projectId,
    allowWrites: cfg.allowWrites,
    mePath,
    users: cfg.credentials.mode,
    concurrency: cfg.client.concurrency,
    log,
    secrets,
    async newUser() {
      const user = await cfg.credentials.newUser();
      if (good.size < 100_000) good.add(user.authorization);
      return user;
    },
    expectUsers: (users) => cfg.credentials.expect?.(users),
    badCredentials: (user) => cfg.credentials.badCredentials(user),
    async send(call) {
      const req = { ...call, path: call.path ?? mePath };
      const res = await client.send(req);
      log.record(res.status, () => exchangeOf(req, res, secrets), call.authorization !== null && good.has(call.authorization));
      return res;
    },
    async close() {
      client.close();
      cfg.credentials.close?.();
    },
  };
}
