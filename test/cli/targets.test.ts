// Many targets in one run (SPEC §13): one case stream through every target, per-target verdicts, the disagreements
// re-run on every target, a ledger line and a badge per target; a correct target is never flagged because another fails.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateReport } from '../../src/report/schema.js';
import { cli, readReport, tempDir } from '../support/cli.js';

describe('check with several targets', () => {
  it('module, harness and the embedded reference in one run: verdicts per target, disagreements, ledger and badges', async () => {
    const dir = tempDir();
    const r = await cli([
      'check',
      '--target',
      'module:test/miniatures/modules/wrong-enum-case.mjs',
      '--target',
      'cmd:node examples/node-harness/harness.mjs',
      '--target',
      'reference',
      '--runs',
      '20',
      '--seed',
      '8',
      '--report-dir',
      dir,
      '--runner',
      'inline',
    ]); // prettier-ignore
    expect(r.code, r.stdout + r.stderr).toBe(1);
    const report = readReport(dir);
    expect(validateReport(report)).toEqual([]);
    expect(report.targets.map((t) => [t.target.kind, t.verdict])).toEqual([
      ['module', 'non-conformant'],
      ['cmd', 'conformant'],
      ['reference', 'conformant'],
    ]);
    expect(report.target.kind).toBe('multi');
    expect(report.matrix!.checks.find((c) => c.id === 'validate.rejects-invalid')!.statuses).toEqual(['failed', 'passed', 'passed']);
    expect(report.matrix!.findings.map((f) => f.targets)).toEqual([['new', null, null]]);
    // The one finding of the wrong module, re-run on the others: they pass on exactly that counterexample.
    const d = report.disagreements!.find((x) => x.check === 'validate.rejects-invalid')!;
    expect(d.outcomes).toEqual(['fails', 'passes', 'passes']);
    expect(d.signature).toMatch(/credentialStatus \(enum\) \[string:enum-case\]/);
    expect(r.stdout).toMatch(/targets × checks:[\s\S]*validate\.rejects-invalid\s+✗\s+✓\s+✓/);
    const history = readFileSync(join(dir, 'conformance-history.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { target: string; verdict: string });
    expect(history.map((h) => h.verdict)).toEqual(['non-conformant', 'conformant', 'conformant']);
    const badge = JSON.parse(readFileSync(join(dir, 'badge-module-test-miniatures-modules-wrong-enum-case-mjs.json'), 'utf8')) as Record<string, unknown>;
    expect(badge).toEqual({ schemaVersion: 1, label: 'Connected User conformance', message: '1 finding', color: 'red' });
    // A second run appends: the history the HTML draws grows by one point per target.
    await cli(['check', '--target', 'reference', '--runs', '5', '--seed', '9', '--report-dir', dir, '--runner', 'inline', '--check', 'validate.accepts-valid']);
    const second = readReport(dir);
    expect(second.history!.find((h) => h.target.startsWith('reference'))!.points).toHaveLength(2);
  });

  it('the vitest runner (the default) gives the same per-target verdicts and disagreements', async () => {
    const dir = tempDir();
    const r = await cli([
      'check',
      '--target',
      'module:test/miniatures/modules/wrong-enum-case.mjs',
      '--target',
      'module:test/miniatures/modules/_base.mjs',
      '--runs',
      '20',
      '--seed',
      '8',
      '--report-dir',
      dir,
    ]);
    expect(r.code, r.stdout + r.stderr).toBe(1);
    const report = readReport(dir);
    expect(report.targets.map((t) => t.verdict)).toEqual(['non-conformant', 'conformant']);
    expect(report.disagreements!.map((d) => d.outcomes)).toContainEqual(['fails', 'passes']);
    expect(report.coverage.length).toBeGreaterThan(0);
  });

  it("a target that cannot be opened is that target's error; the other targets still run", async () => {
    const dir = tempDir();
    const r = await cli([
      'check',
      '--target',
      'module:no/such/module.mjs',
      '--target',
      'module:test/miniatures/modules/_base.mjs',
      '--runs',
      '5',
      '--seed',
      '1',
      '--report-dir',
      dir,
      '--runner',
      'inline',
    ]);
    const report = readReport(dir);
    expect(report.targets.map((t) => t.verdict)).toEqual(['error', 'conformant']);
    expect(r.code).toBe(3);
  });
});
