// The vitest runner starts its worker before vitest is loaded and vitest adopts it: the worker that warmed up (built
// the cases) is the one that runs the suite, and the run's results are those of the inline runner.
import { describe, expect, it } from 'vitest';
import { cli, readReport, tempDir } from '../support/cli.js';

const marks = (stderr: string): { pid: string; label: string }[] =>
  stderr
    .split('\n')
    .filter((l) => l.startsWith('paragon-trace '))
    .map((l) => {
      const [, pid = '', , ...label] = l.split(' ');
      return { pid, label: label.join(' ') };
    });

const summary = (dir: string) => {
  const r = readReport(dir);
  return { verdict: r.verdict, checks: r.checks.map((c) => [c.id, c.status, c.cases]), coverage: r.coverage };
};

describe('the early vitest worker', () => {
  it('is adopted by vitest: the process that built the cases runs the suite, with the results of an inline run', async () => {
    const args = ['check', '--target', 'module:test/miniatures/modules/_base.mjs', '--seed', '5', '--runs', '30'];
    const dir = tempDir();
    const r = await cli([...args, '--report-dir', dir], { env: { PARAGON_TRACE: '1' } });
    expect(r.code, r.stderr).toBe(0);
    const m = marks(r.stderr);
    const warm = m.find((x) => x.label === 'worker warm');
    const suite = m.find((x) => x.label === 'worker suite');
    expect(warm, r.stderr).toBeDefined();
    expect(suite?.pid).toBe(warm?.pid);
    const cli0 = m.find((x) => x.label === 'loaded check');
    expect(cli0, r.stderr).toBeDefined();
    expect(cli0?.pid).not.toBe(warm?.pid);
    const inline = tempDir();
    expect((await cli([...args, '--runner', 'inline', '--report-dir', inline])).code).toBe(0);
    expect(summary(dir)).toEqual(summary(inline));
  });

  it('without PARAGON_TRACE, prints no marks', async () => {
    const r = await cli(['check', '--target', 'module:test/miniatures/modules/_base.mjs', '--seed', '5', '--runs', '5', '--report-dir', tempDir()]);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(/paragon-trace/);
  });
});
