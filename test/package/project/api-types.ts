// Type-checked against the installed package's .d.ts files: the public API has real types, not `any`.
import fc from 'fast-check';
import type { Case, CheckOptions, CheckResult, InvalidValue, Report, Target, Verdict, Violation } from 'paragon-conformance';
import { check, checkCatalog, exitCode, invalidUser, oracle, oracleFor, type UsageError, validUser } from 'paragon-conformance';
import type { SuiteOptions } from 'paragon-conformance/vitest';
import { conformanceSuite } from 'paragon-conformance/vitest';

const arb: fc.Arbitrary<unknown> = validUser({ bigMaps: false, bigStrings: false, maxRecursion: 2 });
const bad: fc.Arbitrary<InvalidValue> = invalidUser({ confirm: true, schema: 'schemas/other.json' });
const v: Violation = fc.sample(bad, 1)[0]!.violation;
const ok: boolean = oracle.isValid({}) && oracleFor({}).check({}).valid && oracle.failsExactlyWith({}, v);

export async function gate(): Promise<number> {
  const report: Report = await check({ target: 'module:./impl.mjs', runs: 20, http: { allowWrites: true } });
  const verdict: Verdict = report.verdict;
  const results: CheckResult[] = report.checks;
  const code: 0 | 1 | 3 | 4 = exitCode(report);
  const ids: string[] = checkCatalog.map((c) => c.id);
  return verdict === 'conformant' && results.length === ids.length ? code : 1;
}

// @ts-expect-error runs is a number
void check({ runs: '20' });
// @ts-expect-error no such generator option
void validUser({ hostile: 3 });
// @ts-expect-error the oracle returns a result object, not a boolean
const wrong: boolean = oracle.check({});

const options: Partial<CheckOptions> = { strict: true };
const suite: SuiteOptions = { ...options, target: 'module:./impl.mjs' };
if (process.env.NEVER) conformanceSuite(suite);
export type Used = [Case, Target, typeof arb, typeof ok, typeof wrong, UsageError];
