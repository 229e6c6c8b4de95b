// Sharded runs merged with merge-reports agree with the unsharded run of the same seed.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/types.js';
import { validateReport } from '../../src/report/schema.js';
import { cli, readReport, tempDir } from '../support/cli.js';

describe.each([
  ['a conformant module', '_base.mjs', 0],
  ['a wrong module', 'wrong-enum-pending.mjs', 1],
])('shards of %s', (_name, file, code) => {
  it('merge to the unsharded verdict, summary and case counts', async () => {
    const base = ['check', '--target', `module:test/miniatures/modules/${file}`, '--seed', '77', '--runs', '60'];
    const whole = tempDir();
    const [a, b] = [tempDir(), tempDir()];
    const merged = tempDir();
    const runs = await Promise.all([
      cli([...base, '--report-dir', whole]),
      cli([...base, '--shard', '1/2', '--report-dir', a]),
      cli([...base, '--shard', '2/2', '--report-dir', b]),
    ]);
    expect(runs[0]!.code).toBe(code);
    const m = await cli(['merge-reports', a, b, '--report-dir', merged]);
    expect(m.code, m.stderr).toBe(code);
    const [w, r] = [readReport(whole), readReport(merged)];
    expect(validateReport(r)).toEqual([]);
    expect(r.verdict).toBe(w.verdict);
    expect(r.summary).toEqual(w.summary);
    for (const c of w.checks) {
      const mc = r.checks.find((x) => x.id === c.id)!;
      expect(mc.status, c.id).toBe(c.status);
      if (c.status === 'passed') expect(mc.cases, c.id).toBe(c.cases);
    }
    const sum = (rep: Report) => rep.coverage.reduce((n, e) => n + e.valid + e.invalid, 0);
    expect(sum(r)).toBe(sum(w));
    // The ledger stays consistent: shards append nothing, the merged run appends one line, as the unsharded run does.
    expect(existsSync(join(a, 'conformance-history.jsonl')) || existsSync(join(b, 'conformance-history.jsonl'))).toBe(false);
    const lines = (dir: string) =>
      readFileSync(join(dir, 'conformance-history.jsonl'), 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { verdict: string; fingerprints: string[] });
    expect(lines(merged)).toHaveLength(1);
    expect(lines(merged)[0]!.verdict).toBe(lines(whole)[0]!.verdict);
    expect(lines(merged)[0]!.fingerprints).toEqual(lines(whole)[0]!.fingerprints);
  });
});

describe('a baseline with --strict-baseline over shards', () => {
  const target = ['--target', 'module:test/miniatures/modules/wrong-key-length-40.mjs', '--runner', 'inline', '--seed', '1'];
  const shards = (file: string) =>
    Promise.all(
      [1, 2, 3, 4].map(async (i) => {
        const dir = tempDir();
        const r = await cli(['check', ...target, '--shard', `${i}/4`, '--baseline', file, '--strict-baseline', '--report-dir', dir]);
        return { dir, code: r.code, stderr: r.stderr };
      }),
    );

  it('fails no shard for an entry another shard meets; merge-reports lists and gates on the entries no shard met', async () => {
    const file = join(tempDir(), 'baseline.json');
    expect((await cli(['check', ...target, '--baseline', file, '--update-baseline', '--report-dir', tempDir()])).code).toBe(1);
    const written = JSON.parse(readFileSync(file, 'utf8')) as { entries: { fingerprint: string }[] };
    expect(written.entries.length).toBe(2);
    // Each finding lives in some shards only: every shard is green, and the merged run too.
    const runs = await shards(file);
    expect(runs.map((r) => r.code)).toEqual([0, 0, 0, 0]);
    expect(runs.some((r) => (readReport(r.dir).baseline?.unmet ?? []).length > 0)).toBe(true);
    const merged = tempDir();
    const m = await cli(['merge-reports', ...runs.map((r) => r.dir), '--report-dir', merged]);
    expect(m.code, m.stderr).toBe(0);
    expect(readReport(merged).baseline?.fixed).toEqual([]);
    // An entry no shard meets is fixed in the merged run, which the shards' --strict-baseline gates.
    const stale = { fingerprint: '0123456789ab', check: 'validate.accepts-valid', reason: 'fixed upstream' };
    writeFileSync(file, JSON.stringify({ ...written, entries: [...written.entries, stale] }));
    const again = await shards(file);
    expect(again.map((r) => r.code)).toEqual([0, 0, 0, 0]);
    const gated = tempDir();
    const g = await cli(['merge-reports', ...again.map((r) => r.dir), '--report-dir', gated]);
    expect(g.code, g.stderr).toBe(1);
    const report = readReport(gated);
    expect(validateReport(report)).toEqual([]);
    expect(report.strictBaseline).toBe(true);
    expect(report.baseline?.fixed).toEqual([stale]);
  });

  it('refuses --update-baseline on a shard: it would drop the entries other shards meet', async () => {
    const r = await cli(['check', ...target, '--shard', '1/2', '--update-baseline', '--baseline', join(tempDir(), 'b.json'), '--report-dir', tempDir()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--update-baseline cannot be used with --shard/);
  });
});
