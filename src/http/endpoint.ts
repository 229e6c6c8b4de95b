/** The HTTP side of a target (SPEC §3.2): what the `http.*` checks may do with a Paragon-style `sdk/me` service. */
import type { ClientRequest, ClientResponse } from './client.js';
import type { ExchangeLog } from './log.js';

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
