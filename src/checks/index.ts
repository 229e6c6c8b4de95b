/** The registry of checks: every check by stable id, in report order. */

import type { CheckDef } from '../checks/types.js';
import { UsageError } from '../core/errors.js';
import { httpChecks } from './http/index.js';
import { noInputMutation, noPrototypePollution } from './ops/inprocess.js';
import { parseAcceptsValid, parseRejectsInvalid } from './ops/parse.js';
import { outputValid, preservesData, preservesUnknown } from './ops/roundtrip.js';
import { acceptsValid, rejectsInvalid, validateTotal } from './ops/validate.js';

/** Every check, in the order of SPEC §4. */
export const allChecks: readonly CheckDef[] = [
  acceptsValid,
  rejectsInvalid,
  validateTotal,
  parseAcceptsValid,
  parseRejectsInvalid,
  outputValid,
  preservesData,
  preservesUnknown,
  noInputMutation,
  noPrototypePollution,
  ...httpChecks,
];

/** The checks selected by `--check ID` (all when none); unknown ids are a usage error listing the known ones. */
export function selectChecks(ids: readonly string[]): CheckDef[] {
  if (ids.length === 0) return [...allChecks];
  const unknown = ids.filter((id) => !allChecks.some((c) => c.id === id));
  if (unknown.length) {
    throw new UsageError(`unknown check id ${unknown.map((u) => `'${u}'`).join(', ')}. Known ids: ${allChecks.map((c) => c.id).join(', ')}.`);
  }
  return allChecks.filter((c) => ids.includes(c.id));
}
