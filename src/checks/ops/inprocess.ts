/** Checks that only an in-process target allows: no input mutation (SHOULD), no prototype pollution (MUST). */
import { firstDifference } from '../../core/json.js';
import { excerpt } from '../../core/text.js';
import type { Op, Target } from '../../core/types.js';
import type { Miss } from '../../findings/types.js';
import { searchCases } from '../search.js';
import type { CheckContext, CheckDef } from '../types.js';
import { callOp } from './common.js';

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
    searchCases(ctx, 'purity.no-input-mutation', ['valid', 'invalid'], async (c): Promise<Miss | undefined> => {
      for (const op of opsOf(ctx)) {
        const r = await callOp(ctx, op as 'validate', c.json);
        if (!r.ok) continue;
        for (const g of r.observed.given ?? []) {
          const before = JSON.parse(g.before) as unknown;
          const after = asJson(g.after);
          const d = firstDifference(before, after);
          if (d) {
            return {
              expected: `${op} leaves its input (${g.label}) unchanged: ${excerpt(before)}`,
              actual: `after ${op}: ${excerpt(after)}`,
              failureClass: `mutated-input:${d.kind}`,
              keyword: op,
              ...(g.label.startsWith('serialize') ? {} : { at: d.path }),
            };
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
    searchCases(ctx, 'safety.no-prototype-pollution', ['valid', 'invalid'], async (c): Promise<Miss | undefined> => {
      for (const op of opsOf(ctx)) {
        const { pollution } = await callOp(ctx, op as 'validate', c.json);
        if (pollution.length > 0) {
          const prototypes = [...new Set(pollution.map((p) => p.split('.prototype')[0]))].join('+');
          return {
            expected: `${op} leaves the built-in prototypes untouched`,
            actual: `${op} changed ${pollution.join(', ')}`,
            failureClass: 'polluted-prototype',
            keyword: `${prototypes}.prototype`,
          };
        }
      }
      return undefined;
    }),
};
