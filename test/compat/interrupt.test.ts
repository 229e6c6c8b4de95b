// Ctrl-C while witnesses run through a target that never answers: a partial report is written atomically, exit 3.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { bin, tempDir } from '../support/cli.js';

it('SIGINT during the impact phase writes a partial compat report and exits 3', async () => {
  const dir = tempDir('pc-compat-int-');
  const harness = join(dir, 'silent.mjs');
  // Answers the handshake, then never answers a request (stdin kept open so it stays alive).
  writeFileSync(
    harness,
    `import { createInterface } from 'node:readline';
createInterface({ input: process.stdin }).on('line', (l) => {
  if (JSON.parse(l).cmd === 'start') process.stdout.write(JSON.stringify({ ready: true, ops: ['validate'] }) + '\\n');
});`,
  );
  const live = resolve('examples/schema-versions/connected-user.live.schema.json');
  const args = ['compat', 'embedded', live, '--target', `cmd:node ${harness}`, '--timeout', '60000', '--report-dir', join(dir, 'reports')];
  const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, CI: 'true' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
    if (/running \d+ witness/.test(stderr)) child.kill('SIGINT');
  });
  // Bounded: if the impact phase never starts, stop the child after 30 s (the test then fails on the exit code).
  const guard = setTimeout(() => child.kill('SIGKILL'), 30_000);
  const code = await new Promise<number | null>((done) => child.on('close', done));
  clearTimeout(guard);
  const r = { code, stderr };
  expect(r.code).toBe(3);
  expect(r.stderr).toContain('interrupted: partial report written to');
  const report = JSON.parse(readFileSync(join(dir, 'reports', 'compat.json'), 'utf8'));
  expect(report.verdict).toBe('breaking');
  expect(report.notes).toContain('interrupted while running witnesses through the targets: the impact table is partial');
  expect(existsSync(join(dir, 'reports', 'compat.md'))).toBe(true);
}, 60_000);
