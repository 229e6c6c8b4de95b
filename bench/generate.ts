/**
 * `generate` end to end, as a process, beside its peer (a plain node script driving json-schema-faker to write the same
 * count to a file): instances/s in interleaved rounds, best and median, and the ratio; then the peak RSS of a million
 * users. With BENCH_BEFORE (another checkout, built) its `generate` runs in the same rounds.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, bestMedian, type Contender, interleaved, load, root, runNode, s } from './process.js';

const COUNT = Number(process.env.BENCH_GENERATE_COUNT ?? 200_000);
const BIG = Number(process.env.BENCH_GENERATE_BIG ?? 1_000_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');

/** Runs the benchmark and returns printable lines. */
export async function benchGenerate(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'pc-bench-gen-'));
  const file = join(dir, 'out.ndjson');
  const generate = (checkout: string, count: number) => () =>
    runNode(join(checkout, 'bin/paragon-conformance.js'), ['generate', '--count', String(count), '--seed', '1', '--out', file]);
  const contenders: Contender[] = [
    { name: 'generate', run: generate(root, COUNT) },
    { name: 'json-schema-faker', run: () => runNode(join(root, 'dist/bench/jsf-generate.js'), [String(COUNT), file]) },
  ];
  const old = before();
  if (old) contenders.push({ name: 'generate (before)', run: generate(old, COUNT) });
  const l0 = load();
  const runs = await interleaved(contenders, ROUNDS);
  const rate = (name: string) => {
    const { best, median } = bestMedian(runs.get(name)!.map((r) => r.ms));
    return { best: (COUNT * 1000) / best, median: (COUNT * 1000) / median, bestMs: best, medianMs: median };
  };
  const lines = [`## generate (${fmt(COUNT)} users to a file, whole processes, ${ROUNDS} interleaved rounds, load ${l0} → ${load()})`];
  for (const c of contenders) {
    const r = rate(c.name);
    const rss = Math.max(...runs.get(c.name)!.map((x) => x.maxRssMb));
    lines.push(
      `${c.name.padEnd(20)} best ${s(r.bestMs)} s = ${fmt(r.best)}/s, median ${s(r.medianMs)} s = ${fmt(r.median)}/s (peak RSS ${rss.toFixed(0)} MiB)`,
    );
  }
  const ours = rate('generate');
  const peer = rate('json-schema-faker');
  lines.push(
    `ratio generate / json-schema-faker (instances/s): best ${(ours.best / peer.best).toFixed(2)}x, median ${(ours.median / peer.median).toFixed(2)}x (goal >= 1)`,
  );
  if (old) {
    const was = rate('generate (before)');
    lines.push(`before → after: median ${(was.median / peer.median).toFixed(2)}x → ${(ours.median / peer.median).toFixed(2)}x json-schema-faker`);
  }
  if (BIG > 0) {
    for (const [name, checkout] of [['generate', root], ...(old ? [['generate (before)', old]] : [])] as [string, string][]) {
      const r = await generate(checkout, BIG)();
      lines.push(
        `${name} --count ${fmt(BIG)}: peak RSS ${r.maxRssMb.toFixed(1)} MiB, ${s(r.ms)} s (${fmt((BIG * 1000) / r.ms)}/s), exit ${r.code} (goal < 150 MiB)`,
      );
    }
  }
  rmSync(dir, { recursive: true, force: true });
  return lines;
}
