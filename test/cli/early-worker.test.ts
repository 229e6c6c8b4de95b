// The vitest runner starts its worker before vitest is loaded and vitest adopts it: the worker that warmed up (built
// the cases) is the one that runs the suite, and the run's results are those of the inline runner.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startReferenceService } from '../../src/http/service.js';
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

  it('with --signing-key, mints the fresh users of every HTTP check before the suite starts, as many as it asks for', async () => {
    const service = await startReferenceService();
    const key = join(tempDir(), 'private.pem');
    writeFileSync(key, service.keys.privateKeyPem);
    try {
      const args = ['check', '--target', service.url, '--signing-key', key, '--allow-writes', '--seed', '5', '--runs', '10'];
      const r = await cli([...args, '--report-dir', tempDir()], { env: { PARAGON_TRACE: '1' } });
      expect(r.code, r.stderr).toBe(0);
      const m = marks(r.stderr);
      const warm = m.find((x) => x.label === 'worker warm');
      const ahead = m.findIndex((x) => x.label === 'minting ahead');
      expect(ahead, r.stderr).toBeGreaterThanOrEqual(0);
      expect(m[ahead]?.pid).toBe(warm?.pid);
      expect(ahead).toBeLessThan(m.indexOf(warm!));
      // Once the cases are built there, the worker knows how many users the run will ask for: exactly those it asks for.
      const all = m.find((x) => x.label.startsWith('minting ahead: '));
      expect(all?.pid).toBe(warm?.pid);
      // The target adopted that minter: every user it minted was asked for (a batch at most kept for shrinking).
      expect(m.find((x) => x.label === 'minter adopted')?.pid).toBe(warm?.pid);
      const done = m.find((x) => x.label.startsWith('minter:'))?.label ?? '';
      const [, asked = '', minted = '', goal] = /^minter: (\d+) users asked for, (\d+) minted on its thread \(goal (\d+);/.exec(done) ?? [];
      expect(Number(asked), done).toBeGreaterThan(10);
      expect(all?.label).toBe(`minting ahead: ${asked} users`);
      expect(goal).toBe(asked);
      expect(Number(minted) - Number(asked)).toBeLessThanOrEqual(8);
      // Read-only, the run asks for a few users only, and the worker says so.
      const reads = await cli(['check', '--target', service.url, '--signing-key', key, '--seed', '5', '--runs', '50', '--report-dir', tempDir()], {
        env: { PARAGON_TRACE: '1' },
      });
      expect(reads.code, reads.stderr).toBe(0);
      const few = /minter: (\d+) users asked for, \d+ minted on its thread \(goal (\d+);/.exec(reads.stderr) ?? [];
      expect(Number(few[1])).toBeLessThan(20);
      expect(few[2]).toBe(few[1]);
      expect(marks(reads.stderr).map((x) => x.label)).toContain(`minting ahead: ${few[1]} users`);
      // A paced run mints as it goes.
      const paced = await cli([...args, '--rate', '2000', '--report-dir', tempDir()], { env: { PARAGON_TRACE: '1' } });
      expect(paced.code, paced.stderr).toBe(0);
      expect(marks(paced.stderr).filter((x) => x.label.startsWith('minting ahead'))).toEqual([]);
      expect(paced.stderr).toMatch(/minter: \d+ users asked for, \d+ minted on its thread \(goal 0;/);
    } finally {
      await service.close();
    }
  });

  it('without PARAGON_TRACE, prints no marks', async () => {
    const r = await cli(['check', '--target', 'module:test/miniatures/modules/_base.mjs', '--seed', '5', '--runs', '5', '--report-dir', tempDir()]);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(/paragon-trace/);
  });
});
