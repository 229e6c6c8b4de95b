/** Benchmarks the gate itself: wall time of `check` (vitest start-up included) and cases/s through the line protocol. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { caseSource } from '../generators/index.js';
import { runConformance } from '../src/engine/runner.js';
import { resolveCheckOptions } from '../src/options/resolve.js';
import type { CheckInput, CheckOptions } from '../src/options/types.js';
import { loadSchema } from '../src/schema/load.js';
import { openTarget } from '../src/targets/registry.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin/paragon-conformance.js');

function options(target: string, over: CheckInput = {}): CheckOptions {
  return resolveCheckOptions([{ seed: 1, cwd: root, target, runner: 'inline', reportDir: mkdtempSync(join(tmpdir(), 'pc-bench-')) }, over], {
    cwd: root,
    env: process.env,
  });
}

function timeCli(args: string[]): { ms: number; code: number | null } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [bin, ...args, '--seed', '1', '--report-dir', mkdtempSync(join(tmpdir(), 'pc-bench-'))], {
    cwd: root,
    env: { ...process.env, CI: 'true' },
    encoding: 'utf8',
  });
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
  lines.push(
    `line protocol, ${node}: ${validate} validate calls in ${(r.durationMs / 1000).toFixed(2)} s = ${r.timing.casesPerSecond} cases/s (pipelined; p50 ${r.timing.latency?.p50} ms, p99 ${r.timing.latency?.p99} ms; verdict ${r.verdict})`,
  );
  const py = 'cmd:python3 examples/python-harness/harness.py';
  const p = await runConformance(options(py, { runs: 2000, checks: ['validate.accepts-valid', 'validate.rejects-invalid'] }));
  lines.push(`line protocol, ${py}: ${p.timing.casesPerSecond} cases/s (verdict ${p.verdict})`);
  for (const target of [node, py]) {
    const { perSecond, calls } = await protocolThroughput(target);
    lines.push(`line protocol alone (pre-generated cases, 256 in flight), ${target}: ${calls} validate calls = ${perSecond} calls/s`);
  }
  return lines;
}

/** validate calls per second through a harness with the cases generated beforehand (transport + harness only). */
async function protocolThroughput(spec: string): Promise<{ perSecond: number; calls: number }> {
  const schema = loadSchema();
  const src = caseSource(schema.document, { seed: 1 });
  const jsons = [...src.valid(3000), ...src.invalid(3000)].map((c) => c.json);
  const target = await openTarget(spec, { cwd: root, timeoutMs: 10_000 });
  const t0 = performance.now();
  for (let i = 0; i < jsons.length; i += 256) await Promise.all(jsons.slice(i, i + 256).map((j) => target.validate!(j)));
  const ms = performance.now() - t0;
  await target.close();
  return { perSecond: Math.round((jsons.length / ms) * 1000), calls: jsons.length };
}
