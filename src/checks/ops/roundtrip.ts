/** roundtrip.* checks: serialize(parse(x)) is valid and keeps the schema-defined data (and, SHOULD, the unknown). */

import { jsonEqual } from '../../core/json.js';
import type { Case } from '../../core/types.js';
import type { CheckContext, CheckDef } from '../../engine/check.js';
import { excerpt, projectDefined } from '../equality.js';
import { callOp, type Miss, needsOne, searchCases } from './common.js';

/** Runs the round trip; a miss when it throws or rejects a valid value, else the output. */
async function roundtrip(ctx: CheckContext, c: Case): Promise<{ miss: Miss } | { output: unknown }> {
  const r = await callOp(ctx, 'roundtrip', c.json);
  if (!r.ok) return { miss: { expected: 'serialize(parse(x)) succeeds for a valid x', actual: `threw: ${r.threw}` } };
  const out = r.observed.result;
  if (!out.ok) return { miss: { expected: 'serialize(parse(x)) succeeds for a valid x', actual: `rejected: ${out.rejected}` } };
  return { output: out.output };
}

const skip = (t: Parameters<CheckDef['skipReason']>[0]) => needsOne(t, 'roundtrip');

export const outputValid: CheckDef = {
  id: 'roundtrip.output-valid',
  level: 'MUST',
  title: 'serialize(parse(x)) is a valid Connected User',
  skipReason: skip,
  run: (ctx) =>
    searchCases(ctx, ['valid'], async (c) => {
      const r = await roundtrip(ctx, c);
      if ('miss' in r) return r.miss;
      const verdict = ctx.oracle.check(r.output);
      if (verdict.valid) return undefined;
      const first = verdict.errors[0]!;
      return { expected: 'a valid Connected User', actual: `${excerpt(r.output)} — ${first.keyword} at ${first.instancePath || '/'} (${first.schemaPath})` };
    }),
};

export const preservesData: CheckDef = {
  id: 'roundtrip.preserves-data',
  level: 'MUST',
  title: 'the round trip keeps every schema-defined property and value',
  skipReason: skip,
  run: (ctx) =>
    searchCases(ctx, ['valid'], async (c) => {
      const r = await roundtrip(ctx, c);
      if ('miss' in r) return r.miss;
      const doc = ctx.schema.document;
      const want = projectDefined(doc, JSON.parse(c.json));
      const got = projectDefined(doc, r.output);
      return jsonEqual(want, got) ? undefined : { expected: `schema-defined data ${excerpt(want)}`, actual: excerpt(got) };
    }),
};

export const preservesUnknown: CheckDef = {
  id: 'roundtrip.preserves-unknown',
  level: 'SHOULD',
  title: 'unknown properties survive the round trip',
  skipReason: skip,
  run: (ctx) =>
    searchCases(ctx, ['valid'], async (c) => {
      const r = await roundtrip(ctx, c);
      if ('miss' in r) return undefined; // failures of the round trip itself belong to the MUST checks
      const want = JSON.parse(c.json) as unknown;
      const doc = ctx.schema.document;
      // Lost or changed schema-defined data is roundtrip.preserves-data's failure; this check judges only what is left.
      if (!jsonEqual(projectDefined(doc, want), projectDefined(doc, r.output))) return undefined;
      return jsonEqual(want, r.output) ? undefined : { expected: `unknown properties kept: ${excerpt(want)}`, actual: excerpt(r.output) };
    }),
};
