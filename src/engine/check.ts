/** The check registry's shape: one signature for every check, typed outcomes (Schemathesis-style). */
import type { CaseSource } from '../../generators/source/types.js';
import type { Failure, Level, Target } from '../core/types.js';
import type { LoadedSchema } from '../schema/load.js';
import type { Oracle } from '../schema/oracle.js';

/** Options a check run needs beyond the target (from flags / config). */
export interface RunSettings {
  seed: number;
  /** Random cases per check (after the edge-case phase). */
  runs: number;
  shard?: { index: number; count: number };
  /** Per-call timeout in ms. */
  timeoutMs: number;
  strict: boolean;
  /** The exact command-line prefix used to replay (`npx paragon-conformance check --target …`), secrets redacted. */
  replayPrefix: string;
  /** Directory where replay case files are written (the report dir), absolute. */
  reportDir: string;
  /** Working directory of the run: replay commands name files relative to it. */
  cwd: string;
}

/** Everything a check may use. */
export interface CheckContext {
  target: Target;
  schema: LoadedSchema;
  oracle: Oracle;
  cases: CaseSource;
  settings: RunSettings;
  /** When replaying: the one case to run (JSON text and, for invalid cases, its label). */
  replay?: { kind: 'valid' | 'invalid'; json: string; violation?: import('../core/types.js').Violation };
  /** Records one latency sample (ms) for the report's p50/p99. */
  recordLatency(ms: number): void;
  /** Cancelled (SIGINT): checks should stop at the next case. */
  signal: AbortSignal;
}

/** What a check returns: how many cases ran and the (shrunk) failures, without replay strings (the engine adds them). */
export interface CheckOutcome {
  cases: number;
  failures: Omit<Failure, 'replay'>[];
  /** Extra remarks for the report (e.g. read-only mode). */
  notes?: string[];
}

/** A check: stable id, level, and a run function. */
export interface CheckDef {
  id: string;
  level: Level;
  title: string;
  /** Returns a reason when the check does not apply to this target (reported as skipped), else undefined. */
  skipReason(target: Target): string | undefined;
  run(ctx: CheckContext): Promise<CheckOutcome>;
}
