/** What a check says about one failing case, and what a finding is made of. Types only. */
import type { HttpExchange, Violation } from '../core/types.js';

/** Why one case failed a check. */
export interface Miss {
  expected: string;
  actual: string;
  /** Failure class (SPEC §12): `accepted-invalid`, `rejected-valid`, `threw`, `not-boolean`, `lost-data`, … */
  failureClass: string;
  /** Where in the input the failure shows (lost or changed data); default: the violation's place, or where the case's data sits. */
  at?: readonly (string | number)[];
  /** The keyword the failure is about, when not the case's own violation (e.g. the first error of an invalid output). */
  keyword?: string;
  /** The check whose finding this failure only follows from (e.g. `parse.accepts-valid` for a round trip that rejected). */
  causedBy?: string;
  /** The exchange that shows it (HTTP checks). */
  http?: HttpExchange;
}

/** A finding of one check, before the engine adds replay commands and baseline marks. */
export interface Found {
  fingerprint: string;
  signature: string;
  failureClass: string;
  hits: number;
  causedBy?: { check: string; fingerprint: string };
  counterexample: unknown;
  violation?: Violation;
  expected: string;
  actual: string;
  shrinkSteps: number;
  http?: HttpExchange;
}
