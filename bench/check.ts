/** Benchmarks the gate itself: wall time of `check` (vitest start-up included) and cases/s through the line protocol. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runConformance } from '../src/engine/conformance.js';
import { defaultCheckOptions, type CheckOptions } from '../src/engine/options.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin/paragon-conformance.js');

function options(target: string, over: Partial<CheckOptions> = {}): CheckOptions {
  return { ...defaultCheckOptions, seed: 1, cwd: root, target, reportDir: mkdtempSync(join(tmpdir(), 'pc-bench-')), ...over };
}

function timeCli(args: string[]): { ms: number; code: number | null } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [bin, ...args, '--seed', '1', '--report-dir', mkdtempSync(join(tmpdir(), 'pc-bench-'))], { cwd: root, env: { ...process.env, CI: 'true' }, encoding: 'utf8' });
  return { ms: performance.now() - t0, code: r.status };
}

/** Runs the check benchmarks and returns printable lines. */
export async function benchCheck(): Promise<string[]> {
  const lines: string[] = ['## check'];
  const mod = 'module:test/miniatures/modules/_base.mjs';
  const cliModule = timeCli(['check', '--target', mod]);
  lines.push(`check --target ${mod} (default runs, vitest runner, whole process): ${(cliModule.ms / 1000).toFixed(2)} s (exit ${cliModule.code})`);
  const inline = timeCli(['check', '--target', mod, '--runner', 'inline']);
  lines.push(`same with --runner inline: ${(inline.ms / 1000).toFixed(2)} s (exit ${inline.code})`);
  const full = timeCli(['check']);
  lines.push(`check (embedded reference: module + HTTP service): ${(full.ms / 1000).toFixed(2)} s (exit ${full.code})`);

  const node = 'cmd:node examples/node-harness/harness.mjs';
  const r = await runConformance(options(node, { runs: 2000, checks: ['validate.accepts-valid', 'validate.rejects-invalid'] }));
  const validate = r.checks.reduce((n, c) => n + c.cases, 0);
  lines.push(`line protocol, ${node}: ${validate} validate calls in ${(r.durationMs / 1000).toFixed(2)} s = ${r.timing.casesPerSecond} cases/s (pipelined; p50 ${r.timing.latency?.p50} ms, p99 ${r.timing.latency?.p99} ms; verdict ${r.verdict})`);
  const py = 'cmd:python3 examples/python-harness/harness.py';
  const p = await runConformance(options(py, { runs: 2000, checks: ['validate.accepts-valid', 'validate.rejects-invalid'] }));
  lines.push(`line protocol, ${py}: ${p.timing.casesPerSecond} cases/s (verdict ${p.verdict})`);
  return lines;
}
