/** The data of a schema comparison (SPEC §14): changes, per-role verdicts, witnesses and the impact on targets. Types only. */
import type { Violation } from '../core/types.js';

/** Who a change can break: `reader` keeps reading OLD data under NEW; `writer` is a consumer still on OLD reading NEW data. */
export type Role = 'reader' | 'writer';

/** Both roles, in report order. */
export const roles: readonly Role[] = ['reader', 'writer'];

/** A verdict for one change and one role. */
export type VerdictKind = 'compatible' | 'breaking' | 'unknown';

/** One keyword-level difference between the canonical forms of OLD and NEW. */
export interface Change {
  /** Stable id, `PATH:KEYWORD` (e.g. `$.integrations.*.credentialStatus:enum`), used by accept files. */
  id: string;
  /** Instance locations the change applies to, JSONPath-like: `$` root, `.key`, `["odd key"]`, `.*` any other key, `[*]` any item. */
  path: string;
  /** The keyword that differs (`additionalProperties` when a place stops or starts taking any value at all). */
  keyword: string;
  /** The keyword's value in OLD (absent: the keyword is not there). */
  before?: unknown;
  /** The keyword's value in NEW (absent: the keyword is not there). */
  after?: unknown;
  /** Schema location of the node in OLD (absent when OLD has no schema there: any value was allowed). */
  oldLocation?: string;
  /** Schema location of the node in NEW. */
  newLocation?: string;
}

/** A minimal instance valid under one version and invalid under the other, confirmed by both oracles. */
export interface Witness {
  instance: unknown;
  validUnder: 'old' | 'new';
  invalidUnder: 'old' | 'new';
  /** The error the other version reports for it at the change. */
  violation: Violation;
  /** Candidates tried before the first hit, and successful shrink steps after it. */
  tried: number;
  shrinkSteps: number;
}

/** The verdict of one change for one role. */
export interface RoleVerdict {
  verdict: VerdictKind;
  /** Why: the loosening rule that proves compatibility, what the witness shows, or what could not be decided. */
  reason: string;
  witness?: Witness;
  /** Set when an accept file acknowledges this break (or unknown): its reason. */
  accepted?: string;
}

/** A change with its verdicts (only for the roles asked for). */
export interface JudgedChange extends Change {
  reader?: RoleVerdict;
  writer?: RoleVerdict;
}

/** What one implementation did with one witness. */
export type ImpactOutcome = 'accepts' | 'rejects' | 'threw' | 'not-sent' | 'error';

/** One row of the impact table: a witness through one target. */
export interface Impact {
  change: string;
  role: Role;
  target: string;
  outcome: ImpactOutcome;
  /** True when the outcome means this implementation breaks (it rejects data it must accept). */
  breaks: boolean;
  /** How the witness was sent or why it was not (e.g. HTTP targets only take `{"meta": …}` PATCH bodies). */
  note: string;
}

/** The whole comparison, as written to `compat.json` (its JSON Schema: `schemas/compat-report.schema.json`). */
export interface CompatReport {
  tool: { name: string; version: string };
  old: { source: string; $id: string; sha256: string };
  new: { source: string; $id: string; sha256: string };
  roles: Role[];
  /** `breaking` when a break is not accepted, else `unknown` when an undecided change is not accepted, else `compatible`. */
  verdict: VerdictKind;
  /** True when unknown verdicts do not fail the gate (`--allow-unknown`). */
  allowUnknown: boolean;
  summary: { changes: number; compatible: number; breaking: number; unknown: number; accepted: number };
  changes: JudgedChange[];
  targets: { description: string; kind: string }[];
  impact: Impact[];
  /** Accept entries that matched no breaking or unknown verdict ("remove it"). */
  staleAccepts: { change: string; role: string }[];
  notes: string[];
  startedAt: string;
  durationMs: number;
}
