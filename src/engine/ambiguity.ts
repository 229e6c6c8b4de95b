/**
 * Cases the oracle and the second opinion judge differently are spec ambiguities (SPEC §13): they are taken out of
 * every check (and out of shrinking), and listed in the report, so no target is ever blamed for one.
 */
import type { CaseSource, GeneratedCase, Shard } from '../../generators/index.js';
import type { Ambiguity, Case } from '../core/types.js';
import type { Oracle } from '../schema/oracle.js';

/** A case source that only hands out cases both validators agree on; `found` collects the others. */
export function agreedCases(src: CaseSource, oracle: Oracle, second: (value: unknown) => boolean, found: Ambiguity[]): CaseSource {
  const agrees = (c: Case): boolean => {
    const value = JSON.parse(c.json) as unknown;
    const ours = oracle.isValid(value);
    const theirs = second(value);
    return ours === theirs;
  };
  const filtered = (cases: Iterable<GeneratedCase>): GeneratedCase[] => {
    const out: GeneratedCase[] = [];
    for (const c of cases) {
      if (agrees(c)) {
        out.push(c);
        continue;
      }
      const value = JSON.parse(c.json) as unknown;
      if (!found.some((a) => a.json === c.json))
        found.push({ json: c.json, kind: c.kind, oracle: oracle.isValid(value), secondOpinion: second(value), ...(c.label ? { label: c.label } : {}) });
    }
    return out;
  };
  return {
    valid: (runs: number, shard?: Shard) => filtered(src.valid(runs, shard)),
    invalid: (runs: number, shard?: Shard) => filtered(src.invalid(runs, shard)),
    shrink: (c, fails, opts) => src.shrink(c, async (cand) => agrees(cand) && (await fails(cand)), opts),
    locationsOf: (value) => src.locationsOf(value),
    locations: src.locations,
  };
}
