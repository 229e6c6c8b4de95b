/** Findings of checks that do not walk generated cases (HTTP request batteries): grouped by fingerprint, counted. */
import { type FingerprintParts, fingerprint } from './fingerprint.js';
import type { Found, Miss } from './types.js';

/** Collects findings whose fingerprint parts the check states itself. */
export class DirectFindings {
  private readonly found: Found[] = [];
  /** Failures past `max` distinct findings. */
  unattributed = 0;

  constructor(
    private readonly check: string,
    private readonly max: number,
  ) {}

  /** Records one failure at `location` (e.g. `GET`, `PATCH body: malformed JSON`) with its counterexample. */
  add(miss: Miss, location: string, counterexample: unknown, extra: Partial<Pick<FingerprintParts, 'keyword' | 'value'>> = {}, shrinkSteps = 0): void {
    const fp = fingerprint({ check: this.check, failure: miss.failureClass, location, ...extra, ...(miss.keyword ? { keyword: miss.keyword } : {}) });
    const same = this.found.find((f) => f.fingerprint === fp.id);
    if (same) {
      same.hits++;
      return;
    }
    if (this.found.length >= this.max) {
      this.unattributed++;
      return;
    }
    this.found.push({
      fingerprint: fp.id,
      signature: fp.text,
      failureClass: miss.failureClass,
      hits: 1,
      counterexample,
      expected: miss.expected,
      actual: miss.actual,
      shrinkSteps,
      ...(miss.http ? { http: miss.http } : {}),
    });
  }

  /** Number of distinct findings so far. */
  get size(): number {
    return this.found.length;
  }

  findings(): Found[] {
    return [...this.found];
  }
}
