/**
 * What the hostile dictionary phase costs (SPEC §10, issue 9: under 1 s on a default module `check`): building it, and
 * a default module check as a whole process with and without it (interleaved rounds, best of each).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dictionaryCases } from '../generators/build/dictionary.js';
import { cloneJson } from '../src/core/json.js';
import { loadSchema } from '../src/schema/load.js';
import { oracleFor } from '../src/schema/oracle.js';

const driver = fileURLToPath(new URL('./dictionary-run.js', import.meta.url));
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);

function timeProcess(mode: 'on' | 'off'): { ms: number; cases: number } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [driver, mode], { encoding: 'utf8', env: { ...process.env, CI: 'true' } });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`bench driver failed (${mode}): ${r.stderr}`);
  return { ms, cases: Number(r.stdout.split(' ')[0]) };
}

/** Runs the dictionary benchmarks and returns printable lines. */
export async function benchDictionary(): Promise<string[]> {
  const lines = ['## dictionary'];
  const doc = loadSchema().document;
  const builds: number[] = [];
  let phase = dictionaryCases(doc);
  for (let i = 0; i < rounds; i++) {
    const fresh = cloneJson(doc); // a new document: nothing cached but its oracle, compiled first
    oracleFor(fresh);
    const t0 = performance.now();
    phase = dictionaryCases(fresh);
    builds.push(performance.now() - t0);
  }
  const s = phase.summary;
  lines.push(
    `phase for the Connected User: ${s.entries} entries at ${s.locations.length} locations = ${s.cases.valid} valid + ${s.cases.invalid} invalid cases (${s.dropped} dropped), built and oracle-confirmed in ${Math.min(...builds).toFixed(1)} ms (best of ${rounds})`,
  );
  const on: number[] = [];
  const off: number[] = [];
  let cases = { on: 0, off: 0 };
  for (let i = 0; i < rounds; i++) {
    const a = timeProcess('off');
    const b = timeProcess('on');
    off.push(a.ms);
    on.push(b.ms);
    cases = { on: b.cases, off: a.cases };
  }
  const best = (xs: number[]) => Math.min(...xs) / 1000;
  lines.push(
    `default check of module:test/miniatures/modules/_base.mjs (200 runs, inline, whole process, best of ${rounds} interleaved): without the dictionary ${best(off).toFixed(2)} s (${cases.off} cases), with it ${best(on).toFixed(2)} s (${cases.on} cases): +${(best(on) - best(off)).toFixed(2)} s`,
  );
  return lines;
}
