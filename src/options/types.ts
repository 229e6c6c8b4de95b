/** The options of one conformance run: plain, serialisable data (they cross into vitest workers). Types only. */
import type { DictionaryEntry } from '../../generators/data/dictionary.js';
import type { Format } from '../report/formats.js';

/** HTTP target options (SPEC §3.2). Secrets are never stored here: tokens are read from the environment. */
export interface HttpOptions {
  projectId: string;
  tokenEnv: string;
  signingKey?: string;
  headers: string[];
  allowWrites: boolean;
  concurrency: number;
  rate?: number;
}

/** A run's options after flags, config file and library input were merged, checked and defaulted. */
export interface CheckOptions {
  /** Target specs (`reference`, `module:PATH`, `cmd:COMMAND`, `http(s)://…`), at least one; all see the same cases. */
  targets: string[];
  /** Random cases per check (after the dictionary and edge-case phases). */
  runs: number;
  seed: number;
  /** Check ids to run (empty: all). */
  checks: string[];
  /** SHOULD failures fail the gate too. */
  strict: boolean;
  timeoutMs: number;
  reportDir: string;
  formats: Format[];
  shard?: { index: number; count: number };
  /** Another version of the Connected User schema (relative to `cwd`). */
  schemaPath?: string;
  /** A replay file written by an earlier failure. */
  replayPath?: string;
  http: HttpOptions;
  /** Distinct findings kept per check (each shrunk); more failing cases are counted against them. */
  maxFindings: number;
  /** Baseline file (known findings); undefined: `paragon-conformance.baseline.json` in `cwd` when it exists. */
  baselinePath?: string;
  /** Write the current findings to the baseline file (keeping reasons). */
  updateBaseline: boolean;
  /** Baseline entries whose finding is gone fail the gate. */
  strictBaseline: boolean;
  /** Judge every case with a second, independent JSON Schema validator too (spec ambiguities are never a target's fault). */
  secondOpinion: boolean;
  /** The conformance ledger (`conformance-history.jsonl`); undefined: inside `reportDir`. */
  historyPath?: string;
  /** User extensions of the hostile dictionary (config file `dictionary`); `false` leaves the phase out (benchmarks). */
  dictionary: readonly DictionaryEntry[] | false;
  /** `vitest`: the suites run through vitest (default); `inline`: the same checks in this process. */
  runner: 'vitest' | 'inline';
  /** Working directory: module paths, the schema, the report dir and the baseline resolve against it. */
  cwd: string;
}

/** What a caller may give: any option, all optional; `target` is shorthand for one target; `http` may be partial. */
export type CheckInput = Partial<Omit<CheckOptions, 'http' | 'targets' | 'formats'>> & {
  target?: string;
  targets?: string[];
  formats?: readonly string[];
  http?: Partial<HttpOptions>;
};
