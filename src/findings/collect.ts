/**
 * Collects the distinct findings of one check (SPEC §12): every failing case is either counted against a finding it
 * already belongs to, or shrunk (keeping its failure class and place) and fingerprinted; up to `maxFindings` findings.
 */
import type { CNode } from '../../generators/index.js';
import type { Case } from '../core/types.js';
import type { Oracle } from '../schema/oracle.js';
import { type Fingerprint, type FingerprintParts, fingerprint } from './fingerprint.js';
import { coarseLocation, independentOfViolation, locate, locateAsIs } from './locate.js';
import { holds } from './match.js';
import type { Found, Miss } from './types.js';

/** What the collector needs from the check it serves. */
export interface CollectorOptions {
  check: string;
  root: CNode;
  oracle: Oracle;
  maxFindings: number;
  /** Judges one case (as the check does). */
  judge(c: Case): Promise<Miss | undefined>;
  /** Shrinks a failing case keeping `keeps` true; resolves to the minimal case and the shrink steps. */
  shrink(c: Case, keeps: (candidate: Case, miss: Miss) => boolean): Promise<{ case: Case; steps: number }>;
  /** How a counterexample is shown (default: the case's value); HTTP checks show the request instead. */
  show?(c: Case): unknown;
}

interface Entry {
  found: Found;
  location: string;
  value?: string;
  kind: Case['kind'];
  /** An invalid case's failure that does not depend on its violation (see `independentOfViolation`). */
  independent: boolean;
}

/** The findings of one check, in the order they were found. */
export class FindingCollector {
  private readonly entries: Entry[] = [];
  private shrinks = 0;
  private readonly maxShrinks: number;
  /** Failing cases not attributed to a finding (past the limits). */
  unattributed = 0;

  constructor(private readonly o: CollectorOptions) {
    this.maxShrinks = o.maxFindings + 10;
  }

  /** Takes one failing case. */
  async add(c: Case, miss: Miss): Promise<void> {
    // Invalid cases carry their place: their fingerprint is known without shrinking, unless the failure does not
    // depend on the violation. For the others, where the bug sits is only known after shrinking: first see whether a
    // known finding explains the case.
    const independent = (await independentOfViolation(this.ctx(), c, miss)) !== undefined;
    const shrinkFirst = c.kind === 'valid' || miss.at !== undefined || independent;
    const pre = shrinkFirst ? undefined : await this.fingerprintOf(c, miss);
    const hit = pre ? this.entries.find((e) => e.found.fingerprint === pre.fp.id) : this.explaining(c, miss, independent);
    if (hit) hit.found.hits++;
    else if (this.entries.length >= this.o.maxFindings || this.shrinks >= this.maxShrinks) this.unattributed++;
    else await this.fresh(c, miss, independent, pre);
  }

  /** The known finding whose place and value class the (not yet shrunk) case holds. */
  private explaining(c: Case, miss: Miss, independent: boolean): Entry | undefined {
    const value = JSON.parse(c.json) as unknown;
    return this.entries.find(
      (e) => e.kind === c.kind && e.independent === independent && e.found.failureClass === miss.failureClass && holds(this.o.root, value, e.location, e.value),
    );
  }

  /** Fingerprints a case `add` has just found to fail because of its violation (so it is located as it is). */
  private async fingerprintOf(c: Case, miss: Miss): Promise<{ parts: FingerprintParts; fp: Fingerprint }> {
    const parts = await locateAsIs(this.ctx(), c, miss);
    return { parts, fp: fingerprint(parts) };
  }

  /** The findings, new ones in discovery order. */
  findings(): Found[] {
    return this.entries.map((e) => e.found);
  }

  private ctx() {
    return { check: this.o.check, root: this.o.root, oracle: this.o.oracle, judge: (x: Case) => this.o.judge(x) };
  }

  /** Shrinks a case that no finding explains, fingerprints the minimal one and records (or counts) it. */
  private async fresh(c: Case, miss: Miss, independent: boolean, pre?: { parts: FingerprintParts; fp: Fingerprint }): Promise<void> {
    this.shrinks++;
    const place = coarseLocation(this.o.root, c, miss);
    const keyword = miss.keyword ?? c.violation?.keyword;
    const keeps = (cand: Case, m: Miss) =>
      m.failureClass === miss.failureClass &&
      (m.keyword ?? cand.violation?.keyword) === keyword &&
      (c.kind === 'valid' || coarseLocation(this.o.root, cand, m) === place);
    const { case: minimal, steps } = await this.o.shrink(c, keeps);
    const again = await this.o.judge(minimal);
    const shown = again && keeps(minimal, again) ? { c: minimal, miss: again, steps } : { c, miss, steps: 0 };
    const parts = pre?.parts ?? (await locate(this.ctx(), shown.c, shown.miss));
    const fp = pre?.fp ?? fingerprint(parts);
    const same = this.entries.find((e) => e.found.fingerprint === fp.id);
    if (same) {
      same.found.hits++;
      return;
    }
    const causedBy = shown.miss.causedBy ? { check: shown.miss.causedBy, fingerprint: fingerprint({ ...parts, check: shown.miss.causedBy }).id } : undefined;
    this.entries.push({
      kind: c.kind,
      independent,
      location: parts.location,
      ...(parts.value !== undefined ? { value: parts.value } : {}),
      found: {
        fingerprint: fp.id,
        signature: fp.text,
        failureClass: shown.miss.failureClass,
        hits: 1,
        ...(causedBy ? { causedBy } : {}),
        counterexample: this.o.show ? this.o.show(shown.c) : (JSON.parse(shown.c.json) as unknown),
        ...(shown.c.violation ? { violation: shown.c.violation } : {}),
        expected: shown.miss.expected,
        actual: shown.miss.actual,
        shrinkSteps: shown.steps,
        ...(shown.miss.http ? { http: shown.miss.http } : {}),
      },
    });
  }
}
