import { describe, expect, it } from 'vitest';
import { escapeInvisible } from '../../src/core/escape.js';
import type { Failure } from '../../src/core/types.js';
import { findingCounts, normalize, onlyConsequencesOf, splitFindings, standingWord } from '../../src/report/findings.js';
import { checkMatrix, findingMatrix } from '../../src/report/matrix.js';
import { clipJson, MAYBE_UNUSUAL, previewJson, replaceForbiddenChars, summaryLine } from '../../src/report/text.js';
import { matrixOf } from '../../src/report/verdict.js';
import { FP, multiTargetReport, nonConformantReport } from './fixtures.js';

const f = (over: Partial<Failure>): Failure => ({ counterexample: {}, expected: 'e', actual: 'a', replay: 'r', ...over });

describe('finding helpers', () => {
  it('name the standing the way the terminal does', () => {
    expect(standingWord(f({}))).toBe('');
    expect(standingWord(f({ baseline: { status: 'new' } }))).toBe('NEW');
    expect(standingWord(f({ baseline: { status: 'known', reason: 'x' } }))).toBe('KNOWN');
    expect(standingWord(f({ baseline: { status: 'expired', expires: '2026-06-30' } }))).toBe('EXPIRED (accepted until 2026-06-30)');
  });

  it('split known findings from the ones that gate and count them by standing', () => {
    const check = multiTargetReport().checks.find((c) => c.target === 1 && c.id === 'validate.rejects-invalid')!;
    const { fresh, known } = splitFindings(check);
    expect(fresh.map((x) => x.fingerprint)).toEqual([FP.enumCase, FP.expired]);
    expect(known.map((x) => x.fingerprint)).toEqual([FP.knownProto]);
    expect(findingCounts(check.failures)).toBe('1 new, 1 expired, 1 known');
    expect(findingCounts([f({}), f({})])).toBe('2 findings');
  });

  it('tell a check that fails only as an echo of another', () => {
    const r = multiTargetReport();
    const echo = r.checks.find((c) => c.target === 1 && c.id === 'roundtrip.output-valid')!;
    expect(onlyConsequencesOf(echo.failures)).toEqual(['parse.accepts-valid']);
    expect(onlyConsequencesOf(r.checks.find((c) => c.target === 1 && c.id === 'parse.accepts-valid')!.failures)).toEqual([]);
  });

  it('read reports written before multi-target runs as one-target reports', () => {
    const { targets: _t, warnings: _w, ...old } = nonConformantReport();
    const r = normalize(old as never);
    expect(r.targets).toHaveLength(1);
    expect(r.targets[0]!.verdict).toBe('non-conformant');
    expect(r.warnings).toEqual([]);
  });
});

describe('matrices', () => {
  it('give each target its status per check, with finding counts', () => {
    const rows = checkMatrix(multiTargetReport());
    const rejects = rows.find((x) => x.id === 'validate.rejects-invalid')!;
    expect(rejects.cells.map((c) => c.word)).toEqual(['passed', 'FAILED', 'skipped']);
    expect(rejects.cells[1]).toMatchObject({ fresh: 2, known: 1 });
    expect(rows.find((x) => x.id === 'purity.no-input-mutation')!.cells.map((c) => c.word)).toEqual(['passed', 'warning', 'skipped']);
    expect(rows.find((x) => x.id === 'roundtrip.preserves-unknown')!.cells[1]!.word).toBe('known');
  });

  it('give each target its relation to each fingerprint; re-runs decide absent cells', () => {
    const rows = findingMatrix(multiTargetReport());
    expect(rows.map((x) => x.fingerprint)).toEqual([FP.enumCase, FP.expired, FP.knownProto, FP.parseProto, FP.consequence, FP.unknownKnown, FP.mutation]);
    const word = (fp: string) => rows.find((x) => x.fingerprint === fp)!.cells.map((c) => c.word);
    expect(word(FP.enumCase)).toEqual(['passes', 'NEW', 'errored']); // from the disagreement's re-run
    expect(word(FP.expired)).toEqual(['passes', 'EXPIRED', 'skipped']); // derived from each target's check
    expect(word(FP.knownProto)).toEqual(['passes', 'KNOWN', 'skipped']);
  });
});

describe("matrices and the report's own matrix", () => {
  it('agree cell by cell with what conformance.json records (matrixOf)', () => {
    const r = multiTargetReport();
    const recorded = matrixOf(r.checks, r.targets.length);
    expect(checkMatrix(r).map((row) => [row.id, row.cells.map((c) => c.check?.status ?? null)])).toEqual(recorded.checks.map((x) => [x.id, x.statuses]));
    const standing = new Map(recorded.findings.map((x) => [x.fingerprint, x.targets]));
    for (const row of findingMatrix(r)) {
      const mine = row.cells.map((c) => (c.failure ? (c.failure.baseline?.status ?? 'new') : null));
      expect(mine, row.fingerprint).toEqual(standing.get(row.fingerprint));
    }
  });
});

describe('value previews', () => {
  it('cut huge strings inside the value, keep __proto__ keys as data, and stay within the bound', () => {
    const value = JSON.parse(
      `{"__proto__":{"a":1},"big":"${'y'.repeat(300_000)}","list":[${Array.from({ length: 5_000 }, (_, i) => i).join(',')}]}`,
    ) as unknown;
    const text = previewJson(value, 1_000);
    expect(text.length).toBeLessThanOrEqual(1_000 + 40);
    expect(text).toContain('"__proto__"');
    expect(text).toMatch(/y… \[\d+ more characters\]",\n {2}"list": \[/); // cut inside the string, so what follows still shows
    const clipped = clipJson(value, 100) as Record<string, unknown>;
    expect((clipped.big as string).length).toBeLessThan(130);
    expect(Object.hasOwn(clipped, '__proto__')).toBe(true);
    expect((clipped.list as unknown[]).at(-1)).toMatch(/^… \d+ more items$/);
    expect(({} as Record<string, unknown>).a).toBeUndefined();
  });

  it('the fast path of the escaper skips no character that escapeInvisible would escape', () => {
    const missed: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (escapeInvisible(ch, { keepLineBreaks: true }) !== ch && !MAYBE_UNUSUAL.test(ch)) missed.push(c.toString(16));
    }
    expect(missed).toEqual([]);
    expect(replaceForbiddenChars('a\u200bb … \u{e0001}')).toBe('a\\u200bb … \\udb40\\udc01');
  });

  it('summaries mention known checks only when a baseline accepted some', () => {
    const s = { passed: 2, failed: 1, skipped: 0, errored: 0, warnings: 0 };
    expect(summaryLine(s)).toBe('1 failed, 0 warnings, 0 errored, 0 skipped, 2 passed');
    expect(summaryLine({ ...s, known: 1 })).toBe('1 failed, 0 warnings, 0 errored, 0 skipped, 2 passed, 1 known');
  });
});
