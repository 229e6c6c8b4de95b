// `check --target cmd:…` end to end: example harnesses pass, wrong ones are caught, broken ones are target errors.
import { describe, expect, it } from 'vitest';
import { validateReport } from '../../src/report/schema.js';
import { cli, readReport, tempDir } from '../support/cli.js';

const check = (target: string, dir: string, ...more: string[]) =>
  cli(['check', '--target', target, '--seed', '11', '--runs', '60', '--report-dir', dir, ...more]);

describe('cmd targets through the CLI', () => {
  it.each(['cmd:python3 examples/python-harness/harness.py', 'cmd:node examples/node-harness/harness.mjs'])('%s is conformant', async (target) => {
    const dir = tempDir();
    const r = await check(target, dir);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const rep = readReport(dir);
    expect(rep.target.implementation?.name).toBeTruthy();
    expect(rep.timing.latency?.samples).toBeGreaterThan(0);
    expect(rep.checks.find((c) => c.id === 'safety.no-prototype-pollution')!.status).toBe('skipped');
  });

  it.each([
    ['wrong-enum-pending.mjs', 'validate.rejects-invalid'],
    ['wrong-drops-empty-maps.mjs', 'roundtrip.preserves-data'],
    ['wrong-no-unknown-integration.mjs', 'validate.accepts-valid'],
  ])('a harness around %s is caught by %s (exit 1)', async (file, id) => {
    const dir = tempDir();
    const r = await check(`cmd:node test/miniatures/harnesses/wrap.mjs test/miniatures/modules/${file}`, dir);
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(readReport(dir).checks.find((c) => c.id === id)!.status).toBe('failed');
  });

  it.each([
    ['crash', /exited|crash|died/i],
    ['hang', /timed? ?out|no reply|within/i],
    ['garbage', /not JSON|non-JSON|invalid JSON/i],
    ['unknown-seq', /seq/i],
  ])('a harness that misbehaves (%s) is a target error: exit 3, a clear message, a partial report', async (mode, message) => {
    const dir = tempDir();
    const r = await check(`cmd:node test/fixtures-targets/harness-misbehaving.mjs ${mode}`, dir, '--timeout', '1500');
    expect(r.code, r.stdout + r.stderr).toBe(3);
    expect(r.stdout + r.stderr).toMatch(message);
    const rep = readReport(dir);
    expect(rep.verdict).toBe('error');
    expect(rep.errors.length).toBeGreaterThan(0);
    expect(validateReport(rep)).toEqual([]);
  });
});
