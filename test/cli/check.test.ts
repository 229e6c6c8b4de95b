// `paragon-conformance check` end to end: the built CLI, vitest runner, exit codes, replay, reports.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateReport } from '../../src/report/schema.js';
import { cli, readReport, tempDir } from '../support/cli.js';

describe('check', () => {
  it('the default run (embedded reference) is conformant and writes every report format', async () => {
    const dir = tempDir();
    const r = await cli(['check', '--seed', '7', '--report-dir', dir]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/verdict: conformant/);
    const report = readReport(dir);
    expect(validateReport(report)).toEqual([]);
    expect(report.verdict).toBe('conformant');
    expect(report.checks.every((c) => c.status === 'passed')).toBe(true);
    for (const f of ['conformance.json', 'junit.xml', 'conformance.md', 'conformance.html']) expect(existsSync(join(dir, f))).toBe(true);
  });

  it('a wrong module exits 1, prints the minimal counterexample, and the replay command reproduces exactly that case', async () => {
    const dir = tempDir();
    const r = await cli([
      'check',
      '--target',
      'module:test/miniatures/modules/wrong-enum-pending.mjs',
      '--check',
      'validate.rejects-invalid',
      '--seed',
      '3',
      '--report-dir',
      dir,
    ]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toContain('validate.rejects-invalid');
    expect(r.stdout).toContain('"PENDING"');
    expect(r.stdout).toMatch(/violated: +enum at \/integrations\//);
    const replay = /replay: +npx paragon-conformance (check .*)$/m.exec(r.stdout)![1]!.split(' ');
    const again = await cli([...replay, '--report-dir', tempDir()]);
    expect(again.code).toBe(1);
    expect(again.stdout).toMatch(/validate.rejects-invalid\s+MUST\s+1 cases/);
    expect(again.stdout).toContain('"PENDING"');
  });

  it('a module that cannot be found is a target error (exit 3) with a report marked error', async () => {
    const dir = tempDir();
    const r = await cli(['check', '--target', 'module:./nope/missing.mjs', '--report-dir', dir]);
    expect(r.code).toBe(3);
    expect(r.stdout + r.stderr).toMatch(/missing\.mjs/);
    const report = readReport(dir);
    expect(report.verdict).toBe('error');
    expect(validateReport(report)).toEqual([]);
  });

  it.each([
    [['check', '--bogus'], /bogus/],
    [['check', '--runs', '-1'], /--runs/],
    [['check', '--runs', 'many'], /--runs/],
    [['check', '--check', 'no.such-check'], /unknown check id 'no.such-check'/],
    [['check', '--shard', '3/2', '--seed', '1'], /--shard/],
    [['check', '--format', 'pdf'], /pdf/],
    [['check', '--target', 'ftp://x'], /target/],
    [['frobnicate'], /unknown command/],
  ])('usage error %j exits 2 with a message', async (args, message) => {
    const r = await cli(args as string[], { cwd: process.cwd() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message as RegExp);
  });

  it('a schema that is not JSON, or not a 2020-12 schema, exits 2', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'broken.json'), '{"type": ');
    writeFileSync(join(dir, 'wrong.json'), '{"type": 12}');
    const a = await cli(['check', '--schema', join(dir, 'broken.json')]);
    expect(a.code).toBe(2);
    expect(a.stderr).toMatch(/not valid JSON/);
    const b = await cli(['check', '--schema', join(dir, 'wrong.json')]);
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/not a valid JSON Schema/);
    const c = await cli(['check', '--schema', join(dir, 'absent.json')]);
    expect(c.code).toBe(2);
    expect(c.stderr).toMatch(/cannot read schema/);
  });

  it('reads paragon-conformance.config.json (flags win) and names a wrong key', async () => {
    const dir = tempDir();
    const repo = process.cwd();
    writeFileSync(
      join(dir, 'paragon-conformance.config.json'),
      JSON.stringify({ target: `module:${repo}/test/miniatures/modules/wrong-enum-case.mjs`, check: ['validate.rejects-invalid'], runs: 20, seed: 5 }),
    );
    const r = await cli(['check', '--report-dir', join(dir, 'out')], { cwd: dir });
    expect(r.code).toBe(1);
    const flagsWin = await cli(['check', '--target', `module:${repo}/test/miniatures/modules/_base.mjs`, '--report-dir', join(dir, 'out2')], { cwd: dir });
    expect(flagsWin.code).toBe(0);
    writeFileSync(join(dir, 'paragon-conformance.config.json'), JSON.stringify({ runz: 5 }));
    const bad = await cli(['check'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown key 'runz'/);
    expect(bad.stderr).toContain('paragon-conformance.config.json');
    writeFileSync(join(dir, 'paragon-conformance.config.json'), JSON.stringify({ runs: 'lots' }));
    const typed = await cli(['check'], { cwd: dir });
    expect(typed.code).toBe(2);
    expect(typed.stderr).toMatch(/key 'runs'/);
  });

  it('a report directory that cannot be written, or a replay file that no longer fits the schema, exits 2 before running', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a-file'), '');
    const r = await cli(['check', '--report-dir', join(dir, 'a-file')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot write reports to/);
    // A saved "invalid" case that is valid under the schema in use: replaying it would blame a correct implementation.
    writeFileSync(
      join(dir, 'stale.json'),
      JSON.stringify({
        check: 'validate.rejects-invalid',
        kind: 'invalid',
        json: '{"id":"x"}',
        violation: { instancePath: '/id', keyword: 'type', schemaPath: '#/properties/id/type' },
      }),
    );
    const s = await cli([
      'check',
      '--target',
      'module:test/miniatures/modules/_base.mjs',
      '--check',
      'validate.rejects-invalid',
      '--replay',
      join(dir, 'stale.json'),
      '--report-dir',
      join(dir, 'out'),
    ]);
    expect(s.code).toBe(2);
    expect(s.stderr).toMatch(/no longer invalid/);
  });
});
