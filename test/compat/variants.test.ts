// The variant table: every one-change variant of the Connected User schema gets the right verdict per role, with
// a witness that independently compiled validators confirm; edits that change no instance's validity give no change.
import { describe, expect, it } from 'vitest';
import { compareSchemas } from '../../src/compat/judge.js';
import type { JudgedChange } from '../../src/compat/types.js';
import { createAjv } from '../../src/schema/oracle.js';
import { combined, type Doc, noOps, type Variant, variants, versions } from './variants.js';

/** A validator compiled here, not the one the tool used: the witness must convince a second copy. */
const independent = (doc: Doc) => {
  const validate = createAjv().compile(structuredClone(doc));
  return (x: unknown) => ({ valid: validate(x) as boolean, errors: (validate.errors ?? []).map((e) => ({ ...e })) });
};

async function judged(v: Variant): Promise<{ changes: JudgedChange[]; oldDoc: Doc; newDoc: Doc }> {
  const { oldDoc, newDoc } = versions(v);
  return { changes: await compareSchemas(oldDoc, newDoc, ['reader', 'writer']), oldDoc, newDoc };
}

describe('compat: one-change variants of the Connected User schema', () => {
  it.each([...variants, combined].map((v) => [v.name, v] as const))('%s', async (_name, v) => {
    const { changes, oldDoc, newDoc } = await judged(v);
    const got = Object.fromEntries(changes.map((c) => [c.id, [c.reader?.verdict, c.writer?.verdict]]));
    expect(got).toEqual(v.expect);
    const check = { old: independent(oldDoc), new: independent(newDoc) };
    for (const c of changes) {
      for (const role of ['reader', 'writer'] as const) {
        const verdict = c[role]!;
        expect(verdict.reason.length).toBeGreaterThan(10);
        if (verdict.verdict !== 'breaking') {
          expect(verdict.witness).toBeUndefined();
          continue;
        }
        const w = verdict.witness!;
        expect([w.validUnder, w.invalidUnder]).toEqual(role === 'reader' ? ['old', 'new'] : ['new', 'old']);
        const instance = JSON.parse(JSON.stringify(w.instance));
        expect(check[w.validUnder](instance).valid).toBe(true);
        const other = check[w.invalidUnder](instance);
        expect(other.valid).toBe(false);
        expect(other.errors.map((e) => `${e.keyword} ${e.instancePath} ${e.schemaPath}`)).toContain(
          `${w.violation.keyword} ${w.violation.instancePath} ${w.violation.schemaPath}`,
        );
      }
    }
  });

  it('witnesses are minimal: the shrinker leaves nothing that can go', async () => {
    const pending = await judged(variants.find((v) => v.name.startsWith('enum value added'))!);
    expect(pending.changes[0]!.writer!.witness!.instance).toEqual({ integrations: { a: { credentialStatus: 'PENDING' } } });
    const required = await judged(variants.find((v) => v.name === 'required added at the root')!);
    expect(required.changes[0]!.reader!.witness!.instance).toEqual({});
    const minLength = await judged(variants.find((v) => v.name === 'minLength added (id)')!);
    expect(minLength.changes[0]!.reader!.witness!.instance).toEqual({ id: '' });
  });

  it('the same inputs give the same verdicts and witnesses on every run', async () => {
    const v = variants.find((x) => x.name.startsWith('array items'))!;
    expect(JSON.stringify((await judged(v)).changes)).toBe(JSON.stringify((await judged(v)).changes));
  });
});

describe('compat: edits that change no instance validity', () => {
  it.each(noOps.map((v) => [v.name, v] as const))('%s: no change', async (_name, v) => {
    expect((await judged(v)).changes).toEqual([]);
  });
});
