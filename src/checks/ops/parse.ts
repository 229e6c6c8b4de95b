/** parse.* checks: parse (or roundtrip, for harnesses) accepts valid values and rejects invalid ones. */

import { excerpt } from '../../core/text.js';
import type { Op } from '../../core/types.js';
import { searchCases } from '../search.js';
import type { CheckContext, CheckDef } from '../types.js';
import { callOp, needsOne, violationText } from './common.js';

const parseOp = (ctx: CheckContext): 'parse' | 'roundtrip' => (ctx.target.ops.has('parse') ? 'parse' : 'roundtrip');
const ops: Op[] = ['parse', 'roundtrip'];

export const parseAcceptsValid: CheckDef = {
  id: 'parse.accepts-valid',
  level: 'MUST',
  title: 'parse accepts every valid Connected User',
  skipReason: (t) => needsOne(t, ...ops),
  run: (ctx) =>
    searchCases(ctx, 'parse.accepts-valid', ['valid'], async (c) => {
      const op = parseOp(ctx);
      const r = await callOp(ctx, op, c.json);
      if (!r.ok) return { expected: `${op} accepts the value`, actual: `${op} threw: ${r.threw}`, failureClass: 'rejected-valid' };
      const out = r.observed.result;
      return out.ok ? undefined : { expected: `${op} accepts the value`, actual: `${op} rejected it: ${out.rejected}`, failureClass: 'rejected-valid' };
    }),
};

export const parseRejectsInvalid: CheckDef = {
  id: 'parse.rejects-invalid',
  level: 'MUST',
  title: 'parse rejects every invalid value',
  skipReason: (t) => needsOne(t, ...ops),
  run: (ctx) =>
    searchCases(ctx, 'parse.rejects-invalid', ['invalid'], async (c) => {
      const op = parseOp(ctx);
      const r = await callOp(ctx, op, c.json);
      if (!r.ok) return undefined; // a throw is a rejection
      const out = r.observed.result;
      return out.ok
        ? {
            expected: `${op} rejects the value (violates ${violationText(c)})`,
            actual: `${op} accepted it → ${excerpt(out.output)}`,
            failureClass: 'accepted-invalid',
          }
        : undefined;
    }),
};
