/** Runs the built CLI (`bin/paragon-conformance.js`) as a user would, capturing output and exit code. */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Report } from '../../src/core/types.js';

export const bin = resolve('bin/paragon-conformance.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `paragon-conformance ...args` in `cwd` (default: the repo). */
export function cli(
  args: string[],
  opts: { cwd?: string; env?: NodeJS.ProcessEnv; onSpawn?: (kill: (s: NodeJS.Signals) => void) => void } = {},
): Promise<CliRun> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: opts.cwd ?? process.cwd(),
      env: { ...process.env, CI: 'true', ...opts.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    opts.onSpawn?.((s) => child.kill(s));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/** A fresh temporary directory. */
export const tempDir = (prefix = 'pc-'): string => mkdtempSync(join(tmpdir(), prefix));

/** The `conformance.json` a run wrote to `dir`. */
export const readReport = (dir: string): Report => JSON.parse(readFileSync(join(dir, 'conformance.json'), 'utf8')) as Report;
