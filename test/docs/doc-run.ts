/** Runs the commands of a Markdown file as one bash session (exports and background jobs carry over) and reports exit codes. */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { DocCommand } from './shell-blocks.js';

/** A command's outcome: its exit code, or 124 when a background command printed nothing in time. */
export interface DocOutcome {
  where: string;
  command: string;
  expected: number;
  actual: number | 'not reached';
}

const skipTop = new Set(['node_modules', 'dist', '.git', 'reports', '.paragon', '.vitest-cache', 'coverage']);

/** A copy of the repository (sources, examples, self-test fixtures; node_modules linked) to run documented commands in. */
export function repoCopy(repo = resolve('.')): string {
  const dir = mkdtempSync(join(tmpdir(), 'pc-docs-'));
  for (const entry of readdirSync(repo)) {
    if (skipTop.has(entry) || entry.endsWith('.tgz') || entry === 'paragon-conformance.config.json') continue;
    cpSync(join(repo, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** A TCP port that was free a moment ago (127.0.0.1). */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createServer();
    s.on('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });
}

const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** The bash script: each command followed by a line `INDEX CODE` on fd 3; background commands wait for first output. */
export function toScript(commands: readonly DocCommand[], logDir: string): string {
  const lines = ['set +e', "trap 'kill $(jobs -p) 2>/dev/null' EXIT"];
  commands.forEach((c, i) => {
    lines.push(`# ${c.file}:${c.line}`);
    if (c.background) {
      const log = q(join(logDir, `bg-${i}.log`));
      lines.push(`${c.command} > ${log} 2>&1 &`);
      lines.push(`for __t in $(seq 1 150); do [ -s ${log} ] && break; sleep 0.2; done`);
      lines.push(`if [ -s ${log} ]; then echo "${i} 0" >&3; else echo "${i} 124" >&3; fi`);
    } else {
      lines.push(c.command);
      lines.push(`echo "${i} $?" >&3`);
    }
  });
  return `${lines.join('\n')}\n`;
}

/** Runs `commands` in `cwd` with `env`; resolves to one outcome per command plus the session's output. */
export async function runDocCommands(
  commands: readonly DocCommand[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
): Promise<{ outcomes: DocOutcome[]; output: string }> {
  const logDir = mkdtempSync(join(tmpdir(), 'pc-doclog-'));
  const script = join(logDir, 'session.sh');
  const results = join(logDir, 'results');
  writeFileSync(script, toScript(commands, logDir));
  writeFileSync(results, '');
  const output = await new Promise<string>((done) => {
    const child = spawn('bash', ['--noprofile', '--norc', '-c', `exec 3>>${q(results)}; . ${q(script)}`], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', () => {
      clearTimeout(timer);
      done(out);
    });
  });
  const codes = new Map<number, number>(
    readFileSync(results, 'utf8')
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((l) => l.split(' ').map(Number) as [number, number]),
  );
  rmSync(logDir, { recursive: true, force: true });
  const outcomes = commands.map((c, i) => ({
    where: `${c.file}:${c.line}`,
    command: c.command,
    expected: c.expectedExit,
    actual: codes.get(i) ?? ('not reached' as const),
  }));
  return { outcomes, output };
}
