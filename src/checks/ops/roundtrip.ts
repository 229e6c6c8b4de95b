/** roundtrip.* checks: serialize(parse(x)) is valid and keeps the schema-defined data (and, SHOULD, the unknown). */
import { firstDifference, jsonEqual } from '../../core/json.js';
import { pointerTokens } from '../../core/pointer.js';
import { excerpt } from '../../core/text.js';
import type { Case } from '../../core/types.js';
import type { Miss } from '../../findings/types.js';
import { projectDefined } from '../equality.js';
import { searchCases } from '../search.js';
import type { CheckContext, CheckDef } from '../types.js';
import { callOp, needsOne } from './common.js';

/** Runs the round trip: its output, or the miss when parse rejected the valid value (that is parse.accepts-valid's finding). */
async function roundtrip(ctx: CheckContext, c: Case): Promise<{ miss: Miss } | { output: unknown }> {
  const r = await callOp(ctx, 'roundtrip', c.json);
  const expected = 'serialize(parse(x)) succeeds for a valid x';
  if (!r.ok) return { miss: { expected, actual: `threw: ${r.threw}`, failureClass: 'rejected-valid', causedBy: 'parse.accepts-valid' } };
  const out = r.observed.result;
  if (!out.ok) return { miss: { expected, actual: `rejected: ${out.rejected}`, failureClass: 'rejected-valid', causedBy: 'parse.accepts-valid' } };
  return { output: out.output };
}

/** The miss for a difference between what should have come back and what did. */
function differenceMiss(want: unknown, got: unknown, what: 'data' | 'unknown'): Miss | undefined {
  const d = firstDifference(want, got);
  if (!d) return undefined;
  const cls = d.kind === 'missing' ? `lost-${what}` : d.kind === 'extra' ? `added-${what}` : `changed-${what === 'data' ? 'value' : 'unknown'}`;
  const expected = what === 'data' ? `schema-defined data ${excerpt(want)}` : `unknown properties kept: ${excerpt(want)}`;
  return { expected, actual: excerpt(got), failureClass: cls, at: d.path };
}

const skip = (t: Parameters<CheckDef['skipReason']>[0]) => needsOne(t, 'roundtrip');

export const outputValid: CheckDef = {
  id: 'roundtrip.output-valid',
  level: 'MUST',
  title: 'serialize(parse(x)) is a valid Connected User',
  skipReason: skip,
  run: (ctx) =>
    searchCases(ctx, 'roundtrip.output-valid', ['valid'], async (c) => {
      const r = await roundtrip(ctx, c);
      if ('miss' in r) return r.miss;
      const verdict = ctx.oracle.check(r.output);
      if (verdict.valid) return undefined;
      const first = verdict.errors[0]!;
      return {
        expected: 'a valid Connected User',
        actual: `${excerpt(r.output)} — ${first.keyword} at ${first.instancePath || '/'} (${first.schemaPath})`,
        failureClass: 'output-invalid',
        keyword: first.keyword,
        at: pointerTokens(first.instancePath),
      };
    }),
};

export const preservesData: CheckDef = {
  id: 'roundtrip.preserves-data',
  level: 'MUST',
  title: 'the round trip keeps every schema-defined property and value',
  skipReason: skip,
  run: (ctx) =>
    searchCases(ctx, 'roundtrip.preserves-data', ['valid'], async (c) => {
      const r = await roundtrip(ctx, c);
      if ('miss' in r) return r.miss;
      const doc = ctx.schema.document;
      return differenceMiss(projectDefined(doc, JSON.parse(c.json)), projectDefined(doc, r.output), 'data');
    }),
};

export const preservesUnknown: CheckDef = {
  id: 'roundtrip.preserves-unknown',
  level: 'SHOULD',
  title: 'unknown properties survive the round trip',
  skipReason: skip,
  run: (ctx) =>
    searchCases(ctx, 'roundtrip.preserves-unknown', ['valid'], async (c) => {
      const r = await roundtrip(ctx, c);
      if ('miss' in r) return undefined; // failures of the round trip itself belong to the MUST checks
      const want = JSON.parse(c.json) as unknown;
      const doc = ctx.schema.document;
      // Lost or changed schema-defined data is roundtrip.preserves-data's failure; this check judges only what is left.
      if (!jsonEqual(projectDefined(doc, want), projectDefined(doc, r.output))) return undefined;
      return differenceMiss(want, r.output, 'unknown');
    }),
};
