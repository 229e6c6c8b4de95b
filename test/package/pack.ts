/** Packs the project as `npm pack` would publish it and installs the tarball into a fresh project, offline. */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';

const created: string[] = [];
const scratch = (prefix: string): string => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  created.push(dir);
  return dir;
};

/** Removes every directory this module created (staging copy, tarball, installed projects). */
export function removeCreated(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** The repository root (tests run from it). */
export const repo = resolve('.');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command without a shell; `CI=true` keeps the CLI quiet. */
export function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, CI: 'true', NO_COLOR: '1', FORCE_COLOR: '0', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/** Top-level entries never copied into the staging tree (build output, installs, local state, the self-tests). */
const skip = new Set(['node_modules', 'dist', '.git', 'reports', 'test', '.paragon', '.vitest-cache', 'coverage']);

export interface Packed {
  tarball: string;
  /** Paths inside the package, as `npm pack --json` lists them. */
  files: { path: string; size: number }[];
  unpackedSize: number;
}

/**
 * Copies the sources to a staging directory (node_modules linked, so `prepare` can run tsc) and runs `npm pack` there:
 * the real build runs, and the repository's own dist/ is never rewritten under other running tests.
 */
export async function packProject(): Promise<Packed> {
  const stage = scratch('pc-stage-');
  for (const entry of readdirSync(repo)) {
    if (skip.has(entry) || entry.endsWith('.tgz')) continue;
    cpSync(join(repo, entry), join(stage, entry), { recursive: true });
  }
  symlinkSync(join(repo, 'node_modules'), join(stage, 'node_modules'), 'dir');
  const out = scratch('pc-pack-');
  const r = await run('npm', ['pack', '--json', '--pack-destination', out], stage, { npm_config_loglevel: 'error' });
  if (r.code !== 0) throw new Error(`npm pack failed (${r.code}):\n${r.stderr}\n${r.stdout}`);
  const [info] = JSON.parse(r.stdout.slice(r.stdout.indexOf('['))) as { filename: string; files: Packed['files']; unpackedSize: number }[];
  return { tarball: join(out, basename(info!.filename)), files: info!.files, unpackedSize: info!.unpackedSize };
}

/**
 * Creates a project from `template` (a directory copied as is, or a bare package.json) and installs the tarball into it
 * from the local npm cache: `--offline` first, `--prefer-offline` as the fallback.
 */
export async function installInto(tarball: string, template?: string): Promise<string> {
  const dir = scratch('pc-user-');
  if (template) cpSync(template, dir, { recursive: true, filter: (src) => !/[\\/](node_modules|reports)$/.test(src) });
  else writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'pc-user', version: '1.0.0', private: true, type: 'module' }, null, 2));
  const flags = ['--no-audit', '--no-fund', '--loglevel=error'];
  let r = await run('npm', ['install', tarball, '--offline', ...flags], dir);
  if (r.code !== 0) r = await run('npm', ['install', tarball, '--prefer-offline', ...flags], dir);
  if (r.code !== 0) throw new Error(`npm install of the tarball failed (${r.code}):\n${r.stderr}\n${r.stdout}`);
  return dir;
}
