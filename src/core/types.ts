/** The data model every part shares: cases, violations, target operations and the report. Types only. */
import type { HttpEndpoint } from './http.js';

/** Where and how an invalid instance breaks the schema, exactly as ajv reports it. */
export interface Violation {
  /** JSON Pointer into the instance, e.g. `/integrations/slack/credentialStatus`. */
  instancePath: string;
  /** The failing keyword, e.g. `type`, `enum`. */
  keyword: string;
  /** ajv's schemaPath, e.g. `#/$defs/UserIntegration/properties/credentialStatus/enum`. */
  schemaPath: string;
}

/** A generated test case. The value travels as JSON text, so every call gets a fresh parse. */
export interface Case {
  kind: 'valid' | 'invalid';
  /** The instance as JSON text. */
  json: string;
  /** Present on invalid cases: the one violation the oracle reports. */
  violation?: Violation;
  /** `dictionary` for the hostile dictionary, `edge` for the deterministic boundary phase, `random` for seeded random cases. */
  phase: 'dictionary' | 'edge' | 'random';
  /** Stable index within its stream (edge cases first), used for sharding and replay. */
  index: number;
  /** Short human label (edge cases: what the boundary is; mutations: the operator). */
  label?: string | undefined;
}

/** Operations a target can offer. `parse` only accepts/rejects; `roundtrip` is serialize(parse(x)). */
export type Op = 'validate' | 'parse' | 'roundtrip';

/** Result of a roundtrip/parse call. */
export type ParseOutcome = { ok: true; output: unknown } | { ok: false; rejected: string };

/** What an in-process call lets the suite observe besides the result. */
export interface Observed<T> {
  result: T;
  /** In-process targets: the values handed to the implementation, as they are after the call. */
  given?: { label: string; before: string; after: unknown }[];
  /** Wall time of the call in milliseconds. */
  latencyMs?: number;
}

/**
 * Every kind of target behind the same small surface (SPEC §3). Methods exist only for ops the target offers.
 * Implementations throw `TargetError` for crashes, timeouts and protocol violations.
 */
export interface Target {
  /** Present when the target is (or includes) a Paragon-style HTTP service. */
  readonly http?: HttpEndpoint;
  /** Kind from the target table: reference, module, cmd, http. */
  readonly kind: string;
  /** Human description, secrets redacted. */
  readonly description: string;
  /** Ops offered. */
  readonly ops: ReadonlySet<Op>;
  /** True when calls run in this process (purity and prototype checks apply). */
  readonly inProcess: boolean;
  /** Implementation metadata (cmd harnesses announce it). */
  readonly implementation?: { name?: string; language?: string; version?: string };
  validate?(json: string): Promise<Observed<unknown>>;
  /** For `parse` only targets the output is whatever parse returned. */
  parse?(json: string): Promise<Observed<ParseOutcome>>;
  roundtrip?(json: string): Promise<Observed<ParseOutcome>>;
  close(): Promise<void>;
}

export type Level = 'MUST' | 'SHOULD';
export type CheckStatus = 'passed' | 'failed' | 'skipped' | 'errored';

/** HTTP exchange recorded with a failure (Authorization redacted). */
export interface HttpExchange {
  request: { method: string; path: string; headers?: Record<string, string>; body?: string };
  response?: { status: number; contentType?: string; bodyExcerpt?: string };
}

/** One failing (shrunk) counterexample. */
export interface Failure {
  /** The minimal counterexample as a JSON value (for HTTP checks: the request body or a description). */
  counterexample: unknown;
  violation?: Violation;
  expected: string;
  actual: string;
  /** A command line that reproduces exactly this case. */
  replay: string;
  /** Path of the saved case file (relative to the run's working directory when inside it). */
  replayFile?: string;
  shrinkSteps?: number;
  http?: HttpExchange;
}

export interface CheckResult {
  id: string;
  level: Level;
  title: string;
  status: CheckStatus;
  /** Number of cases run. */
  cases: number;
  failures: Failure[];
  /** Why skipped (op missing, read-only HTTP) or errored (target error message). */
  reason?: string;
  durationMs: number;
}

export interface CoverageEntry {
  /** Schema location as a JSON Pointer fragment, e.g. `#/properties/meta/additionalProperties`. */
  location: string;
  /** Valid cases that reached this location. */
  valid: number;
  /** Invalid cases whose violation is at this location. */
  invalid: number;
  /** Checks that failed with a counterexample at this location. */
  failedChecks: string[];
}

export type Verdict = 'conformant' | 'non-conformant' | 'error';

/** What the hostile dictionary phase (SPEC §10) ran: how many entries at how many locations. */
export interface DictionarySummary {
  /** Entries that placed at least one case (built-in and from the config). */
  entries: number;
  /** Of those, entries from the config file's `dictionary`. */
  fromConfig: number;
  /** Cases the phase contributed (before sharding). */
  cases: { valid: number; invalid: number };
  /** Placements the oracle did not confirm (an entry marked valid that is invalid there, or the reverse), left out. */
  dropped: number;
  /** The first dropped placements, to fix a config entry. */
  droppedLabels?: string[];
  /** Per location (`""` is the root, `*` any map entry or undeclared property): cases placed there. */
  locations: { pattern: string; valid: number; invalid: number }[];
  /** Per class of value or key (as src/findings/classes.ts names them): entries, locations and cases. */
  classes: { class: string; entries: number; locations: number; valid: number; invalid: number }[];
}

/** The conformance report (`conformance.json`); its JSON Schema is `schemas/report.schema.json`. */
export interface Report {
  tool: { name: string; version: string };
  schema: { $id: string; sha256: string };
  target: { kind: string; description: string; implementation?: { name?: string; language?: string; version?: string } };
  seed: number;
  runs: number;
  strict: boolean;
  shard?: { index: number; count: number };
  startedAt: string;
  durationMs: number;
  verdict: Verdict;
  summary: { passed: number; failed: number; skipped: number; errored: number; warnings: number };
  checks: CheckResult[];
  coverage: CoverageEntry[];
  timing: {
    cases: number;
    casesPerSecond: number;
    latency?: { p50: number; p99: number; samples: number };
  };
  /** Target errors and interruptions, in the order they happened. */
  errors: { message: string; check?: string }[];
  /** Remarks such as "read-only: writes were not sent". */
  notes: string[];
  /** The hostile dictionary phase: entries × locations run (absent for replays and older reports). */
  dictionary?: DictionarySummary;
}
