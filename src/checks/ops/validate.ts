/** validate.* checks: accepts every valid case, rejects every invalid one, always answers a boolean. */
import { excerpt } from '../../core/text.js';
import type { Miss } from '../../findings/types.js';
import { searchCases } from '../search.js';
import type { CheckDef } from '../types.js';
import { type CallResult, callOp, needsOne, violationText } from './common.js';

const total = 'validate.total';

/** A throw or a non-boolean answer: validate.total's failure (other checks report it as following from it). */
function notTotal(r: CallResult<unknown>, expected: string, causedBy?: string): Miss | undefined {
  const also = causedBy ? { causedBy } : {};
  if (!r.ok) return { expected, actual: `threw: ${r.threw}`, failureClass: 'threw', ...also };
  const v = r.observed.result;
  if (typeof v !== 'boolean') return { expected, actual: `returned ${excerpt(v)} (${typeof v})`, failureClass: 'not-boolean', ...also };
  return undefined;
}

export const acceptsValid: CheckDef = {
  id: 'validate.accepts-valid',
  level: 'MUST',
  title: 'validate returns true for every valid Connected User',
  skipReason: (t) => needsOne(t, 'validate'),
  run: (ctx) =>
    searchCases(ctx, 'validate.accepts-valid', ['valid'], async (c) => {
      const r = await callOp(ctx, 'validate', c.json);
      const expected = 'validate → true (the value is valid)';
      const odd = notTotal(r, expected, total);
      if (odd) return odd;
      return r.ok && r.observed.result === true ? undefined : { expected, actual: 'validate → false', failureClass: 'rejected-valid' };
    }),
};

export const rejectsInvalid: CheckDef = {
  id: 'validate.rejects-invalid',
  level: 'MUST',
  title: 'validate returns false for every invalid value',
  skipReason: (t) => needsOne(t, 'validate'),
  run: (ctx) =>
    searchCases(ctx, 'validate.rejects-invalid', ['invalid'], async (c) => {
      const r = await callOp(ctx, 'validate', c.json);
      const expected = `validate → false (violates ${violationText(c)})`;
      const odd = notTotal(r, expected, total);
      if (odd) return odd;
      return r.ok && r.observed.result === false ? undefined : { expected, actual: 'validate → true', failureClass: 'accepted-invalid' };
    }),
};

export const validateTotal: CheckDef = {
  id: total,
  level: 'MUST',
  title: 'validate answers a boolean for any JSON value and never throws',
  skipReason: (t) => needsOne(t, 'validate'),
  run: (ctx) => searchCases(ctx, total, ['valid', 'invalid'], async (c) => notTotal(await callOp(ctx, 'validate', c.json), 'a boolean')),
};
