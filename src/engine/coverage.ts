/** Coverage of the schema (SPEC §6): valid cases that reached each location, invalid cases that violated it. */
import type { CaseSource, Shard } from '../../generators/source/types.js';
import { violationLocation } from '../core/pointer.js';
import type { CheckResult, CoverageEntry } from '../core/types.js';

function entryIn(entries: Map<string, CoverageEntry>, location: string): CoverageEntry {
  let e = entries.get(location);
  if (!e) {
    e = { location, valid: 0, invalid: 0, failedChecks: [] };
    entries.set(location, e);
  }
  return e;
}

/** Counts, over the same cases the checks use, which locations valid cases reach and invalid ones violate. */
export function countCoverage(cases: CaseSource, runs: number, shard: Shard | undefined): CoverageEntry[] {
  const entries = new Map<string, CoverageEntry>(cases.locations.map((l) => [l, { location: l, valid: 0, invalid: 0, failedChecks: [] }]));
  for (const c of cases.valid(runs, shard)) for (const l of new Set(cases.locationsOf(JSON.parse(c.json)))) entryIn(entries, l).valid++;
  for (const c of cases.invalid(runs, shard)) if (c.violation) entryIn(entries, violationLocation(c.violation)).invalid++;
  return [...entries.values()];
}

/** Marks, on a copy of `counts`, the locations where a check failed with a counterexample (valid-case failures: `#`). */
export function markFailures(counts: readonly CoverageEntry[], results: readonly CheckResult[]): CoverageEntry[] {
  const entries = new Map(counts.map((e) => [e.location, { ...e, failedChecks: [...e.failedChecks] }]));
  for (const r of results) {
    for (const f of r.failures) {
      const e = entryIn(entries, f.violation ? violationLocation(f.violation) : '#');
      if (!e.failedChecks.includes(r.id)) e.failedChecks.push(r.id);
    }
  }
  return [...entries.values()];
}
