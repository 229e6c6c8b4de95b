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
/** `known`: failed, but every finding is accepted in the baseline (does not gate). */
export type CheckStatus = 'passed' | 'failed' | 'known' | 'skipped' | 'errored';

/** HTTP exchange recorded with a failure (Authorization redacted). */
export interface HttpExchange {
  request: { method: string; path: string; headers?: Record<string, string>; body?: string };
  response?: { status: number; contentType?: string; bodyExcerpt?: string };
}

/** Where a finding stands against the baseline (SPEC §12). */
export interface BaselineMark {
  /** `new`: not in the baseline (gates); `known`: accepted (does not gate); `expired`: accepted until a past date (gates). */
  status: 'new' | 'known' | 'expired';
  reason?: string;
  link?: string;
  expires?: string;
}

/**
 * One distinct failure of a check (a finding): its fingerprint, how many cases hit it, and its shrunk counterexample.
 * Reports written before findings existed lack the fingerprint fields; they still merge.
 */
export interface Failure {
  /** 12 hex characters; the same bug has the same fingerprint on every seed, run and machine. */
  fingerprint?: string;
  /** The readable text the fingerprint is the hash of, e.g. `validate.rejects-invalid accepted-invalid at /meta/* (type)`. */
  signature?: string;
  /** Failure class: `accepted-invalid`, `rejected-valid`, `threw`, `lost-data`, `changed-value`, … */
  failureClass?: string;
  /** Cases of this run that hit this finding (the shrunk one included). */
  hits?: number;
  /** Set when this failure only follows from a finding of another check (e.g. parse rejects a valid user). */
  causedBy?: { check: string; fingerprint: string };
  /** Set when a baseline was in use. */
  baseline?: BaselineMark;
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
  /** Distinct findings (at most `--max-findings`), new ones first. */
  failures: Failure[];
  /** Failing cases not attributed to a reported finding (past `--max-findings`, or not shrunk within the budget). */
  unattributed?: number;
  /** Why skipped (op missing, read-only HTTP) or errored (target error message). */
  reason?: string;
  durationMs: number;
  /** Index into `Report.targets` (multi-target runs; 0 otherwise). */
  target?: number;
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

/** Counts of checks by outcome; every check lands in exactly one bucket. */
export interface Summary {
  passed: number;
  failed: number;
  skipped: number;
  errored: number;
  warnings: number;
  /** Checks whose every finding is known from the baseline. */
  known?: number;
}

/** What a target is, secrets redacted. */
export interface TargetInfo {
  kind: string;
  description: string;
  implementation?: { name?: string; language?: string; version?: string };
}

/** A target error, interruption or internal error. `internal` errors are bugs in this tool (exit 4). */
export interface RunError {
  message: string;
  check?: string;
  target?: number;
  internal?: boolean;
  /** A service that stopped answering: the requests in flight at that moment, and the command that sends them again. */
  inFlight?: { method: string; path: string; body?: string }[];
  replay?: string;
}

/** A run-health warning (SPEC §12): the run says when its own results cannot be trusted, and why. */
export interface RunWarning {
  /** Stable code, e.g. `http-token-refused`, `http-unstable-get`, `all-valid-rejected`. */
  code: string;
  message: string;
  target?: number;
}

/** One target of a run: what it is, its verdict and summary (its checks are in `Report.checks`, tagged with its index). */
export interface TargetRun {
  target: TargetInfo;
  verdict: Verdict;
  summary: Summary;
  latency?: { p50: number; p99: number; samples: number };
}

/** A finding that some targets have and others not, re-run on every target (SPEC §13). */
export interface Disagreement {
  check: string;
  fingerprint: string;
  signature: string;
  counterexample: unknown;
  violation?: Violation;
  /** Per target (by index): `fails` (has the finding), `passes`, `skipped` (lacks the op) or `errored`. */
  outcomes: ('fails' | 'passes' | 'skipped' | 'errored')[];
}

/** Multi-target runs: who fails what, at a glance (each column is a target, by index). */
export interface Matrix {
  /** Per check: each target's status (`null` when the target did not report the check). */
  checks: { id: string; statuses: (CheckStatus | null)[] }[];
  /** Per finding (fingerprint): each target's standing (`new`, `known`, `expired`), or `null` when it does not have it. */
  findings: { fingerprint: string; check: string; signature: string; targets: ('new' | 'known' | 'expired' | null)[] }[];
}

/** A case on which the oracle and the second-opinion validator disagree: a spec ambiguity, never a target's fault. */
export interface Ambiguity {
  json: string;
  kind: 'valid' | 'invalid';
  oracle: boolean;
  secondOpinion: boolean;
  label?: string;
}

/** The baseline's part in a run. */
export interface BaselineSummary {
  file: string;
  entries: number;
  known: number;
  expired: number;
  /** Entries whose finding did not occur in a run that exercised its check: "fixed: remove it". */
  fixed: { fingerprint: string; check: string; reason: string }[];
  /**
   * A shard's report only: the entries this shard's share of the cases did not meet (it lists none as fixed);
   * merge-reports lists as fixed those that no shard met.
   */
  unmet?: { fingerprint: string; check: string; reason: string }[];
  /** True when `--update-baseline` rewrote the file. */
  updated?: boolean;
}

/** One target's conformance over time (from the ledger), drawn in the HTML report. */
export interface HistorySeries {
  target: string;
  points: { date: string; version?: string; verdict: Verdict; findings: number }[];
}

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
  /** The target (multi-target runs: a description of the set; each one is in `targets`). */
  target: TargetInfo;
  /** Every target of the run, with its own verdict. */
  targets: TargetRun[];
  seed: number;
  runs: number;
  strict: boolean;
  /** `--strict-baseline`: an entry whose finding is gone fails the gate (recorded so merge-reports gates the same way). */
  strictBaseline?: boolean;
  shard?: { index: number; count: number };
  startedAt: string;
  durationMs: number;
  verdict: Verdict;
  summary: Summary;
  /** The checks of every target, in target order (`target` is the index). */
  checks: CheckResult[];
  coverage: CoverageEntry[];
  timing: {
    cases: number;
    casesPerSecond: number;
    latency?: { p50: number; p99: number; samples: number };
  };
  /** Target errors, interruptions and internal errors, in the order they happened. */
  errors: RunError[];
  /** Run-health warnings: reasons not to trust the results. */
  warnings: RunWarning[];
  /** Remarks such as "read-only: writes were not sent". */
  notes: string[];
  baseline?: BaselineSummary;
  /** Multi-target runs: targets × checks and targets × findings. */
  matrix?: Matrix;
  /** Multi-target runs: findings some targets have and others not. */
  disagreements?: Disagreement[];
  /** `--second-opinion`: cases the two validators judge differently (left out of every check). */
  ambiguities?: Ambiguity[];
  history?: HistorySeries[];
  /** The hostile dictionary phase: entries × locations run (absent for replays and older reports). */
  dictionary?: DictionarySummary;
}
