/** parse.* checks: parse (or roundtrip, for harnesses) accepts valid values and rejects invalid ones. */
import type { Op } from '../../core/types.js';
import type { CheckContext, CheckDef } from '../../engine/check.js';
import { excerpt } from '../equality.js';
import { callOp, needsOne, searchCases, violationText } from './common.js';

const parseOp = (ctx: CheckContext): 'parse' | 'roundtrip' => (ctx.target.ops.has('parse') ? 'parse' : 'roundtrip');
const ops: Op[] = ['parse', 'roundtrip'];

export const parseAcceptsValid: CheckDef = {
  id: 'parse.accepts-valid',
  level: 'MUST',
  title: 'parse accepts every valid Connected User',
  skipReason: (t) => needsOne(t, ...ops),
  run: (ctx) =>
    searchCases(ctx, ['valid'], async (c) => {
      const op = parseOp(ctx);
      const r = await callOp(ctx, op, c.json);
      if (!r.ok) return { expected: `${op} accepts the value`, actual: `${op} threw: ${r.threw}` };
      const out = r.observed.result;
      return out.ok ? undefined : { expected: `${op} accepts the value`, actual: `${op} rejected it: ${out.rejected}` };
    }),
};

export const parseRejectsInvalid: CheckDef = {
  id: 'parse.rejects-invalid',
  level: 'MUST',
  title: 'parse rejects every invalid value',
  skipReason: (t) => needsOne(t, ...ops),
  run: (ctx) =>
    searchCases(ctx, ['invalid'], async (c) => {
      const op = parseOp(ctx);
      const r = await callOp(ctx, op, c.json);
      if (!r.ok) return undefined; // a throw is a rejection
      const out = r.observed.result;
      return out.ok ? { expected: `${op} rejects the value (violates ${violationText(c)})`, actual: `${op} accepted it → ${excerpt(out.output)}` } : undefined;
    }),
};
