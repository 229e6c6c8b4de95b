// Sharded runs merged with merge-reports agree with the unsharded run of the same seed.
import { existsSync, readFileSync } from 'node:fs';
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
