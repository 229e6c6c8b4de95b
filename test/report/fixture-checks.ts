/** The checks the report fixtures are made of (id, level, title), one table for `fixtures.ts` and `fixtures-multi.ts`. */
import type { CheckResult } from '../../src/core/types.js';

/** Every fixture check, in report order. */
export const fixtureChecks: readonly [string, CheckResult['level'], string][] = [
  ['validate.accepts-valid', 'MUST', 'validate returns true for every valid case'],
  ['validate.rejects-invalid', 'MUST', 'validate returns false for every invalid case'],
  ['validate.total', 'MUST', 'validate returns a boolean for any JSON value, never throws'],
  ['parse.accepts-valid', 'MUST', 'parse accepts valid'],
  ['parse.rejects-invalid', 'MUST', 'parse rejects invalid'],
  ['roundtrip.output-valid', 'MUST', 'serialize(parse(x)) is a valid Connected User'],
  ['roundtrip.preserves-data', 'MUST', 'the schema-defined data of the output equals the input'],
  ['roundtrip.preserves-unknown', 'SHOULD', 'unknown properties survive the round trip'],
  ['purity.no-input-mutation', 'SHOULD', 'no operation changes the value it was given'],
  ['safety.no-prototype-pollution', 'MUST', 'no operation changes Object.prototype'],
  ['http.read.conforms', 'MUST', 'GET answers 200, JSON, a valid Connected User'],
  ['http.auth.required', 'MUST', 'no token or a bad token gives 401/403'],
];

/** The level and title of a fixture check. */
export function levelAndTitle(id: string): Pick<CheckResult, 'level' | 'title'> {
  const [, level, title] = fixtureChecks.find((x) => x[0] === id)!;
  return { level, title };
}
