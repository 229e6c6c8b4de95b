/** Checks that only an in-process target allows: no input mutation (SHOULD), no prototype pollution (MUST). */

import { jsonEqual } from '../../core/json.js';
import type { Op, Target } from '../../core/types.js';
import type { CheckContext, CheckDef } from '../../engine/check.js';
import { excerpt } from '../equality.js';
import { callOp, type Miss, searchCases } from './common.js';

const inProcessOnly = (t: Target): string | undefined =>
  !t.inProcess ? 'the target runs in another process; its memory cannot be inspected' : t.ops.size === 0 ? 'the target offers no operation' : undefined;

const opsOf = (ctx: CheckContext): Op[] => (['validate', 'parse', 'roundtrip'] as const).filter((o) => ctx.target.ops.has(o));

function asJson(value: unknown): unknown {
  try {
    const text = JSON.stringify(value);
    return text === undefined ? undefined : JSON.parse(text);
  } catch {
    return { unserialisable: String(value) };
  }
}

export const noInputMutation: CheckDef = {
  id: 'purity.no-input-mutation',
  level: 'SHOULD',
  title: 'no operation changes the value it was given',
  skipReason: inProcessOnly,
  run: (ctx) =>
    searchCases(ctx, ['valid', 'invalid'], async (c): Promise<Miss | undefined> => {
      for (const op of opsOf(ctx)) {
        const r = await callOp(ctx, op as 'validate', c.json);
        if (!r.ok) continue;
        for (const g of r.observed.given ?? []) {
          const after = asJson(g.after);
          if (!jsonEqual(JSON.parse(g.before), after)) {
            return { expected: `${op} leaves its input (${g.label}) unchanged: ${excerpt(JSON.parse(g.before))}`, actual: `after ${op}: ${excerpt(after)}` };
          }
        }
      }
      return undefined;
    }),
};

export const noPrototypePollution: CheckDef = {
  id: 'safety.no-prototype-pollution',
  level: 'MUST',
  title: 'no operation changes Object.prototype or other built-in prototypes',
  skipReason: inProcessOnly,
  run: (ctx) =>
    searchCases(ctx, ['valid', 'invalid'], async (c): Promise<Miss | undefined> => {
      for (const op of opsOf(ctx)) {
        const { pollution } = await callOp(ctx, op as 'validate', c.json);
        if (pollution.length > 0) return { expected: `${op} leaves the built-in prototypes untouched`, actual: `${op} changed ${pollution.join(', ')}` };
      }
      return undefined;
    }),
};
