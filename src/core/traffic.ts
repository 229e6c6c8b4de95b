/** The `traffic` section of a report (SPEC §15): findings of live traffic and the values seen. Types only. */
import type { Report, Violation } from './types.js';

/** A traffic rule: what is judged, as a check id. */
export type TrafficRule = 'traffic.response.conforms' | 'traffic.patch.profile';

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

/** A report with its optional `traffic` section (written by `proxy` and `audit`). */
export type TrafficReport = Report & { traffic?: TrafficSection };
