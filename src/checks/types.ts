/** The check registry's shape: one signature for every check, typed outcomes (Schemathesis-style). */
import type { CaseSource, CNode } from '../../generators/index.js';
import type { Level, RunWarning, Target, Violation } from '../core/types.js';
import type { Found } from '../findings/types.js';
import type { LoadedSchema } from '../schema/load.js';
import type { Oracle } from '../schema/oracle.js';

/** Options a check run needs beyond the target. */
export interface RunSettings {
  seed: number;
  /** Random cases per check (after the dictionary and edge-case phases). */
  runs: number;
  shard?: { index: number; count: number };
  /** Per-call timeout in ms. */
  timeoutMs: number;
  /** Distinct findings kept per check. */
  maxFindings: number;
}

/** Everything a check may use. */
export interface CheckContext {
  target: Target;
  schema: LoadedSchema;
  /** The schema's canonical root (fingerprints generalise locations over it). */
  root: CNode;
  oracle: Oracle;
  cases: CaseSource;
  settings: RunSettings;
  /** When replaying: the one case to run (JSON text and, for invalid cases, its label). */
  replay?: { kind: 'valid' | 'invalid' | 'requests'; json: string; violation?: Violation };
  /** Records one latency sample (ms) for the report's p50/p99. */
  recordLatency(ms: number): void;
  /** Cancelled (SIGINT): checks stop at the next case. */
  signal: AbortSignal;
}

/** What a check returns: how many cases ran and its findings (the engine adds replay commands and baseline marks). */
export interface CheckOutcome {
  cases: number;
  findings: Found[];
  /** Failing cases not attributed to a finding (past `maxFindings`). */
  unattributed?: number;
  /** Extra remarks for the report (e.g. read-only mode). */
  notes?: string[];
  /** Set when the check found out it cannot be judged against this target: reported as skipped with this reason. */
  skip?: string;
  /** Run-health warnings (SPEC §12): reasons not to trust results. */
  warnings?: RunWarning[];
}

/** What a run knows before its HTTP checks start: enough for each to say how many fresh users it will ask for. */
export interface UserPlan {
  cases: CaseSource;
  settings: Pick<RunSettings, 'runs' | 'shard'>;
  /** Requests in flight (`--concurrency`). */
  concurrency: number;
  /** PATCH requests allowed (`--allow-writes`). */
  writes: boolean;
}

/** A check: stable id, level, and a run function. */
export interface CheckDef {
  id: string;
  level: Level;
  title: string;
  /** Returns a reason when the check does not apply to this target (reported as skipped), else undefined. */
  skipReason(target: Target): string | undefined;
  run(ctx: CheckContext): Promise<CheckOutcome>;
  /** HTTP checks: how many times the check will ask the endpoint for a fresh user (minted ahead), shrinking aside. */
  freshUsers?(plan: UserPlan): number;
}
