// SIGINT in the middle of a run leaves a complete, schema-valid partial report marked "error" (exit 3).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { validateReport } from '../../src/report/schema.js';
import { cli, readReport, tempDir } from '../support/cli.js';

it('an interrupted run writes a valid partial report with verdict error', async () => {
  const dir = tempDir();
  let kill: ((s: NodeJS.Signals) => void) | undefined;
  const running = cli(['check', '--target', 'module:test/miniatures/modules/_base.mjs', '--runs', '200000', '--seed', '9', '--report-dir', dir], {
    onSpawn: (k) => (kill = k),
  });
  // Wait until the first check has reported (its replay-free result is in the partial report), then interrupt.
  await new Promise((r) => setTimeout(r, 9000));
  kill!('SIGINT');
  const r = await running;
  expect(r.code, r.stdout + r.stderr).toBe(3);
  expect(r.stderr).toMatch(/interrupted/);
  expect(existsSync(join(dir, 'conformance.json'))).toBe(true);
  const report = readReport(dir);
  expect(validateReport(report)).toEqual([]);
  expect(report.verdict).toBe('error');
  expect(report.errors.map((e) => e.message).join(' ')).toMatch(/interrupted/);
  expect(report.checks.some((c) => /interrupted/.test(c.reason ?? ''))).toBe(true);
  expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
}, 120_000);
