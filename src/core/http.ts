/** The HTTP side of a target (SPEC §3.2): what the `http.*` checks may do with a Paragon-style `sdk/me` service. Types only. */
import type { HttpExchange } from './types.js';

/** One request as the checks describe it. `authorization: null` sends no Authorization header. */
export interface ClientRequest {
  method: string;
  /** Path (and query) relative to the base URL's origin, e.g. `/projects/p/sdk/me`. */
  path: string;
  body?: string;
  contentType?: string;
  authorization: string | null;
}

/** The final response (after redirects). */
export interface ClientResponse {
  status: number;
  contentType?: string;
  body: string;
  latencyMs: number;
  /** URLs of the redirects followed, in order (no credentials in them). */
  redirects: string[];
}

/** Status counts and the first server errors of a run's HTTP exchanges (`http/log.ts` implements it). */
export interface ExchangeLog {
  /** Responses seen, by status class (`2xx`, `4xx`, …). */
  readonly counts: ReadonlyMap<string, number>;
  /** Total responses recorded. */
  readonly total: number;
  /** How many 5xx responses were seen in all. */
  readonly serverErrorCount: number;
  /** Requests sent with a good user credential, and how many of those were answered 401/403 (run health). */
  readonly authorised: number;
  readonly authorisedRefused: number;
  /** The first 5xx exchanges (redacted). */
  serverErrors(): readonly HttpExchange[];
}

/** Credentials of one user: the Authorization header value to send. Never put it in a report or message. */
export interface UserCredential {
  authorization: string;
  /** The token's subject when known (minted tokens). */
  sub?: string;
}

/** A deliberately bad Authorization value (or none) for `http.auth.required`. */
export interface BadCredential {
  /** What is wrong with it, for messages: `no token`, `expired token`, … */
  label: string;
  authorization: string | null;
}

/** A request to the `sdk/me` resource (the path is the endpoint's). */
export type MeCall = Omit<ClientRequest, 'path'> & { path?: string };

/** A Paragon-style `sdk/me` service the HTTP checks talk to. */
export interface HttpEndpoint {
  /** Base URL, e.g. `http://127.0.0.1:4010` (no secrets). */
  readonly baseUrl: string;
  readonly projectId: string;
  /** PATCH requests may be sent. */
  readonly allowWrites: boolean;
  /** Path of the resource: `/projects/{projectId}/sdk/me` under the base URL's path. */
  readonly mePath: string;
  /**
   * `minted`: `newUser()` gives a fresh user each time (tokens signed with `--signing-key`), so state never leaks;
   * `fixed`: every call gives the one user of the fixed token, so cases share its state.
   */
  readonly users: 'minted' | 'fixed';
  /** Largest number of requests in flight (`--concurrency`). */
  readonly concurrency: number;
  /** Credentials for a user (fresh when `users` is `minted`). */
  newUser(): Promise<UserCredential>;
  /** The run will call `newUser()` this many more times: minted users are made ahead (a no-op for a fixed token). */
  expectUsers(users: number): void;
  /** Bad credentials aimed at `user` (same subject where possible): none, garbage, wrong signature, expired, … */
  badCredentials(user: UserCredential): Promise<BadCredential[]>;
  /** Sends one request (to `mePath` unless `path` is given); logs it; throws `TargetError` when unreachable. */
  send(call: MeCall): Promise<ClientResponse>;
  /** Every exchange of this run, for `http.no-server-error`. */
  readonly log: ExchangeLog;
  /** Secret values (fixed token, `--header` values) a report writer must redact. */
  readonly secrets: readonly string[];
  close(): Promise<void>;
}
