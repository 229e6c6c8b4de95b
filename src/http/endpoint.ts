/** The HTTP side of a target (SPEC §3.2). Filled in by the HTTP target module. */

/** A Paragon-style `sdk/me` service the HTTP checks talk to. */
export interface HttpEndpoint {
  /** Base URL, e.g. `http://127.0.0.1:4010` (no secrets). */
  readonly baseUrl: string;
  readonly projectId: string;
  /** PATCH requests may be sent. */
  readonly allowWrites: boolean;
  close(): Promise<void>;
}
