/** validate.* checks: accepts every valid case, rejects every invalid one, always answers a boolean. */
import type { CheckDef } from '../../engine/check.js';
import { excerpt } from '../equality.js';
import { type CallResult, callOp, needsOne, searchCases, violationText } from './common.js';

const shown = (r: CallResult<unknown>): string => (r.ok ? excerpt(r.observed.result) : r.threw);

export const acceptsValid: CheckDef = {
  id: 'validate.accepts-valid',
  level: 'MUST',
  title: 'validate returns true for every valid Connected User',
  skipReason: (t) => needsOne(t, 'validate'),
  run: (ctx) =>
    searchCases(ctx, ['valid'], async (c) => {
      const r = await callOp(ctx, 'validate', c.json);
      return r.ok && r.observed.result === true ? undefined : { expected: 'validate → true (the value is valid)', actual: `validate → ${shown(r)}` };
    }),
};

export const rejectsInvalid: CheckDef = {
  id: 'validate.rejects-invalid',
  level: 'MUST',
  title: 'validate returns false for every invalid value',
  skipReason: (t) => needsOne(t, 'validate'),
  run: (ctx) =>
    searchCases(ctx, ['invalid'], async (c) => {
      const r = await callOp(ctx, 'validate', c.json);
      return r.ok && r.observed.result === false
        ? undefined
        : { expected: `validate → false (violates ${violationText(c)})`, actual: `validate → ${shown(r)}` };
    }),
};

export const validateTotal: CheckDef = {
  id: 'validate.total',
  level: 'MUST',
  title: 'validate answers a boolean for any JSON value and never throws',
  skipReason: (t) => needsOne(t, 'validate'),
  run: (ctx) =>
    searchCases(ctx, ['valid', 'invalid'], async (c) => {
      const r = await callOp(ctx, 'validate', c.json);
      if (!r.ok) return { expected: 'a boolean', actual: `threw: ${r.threw}` };
      return typeof r.observed.result === 'boolean'
        ? undefined
        : { expected: 'a boolean', actual: `returned ${excerpt(r.observed.result)} (${typeof r.observed.result})` };
    }),
};
