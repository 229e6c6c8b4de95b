/** Coverage of the schema (SPEC §6): valid cases that reached each location, invalid cases that violated it. */
import type { CaseSource, Shard } from '../../generators/types.js';
import type { CheckResult, CoverageEntry } from '../core/types.js';

/** The location a violation sits at: its schemaPath without the keyword, e.g. `#/properties/id`. */
export function violationLocation(schemaPath: string): string {
  const cut = schemaPath.lastIndexOf('/');
  return cut <= 0 ? '#' : schemaPath.slice(0, cut);
}

/** Counts, over the same cases the checks use, which locations valid cases reach and invalid ones violate. */
export function measureCoverage(cases: CaseSource, runs: number, shard: Shard | undefined, results: readonly CheckResult[]): CoverageEntry[] {
  const entries = new Map<string, CoverageEntry>(cases.locations.map((l) => [l, { location: l, valid: 0, invalid: 0, failedChecks: [] }]));
  const entry = (l: string) => {
    let e = entries.get(l);
    if (!e) entries.set(l, (e = { location: l, valid: 0, invalid: 0, failedChecks: [] }));
    return e;
  };
  for (const c of cases.valid(runs, shard)) for (const l of new Set(cases.locationsOf(JSON.parse(c.json)))) entry(l).valid++;
  for (const c of cases.invalid(runs, shard)) if (c.violation) entry(violationLocation(c.violation.schemaPath)).invalid++;
  for (const r of results) {
    for (const f of r.failures) {
      const where = f.violation ? violationLocation(f.violation.schemaPath) : '#';
      const e = entry(where);
      if (!e.failedChecks.includes(r.id)) e.failedChecks.push(r.id);
    }
  }
  return [...entries.values()];
}
