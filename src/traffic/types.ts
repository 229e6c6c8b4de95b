/** The data model of live traffic (SPEC §15): one exchange as seen on the wire or in a log, and the report's `traffic` section. Types only. */
import type { Report, Violation } from '../core/types.js';

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

/** A traffic rule: what is judged, as a check id. */
export type TrafficRule = 'traffic.response.conforms' | 'traffic.patch.profile';

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

/** The first or last time a finding was seen. */
export interface Seen {
  /** 1-based number of the exchange in this run. */
  exchange: number;
  at?: string;
  where: string;
}

/** One finding: every hit with the same fingerprint. */
export interface TrafficFinding {
  fingerprint: string;
  /** The readable text the fingerprint is the hash of. */
  text: string;
  rule: TrafficRule;
  failure: string;
  location: string;
  keyword?: string;
  value?: string;
  /** Occurrences (one exchange can hold several, e.g. two integrations with PENDING). */
  count: number;
  /** Exchanges that held at least one. */
  exchanges: number;
  firstSeen: Seen;
  lastSeen: Seen;
  expected: string;
  actual: string;
  /** The first exchange's request line and status (no headers, no query). */
  request: { method: string; path: string; status: number };
  /** The minimal, de-identified, redacted fixture that still shows the violation (JSON findings only). */
  fixture?: { instance: unknown; violation: Violation; shrinkSteps: number };
  /** True when `fixture` is a Connected User that the schema rejects with exactly `violation` (`check --replay` takes it). */
  replayable?: boolean;
  /** Where `--fixtures` wrote it. */
  fixtureFile?: string;
}

/** Enum values seen at one location. */
export interface ObservedEnum {
  location: string;
  allowed: unknown[];
  values: { value: unknown; count: number; allowed: boolean }[];
  /** Occurrences of further distinct values not listed (the list is bounded). */
  otherValues: number;
}

/** Properties the schema does not declare, seen at one location. */
export interface ObservedUnknown {
  location: string;
  names: { name: string; count: number }[];
  otherNames: number;
}

/** Entry counts of one map location over every body seen. */
export interface ObservedMapSize {
  location: string;
  bodies: number;
  min: number;
  median: number;
  max: number;
}

/** What was seen (SPEC §15 "observed values"). */
export interface Observed {
  enums: ObservedEnum[];
  unknownProperties: ObservedUnknown[];
  mapSizes: ObservedMapSize[];
  contentTypes: { contentType: string; count: number }[];
}

/** The report's `traffic` section; its JSON Schema is `schemas/traffic.schema.json`. */
export interface TrafficSection {
  mode: 'proxy' | 'audit';
  /** Upstream URL (redacted) or the files audited. */
  source: string;
  exchanges: {
    total: number;
    /** sdk/me exchanges whose response or PATCH body was judged. */
    judged: number;
    /** 2xx sdk/me response bodies judged against the schema. */
    responsesJudged: number;
    /** PATCH request bodies judged against the profile. */
    patchesJudged: number;
    unjudged: number;
    /** Requests the upstream did not answer (the proxy answered 502). */
    upstreamErrors: number;
    /** Bodies over the size limit, passed on but not judged. */
    tooLarge: number;
    /** Log lines or HAR entries that could not be read. */
    malformed: number;
    byStatus: Record<string, number>;
  };
  findings: TrafficFinding[];
  /** Findings beyond the bounded list (counted, not kept). */
  otherFindings: number;
  observed: Observed;
  /** The first malformed inputs and upstream errors: where and why. */
  problems: { where: string; reason: string }[];
}

/** A report that may carry a `traffic` section (written by `proxy` and `audit`). */
export type TrafficReport = Report & { traffic?: TrafficSection };
