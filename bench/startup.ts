/**
 * `check` start-up as a process: a default run of a correct module (vitest runner, hostile dictionary included), best
 * and median wall time over interleaved rounds, with the load; then where one run's time goes (PARAGON_TRACE marks).
 * With BENCH_BEFORE (another checkout, built) its `check` runs in the same rounds.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, bestMedian, type Contender, interleaved, load, root, runNode, s } from './process.js';

const ROUNDS = Number(process.env.BENCH_STARTUP_ROUNDS ?? 7);
const target = 'module:test/miniatures/modules/_base.mjs';

const check =
  (checkout: string, env: NodeJS.ProcessEnv = {}) =>
  () =>
    runNode(
      join(checkout, 'bin/paragon-conformance.js'),
      ['check', '--target', target, '--seed', '1', '--report-dir', mkdtempSync(join(tmpdir(), 'pc-bench-'))],
      {
        cwd: root,
        env,
      },
    );

/** The phases of one traced run: each mark's time since the process started, and what it took since the previous one. */
function phases(stderr: string, startMs: number): string[] {
  const marks = stderr
    .split('\n')
    .filter((l) => l.startsWith('paragon-trace '))
    .map((l) => {
      const [, pid, at, ...label] = l.split(' ');
      return { pid: pid!, at: Number(at), label: label.join(' ') };
    })
    .sort((a, b) => a.at - b.at);
  const cli = marks[0]?.pid;
  return marks.map((m) => `  ${String(Math.round(m.at - startMs)).padStart(5)} ms  ${m.pid === cli ? 'CLI   ' : 'worker'}  ${m.label}`);
}

/** Runs the benchmark and returns printable lines. */
export async function benchStartup(): Promise<string[]> {
  const contenders: Contender[] = [
    { name: 'check', run: check(root) },
    { name: 'node -e 0 (floor)', run: () => runNode('-e', ['0']) },
  ];
  const old = before();
  if (old) contenders.push({ name: 'check (before)', run: check(old) });
  const l0 = load();
  const runs = await interleaved(contenders, ROUNDS);
  const lines = [
    `## check start-up (\`check --target ${target} --seed 1\`, default runs, vitest runner, whole process; ${ROUNDS} interleaved rounds, load ${l0} → ${load()})`,
  ];
  for (const c of contenders) {
    const wall = bestMedian(runs.get(c.name)!.map((r) => r.ms));
    const cpu = bestMedian(runs.get(c.name)!.map((r) => r.cpuMs));
    const codes = [...new Set(runs.get(c.name)!.map((r) => r.code))].join(',');
    lines.push(`${c.name.padEnd(20)} wall best ${s(wall.best)} s, median ${s(wall.median)} s; CPU best ${s(cpu.best)} s (exit ${codes})`);
  }
  lines.push(`goal: under 1.2 s wall (best ${s(bestMedian(runs.get('check')!.map((r) => r.ms)).best)} s)`);
  const t0 = performance.timeOrigin + performance.now();
  const traced = await check(root, { PARAGON_TRACE: '1' })();
  lines.push(
    `where one run's time goes (traced, ${s(traced.ms)} s):`,
    ...phases(traced.stderr, t0),
    `  ${String(Math.round(traced.ms)).padStart(5)} ms  CLI     exited`,
  );
  return lines;
}
