// The baseline (SPEC §12): a known finding does not fail the gate while every other one still does; an expired entry
// and (under --strict-baseline) a fixed one fail it; --update-baseline writes the findings keeping reasons.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baselineOutcome, markCheck, updatedEntries } from '../../src/baseline/apply.js';
import type { CheckResult, Failure, Report } from '../../src/core/types.js';
import { runConformance } from '../../src/engine/runner.js';
import { exitCodeFor } from '../../src/report/verdict.js';
import { tempDir } from '../support/cli.js';
import { testOptions } from '../support/options.js';

const target = 'module:test/miniatures/modules/wrong-two-bugs.mjs';
const checks = ['validate.rejects-invalid', 'validate.accepts-valid'];
const run = (baselinePath: string, over: Parameters<typeof testOptions>[0] = {}): Promise<Report> =>
  runConformance(testOptions({ target, checks, seed: 11, runs: 60, baselinePath, ...over }), { today: '2026-12-01' });
const write = (file: string, entries: unknown[]) => writeFileSync(file, JSON.stringify({ version: 1, entries }));
const rejects = (r: Report) => r.checks.find((c) => c.id === 'validate.rejects-invalid')!;

describe('baseline', () => {
  it('--update-baseline writes every finding; the next run is conformant, with both findings known', async () => {
    const file = join(tempDir(), 'baseline.json');
    const first = await run(file, { updateBaseline: true });
    expect(first.baseline?.updated).toBe(true);
    const written = JSON.parse(readFileSync(file, 'utf8')) as { entries: { fingerprint: string; reason: string }[] };
    expect(written.entries).toHaveLength(2);
    const again = await run(file);
    expect(again.verdict).toBe('conformant');
    expect(rejects(again).status).toBe('known');
    expect(rejects(again).failures.map((f) => f.baseline?.status)).toEqual(['known', 'known']);
    expect(exitCodeFor(again)).toBe(0);
  });

  it('a baseline written on one seed keeps the gate green on other seeds, findings that follow from others included', async () => {
    const file = join(tempDir(), 'baseline.json');
    const noncharacters = { target: 'module:test/miniatures/modules/wrong-throws-on-noncharacters.mjs', checks: [], runs: 100 };
    const first = await run(file, { ...noncharacters, seed: 1, updateBaseline: true });
    expect(exitCodeFor(first)).toBe(1);
    for (const seed of [1, 2, 3]) {
      const r = await run(file, { ...noncharacters, seed });
      const fresh = r.checks.flatMap((c) => c.failures.filter((f) => f.baseline?.status !== 'known').map((f) => `${c.id}: ${f.signature}`));
      expect(fresh, `seed ${seed}`).toEqual([]);
      expect(exitCodeFor(r), `seed ${seed}`).toBe(0);
    }
  });

  it('a finding that follows from another is written only when that finding is in the run (else it could never be known)', () => {
    const failure = (fingerprint: string, causedBy?: string): Failure => ({
      fingerprint,
      counterexample: {},
      expected: '',
      actual: '',
      replay: '',
      ...(causedBy ? { causedBy: { check: 'validate.total', fingerprint: causedBy } } : {}),
    });
    const result = (id: string, failures: Failure[]): CheckResult => ({ id, level: 'MUST', title: id, status: 'failed', cases: 1, failures, durationMs: 0 });
    const checks = [
      result('validate.total', [failure('aaaaaaaaaaaa')]),
      result('validate.accepts-valid', [failure('bbbbbbbbbbbb', 'aaaaaaaaaaaa'), failure('cccccccccccc', 'dddddddddddd')]),
    ];
    const entries = updatedEntries(checks, [], ['module:x'], '2026-12-01');
    expect(entries.map((e) => `${e.check} ${e.fingerprint}`)).toEqual(['validate.total aaaaaaaaaaaa', 'validate.accepts-valid cccccccccccc']);
    const again = result('validate.accepts-valid', [failure('bbbbbbbbbbbb', 'aaaaaaaaaaaa'), failure('cccccccccccc', 'dddddddddddd')]);
    markCheck(again, entries, 'module:x', '2026-12-01');
    expect(again.status).toBe('known');
  });

  it('an entry that marks a finding of another check known (it follows from it) is not "fixed", even when its own finding is gone', () => {
    const entry = { fingerprint: 'aaaaaaaaaaaa', check: 'validate.total', reason: 'throws on noncharacters' };
    const total: CheckResult = { id: 'validate.total', level: 'MUST', title: '', status: 'passed', cases: 1, failures: [], durationMs: 0 };
    const follows: Failure = {
      fingerprint: 'bbbbbbbbbbbb',
      counterexample: {},
      expected: '',
      actual: '',
      replay: '',
      causedBy: { check: 'validate.total', fingerprint: entry.fingerprint },
    };
    const rejects: CheckResult = { id: 'validate.rejects-invalid', level: 'MUST', title: '', status: 'failed', cases: 1, failures: [follows], durationMs: 0 };
    for (const c of [total, rejects]) markCheck(c, [entry], 'module:x', '2026-12-01');
    expect(rejects.status).toBe('known');
    expect(baselineOutcome([total, rejects], [entry], ['module:x'])).toEqual({ known: 1, expired: 0, fixed: [] });
  });

  it('baselining one finding leaves the gate red for the other only', async () => {
    const file = join(tempDir(), 'baseline.json');
    const found = rejects(await run(file, { updateBaseline: true })).failures;
    const enumFinding = found.find((f) => f.signature!.includes('credentialStatus'))!;
    write(file, [
      { fingerprint: enumFinding.fingerprint, check: 'validate.rejects-invalid', reason: 'tracked upstream', link: 'https://example.test/issues/1' },
    ]);
    const r = await run(file);
    expect(r.verdict).toBe('non-conformant');
    const marks = rejects(r).failures.map((f) => [f.signature!.includes('credentialStatus'), f.baseline?.status]);
    expect(marks).toEqual([
      [false, 'new'],
      [true, 'known'],
    ]);
    expect(rejects(r).failures[1]!.baseline).toMatchObject({ reason: 'tracked upstream', link: 'https://example.test/issues/1' });
  });

  it('an expired entry fails the gate again', async () => {
    const file = join(tempDir(), 'baseline.json');
    await run(file, { updateBaseline: true });
    const doc = JSON.parse(readFileSync(file, 'utf8')) as { entries: Record<string, unknown>[] };
    write(
      file,
      doc.entries.map((e) => ({ ...e, expires: '2026-11-30' })),
    );
    const r = await run(file);
    expect(r.verdict).toBe('non-conformant');
    expect(rejects(r).failures.map((f) => f.baseline?.status)).toEqual(['expired', 'expired']);
  });

  it('an entry whose finding is gone is "fixed: remove it"; it fails the gate only under --strict-baseline', async () => {
    const file = join(tempDir(), 'baseline.json');
    write(file, [{ fingerprint: 'aaaaaaaaaaaa', check: 'validate.accepts-valid', reason: 'was broken once' }]);
    const fixedRun = (strictBaseline: boolean) =>
      runConformance(testOptions({ target: 'module:test/miniatures/modules/_base.mjs', checks, seed: 11, runs: 40, baselinePath: file, strictBaseline }));
    const lax = await fixedRun(false);
    expect(lax.baseline?.fixed).toEqual([{ fingerprint: 'aaaaaaaaaaaa', check: 'validate.accepts-valid', reason: 'was broken once' }]);
    expect(lax.verdict).toBe('conformant');
    expect((await fixedRun(true)).verdict).toBe('non-conformant');
  });

  it('a baseline that is not what its schema says is a usage error naming the file', async () => {
    const file = join(tempDir(), 'baseline.json');
    writeFileSync(file, JSON.stringify({ entries: [{ fingerprint: 'xyz', check: 'a', reason: 'r' }] }));
    await expect(run(file)).rejects.toThrow(/baseline file .*baseline\.json: \/entries\/0\/fingerprint must match pattern/);
    await expect(run(join(tempDir(), 'missing.json'))).rejects.toThrow(/does not exist/);
  });
});
