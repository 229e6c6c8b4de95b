/**
 * Measuring commands as whole processes, the way users run them: wall time, CPU time and peak RSS of the process
 * (threads included), contenders in interleaved rounds so that load from other processes hits all of them alike.
 */
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

/** The repository this bench belongs to. */
export const root = fileURLToPath(new URL('../../', import.meta.url));

/** What one process run cost. */
export interface ProcessRun {
  ms: number;
  cpuMs: number;
  maxRssMb: number;
  code: number | null;
  stdout: string;
  stderr: string;
}

// Reported on exit by every measured node process: CPU (user + system) and peak RSS, from the kernel's own counters.
const hook = `process.on('exit',()=>{const u=process.resourceUsage();process.stderr.write('\\nBENCH_USAGE '+(u.userCPUTime+u.systemCPUTime)+' '+u.maxRSS+'\\n')})`;
const hookArg = ['--import', `data:text/javascript,${encodeURIComponent(hook)}`];

/** Runs `node [...nodeArgs] script ...args` and measures it. */
export function runNode(
  script: string,
  args: readonly string[],
  opts: { cwd?: string; env?: NodeJS.ProcessEnv; nodeArgs?: string[] } = {},
): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [...hookArg, ...(opts.nodeArgs ?? []), script, ...args], {
      cwd: opts.cwd ?? root,
      env: { ...process.env, CI: 'true', ...opts.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => {
      stdout += b.toString();
    });
    child.stderr.on('data', (b: Buffer) => {
      stderr += b.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - t0;
      const m = /BENCH_USAGE (\d+) (\d+)/.exec(stderr);
      resolve({
        ms,
        cpuMs: m ? Number(m[1]) / 1000 : Number.NaN,
        maxRssMb: m ? Number(m[2]) / 1024 : Number.NaN,
        code,
        stdout,
        stderr: stderr.replace(/\nBENCH_USAGE .*\n?/, ''),
      });
    });
  });
}

/** A contender: a name and how to run it once. */
export interface Contender {
  name: string;
  run: () => Promise<ProcessRun>;
}

/** Runs every contender `rounds` times, interleaved (A B C A B C …); every run of each, in order. */
export async function interleaved(contenders: readonly Contender[], rounds: number): Promise<Map<string, ProcessRun[]>> {
  const runs = new Map(contenders.map((c) => [c.name, [] as ProcessRun[]]));
  for (let r = 0; r < rounds; r++) for (const c of contenders) runs.get(c.name)!.push(await c.run());
  return runs;
}

/** Best (smallest) and median of some values. */
export function bestMedian(values: readonly number[]): { best: number; median: number } {
  const sorted = [...values].sort((a, b) => a - b);
  return { best: sorted[0] ?? Number.NaN, median: sorted[(sorted.length - 1) >> 1] ?? Number.NaN };
}

/** The 1-minute load average now, as printed beside each figure. */
export const load = (): string => loadavg()[0]!.toFixed(1);

/** The checkout measured as "before" (BENCH_BEFORE=/path/to/another/checkout, built), if any. */
export const before = (): string | undefined => process.env.BENCH_BEFORE || undefined;

/** Seconds, 2 decimals. */
export const s = (ms: number): string => (ms / 1000).toFixed(2);
