import { describe, expect, it } from 'vitest';
import { renderJson } from '../../src/report/json.js';
import { validateReport } from '../../src/report/schema.js';
import { baselinedReport, conformantReport, erroredReport, multiTargetReport, nonConformantReport } from './fixtures.js';

const fixtures = {
  conformant: conformantReport,
  nonConformant: nonConformantReport,
  errored: erroredReport,
  multiTarget: multiTargetReport,
  baselined: baselinedReport,
};

describe('report schema', () => {
  for (const [name, make] of Object.entries(fixtures)) {
    it(`accepts the ${name} fixture, also after rendering to JSON and parsing back`, () => {
      expect(validateReport(make())).toEqual([]);
      expect(validateReport(JSON.parse(renderJson(make())))).toEqual([]);
    });
  }

  it('names what is wrong in an invalid report', () => {
    const bad = JSON.parse(renderJson(nonConformantReport())) as Record<string, unknown>;
    (bad.checks as { status: string }[])[0]!.status = 'green';
    delete bad.seed;
    bad.extra = 1;
    const errors = validateReport(bad);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\/checks\/0\/status must be equal to one of the allowed values/),
        expect.stringMatching(/must have required property 'seed'/),
        expect.stringMatching(/additional properties \('extra'\)/),
      ]),
    );
  });

  it('rejects a bad verdict, a negative count and a short sha256', () => {
    // biome-ignore lint/suspicious/noExplicitAny: the test mutates arbitrary fields of the parsed report
    const r = JSON.parse(renderJson(conformantReport())) as Record<string, any>;
    r.verdict = 'ok';
    r.summary.passed = -1;
    r.schema.sha256 = 'abc';
    const errors = validateReport(r).join('\n');
    expect(errors).toContain('/verdict');
    expect(errors).toContain('/summary/passed');
    expect(errors).toContain('/schema/sha256');
  });

  it('rejects values that are not reports at all', () => {
    expect(validateReport(null)).not.toEqual([]);
    expect(validateReport([])).not.toEqual([]);
  });
});

describe('renderJson', () => {
  it('is stable: same report, same text, whatever the key order of the input', () => {
    const r = nonConformantReport();
    const shuffled = Object.fromEntries(Object.entries(r).reverse()) as unknown as typeof r;
    expect(renderJson(shuffled)).toBe(renderJson(r));
    expect(renderJson(r).endsWith('}\n')).toBe(true);
    expect(Object.keys(JSON.parse(renderJson(r)) as object).slice(0, 3)).toEqual(['tool', 'schema', 'target']);
  });

  it('keeps __proto__ keys of counterexamples as data and pollutes nothing', () => {
    const text = renderJson(nonConformantReport());
    expect(text).toContain('"__proto__": {');
    const back = JSON.parse(text) as { checks: { failures: { counterexample: Record<string, unknown> }[] }[] };
    const ce = back.checks.find((c) => c.failures.length === 1 && Object.hasOwn(c.failures[0]!.counterexample, 'constructor'))!.failures[0]!.counterexample;
    expect(Object.hasOwn(ce, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('writes an absent counterexample as null so the report stays valid', () => {
    const r = nonConformantReport();
    r.checks[1]!.failures[0]!.counterexample = undefined;
    const back = JSON.parse(renderJson(r)) as { checks: { failures: { counterexample: unknown }[] }[] };
    expect(back.checks[1]!.failures[0]!.counterexample).toBeNull();
    expect(validateReport(back)).toEqual([]);
  });
});
