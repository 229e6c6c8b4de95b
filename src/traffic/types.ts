/** The data model of live traffic (SPEC §15): one exchange as seen on the wire or in a log, and the report's `traffic` section. Types only. */
import type { TrafficRule } from '../core/traffic.js';
import type { Violation } from '../core/types.js';

export type {
  Observed,
  ObservedEnum,
  ObservedMapSize,
  ObservedUnknown,
  Seen,
  TrafficFinding,
  TrafficReport,
  TrafficRule,
  TrafficSection,
} from '../core/traffic.js';

/** One HTTP exchange, whether captured by the proxy or read from a HAR file or an ndjson log. Header names lower-case. */
export interface Exchange {
  method: string;
  /** Path without the query string, as the client sent it, e.g. `/projects/p1/sdk/me`. */
  path: string;
  /** Request headers the judge needs (`content-type`, `authorization`); the Authorization value is used only to redact, never kept. */
  requestHeaders: Readonly<Record<string, string | undefined>>;
  /** Request body bytes (PATCH), or text, or an already-parsed JSON value (ndjson logs may embed it). */
  requestBody?: Buffer | string | { json: unknown };
  /** Response status; 0 when there was no response (upstream down). */
  status: number;
  responseHeaders: Readonly<Record<string, string | undefined>>;
  responseBody?: Buffer | string | { json: unknown };
  /** When the exchange happened (ISO 8601), when known. */
  at?: string;
  /** Where it came from: `proxy`, `log.ndjson:17`, `session.har entry 3`. */
  where: string;
  /** A body was larger than the capture limit: passed on, not judged. */
  tooLarge?: boolean;
}

/** One violation found in one exchange, before aggregation. */
export interface Hit {
  rule: TrafficRule;
  /** Failure class: `schema-violation`, `wrong-content-type`, `not-json`, `invalid-patch`, `invalid-patch-accepted`. */
  failure: string;
  /** Generalised location (`/integrations/*\/credentialStatus`). */
  location: string;
  keyword?: string;
  /** Class of the offending value (`string:json-looking`, `enum-miss:case`, `text/plain`). */
  value?: string;
  /** The whole judged value and the violation in it, when the hit is about a JSON value (for shrinking into a fixture). */
  instance?: unknown;
  violation?: Violation;
  /** What the rule expects and what came, one line each (no concrete private data). */
  expected: string;
  actual: string;
}

/** A report that may carry a `traffic` section (written by `proxy` and `audit`). */
