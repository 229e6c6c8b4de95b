// diff-reports (SPEC §12): new, fixed and unchanged findings by fingerprint; exit 1 only when there are new ones.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from '../support/cli.js';

const run = (file: string, dir: string) =>
  cli([
    'check',
    '--target',
    `module:test/miniatures/modules/${file}`,
    '--check',
    'validate.rejects-invalid',
    '--runs',
    '30',
    '--seed',
    '4',
    '--report-dir',
    dir,
    '--runner',
    'inline',
  ]);

describe('diff-reports', () => {
  it('names the new finding of a change (exit 1), the fixed one of the reverse change (exit 0), in text and Markdown', async () => {
    const before = tempDir();
    const after = tempDir();
    await run('wrong-enum-case.mjs', before);
    await run('wrong-two-bugs.mjs', after);
    const forward = await cli(['diff-reports', before, after]);
    expect(forward.code).toBe(1);
    expect(forward.stdout).toMatch(/new findings \(1\):\n {2}[0-9a-f]{12} {2}validate\.rejects-invalid accepted-invalid at \/meta\/\* \(type\) \[number\]/);
    expect(forward.stdout).toMatch(/1 unchanged finding\n/);
    const md = join(tempDir(), 'summary.md');
    const back = await cli(['diff-reports', join(after, 'conformance.json'), before, '--format', 'md', '--md', md]);
    expect(back.code).toBe(0);
    expect(back.stdout).toMatch(/^# Conformance diff: no new findings\n\n0 new, 1 fixed, 1 unchanged\./);
    expect(readFileSync(md, 'utf8')).toContain('## Fixed findings (1)');
  });

  it('a missing or invalid report is exit 2 naming it', async () => {
    const r = await cli(['diff-reports', tempDir(), tempDir()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot read .*conformance\.json/);
    expect((await cli(['diff-reports', 'one'])).code).toBe(2);
  });
});
