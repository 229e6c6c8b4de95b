/**
 * Benchmarks `compat` and `fixtures check` as processes: wall time of `compat OLD NEW` beside the peer
 * (json-schema-diff, a structural JSON Schema differ), agreement of both with the expected verdicts on one-change
 * variants, and the peak RSS of `fixtures check` over growing files (flat memory).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bestMedian, load, root, runNode } from './process.js';

const bin = join(root, 'bin/paragon-conformance.js');
const peer = join(root, 'node_modules/json-schema-diff/bin/json-schema-diff');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const FIXTURES = Number(process.env.BENCH_FIXTURES_COUNT ?? 300_000);

// biome-ignore lint/suspicious/noExplicitAny: schema edits walk arbitrary JSON
type Doc = any;
type V = 'compatible' | 'breaking';
const published: Doc = JSON.parse(readFileSync(join(root, 'schemas/connected-user.schema.json'), 'utf8'));
const status = (s: Doc) => s.$defs.UserIntegration.properties.credentialStatus;

/** One-change variants with the verdicts [reader, writer] they must get (the full table is test/compat/variants.ts). */
const variants: [string, (s: Doc) => void, V, V][] = [
  ['enum value added', (s) => status(s).enum.push('PENDING'), 'compatible', 'breaking'],
  ['enum value removed', (s) => status(s).enum.pop(), 'breaking', 'compatible'],
  ['required added', (s) => (s.required = ['id']), 'breaking', 'compatible'],
  ['additionalProperties closed', (s) => (s.additionalProperties = false), 'breaking', 'compatible'],
  ['type widened', (s) => (s.properties.id.type = ['string', 'number']), 'compatible', 'breaking'],
  ['minLength added', (s) => (s.properties.id.minLength = 3), 'breaking', 'compatible'],
  ['meta values any JSON', (s) => (s.properties.meta.additionalProperties = {}), 'compatible', 'breaking'],
  ['property added with a type', (s) => (s.properties.userId = { type: 'string' }), 'breaking', 'compatible'],
  [
    '$defs renamed',
    (s) => {
      s.$defs = { I: s.$defs.UserIntegration };
      s.properties.integrations.additionalProperties.$ref = '#/$defs/I';
    },
    'compatible',
    'compatible',
  ],
  ['description changed', (s) => (s.description = 'v2'), 'compatible', 'compatible'],
];

function timed(cmd: string, args: string[]): { ms: number; code: number | null; out: string } {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
  return { ms: performance.now() - t0, code: r.status, out: r.stdout + r.stderr };
}

const write = (dir: string, name: string, doc: Doc, forPeer = false) => {
  const d = structuredClone(doc);
  if (forPeer) delete d.$schema; // json-schema-diff 1.0.0 validates with draft-07 ajv and rejects the 2020-12 $schema
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(d));
  return file;
};

/** Our verdicts per role from compat.json. */
function ours(dir: string, oldFile: string, newFile: string): [V, V] {
  const out = join(dir, 'r');
  timed(process.execPath, [bin, 'compat', oldFile, newFile, '--format', 'json', '--report-dir', out]);
  const r = JSON.parse(readFileSync(join(out, 'compat.json'), 'utf8')) as { changes: Record<string, { verdict: string }>[] };
  const role = (k: string): V => (r.changes.some((c) => c[k]?.verdict !== 'compatible') ? 'breaking' : 'compatible');
  return [role('reader'), role('writer')];
}

/** The peer's verdicts: "removed" values break readers, "added" values break writers. */
function theirs(oldFile: string, newFile: string): [V, V] {
  const { out } = timed(process.execPath, [peer, oldFile, newFile]);
  const section = (word: string) => new RegExp(`were ${word}:\\n(?!false\\n)`).test(`${out}\n`);
  return [section('removed') ? 'breaking' : 'compatible', section('added') ? 'breaking' : 'compatible'];
}

const stats = (xs: number[]) => {
  const { best, median } = bestMedian(xs);
  return `best ${best.toFixed(0)} ms, median ${median.toFixed(0)} ms`;
};

/** Runs the compat benchmarks and returns printable lines. */
export async function benchCompat(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'pc-bench-compat-'));
  const live = JSON.parse(readFileSync(join(root, 'examples/schema-versions/connected-user.live.schema.json'), 'utf8'));
  const pattern = [structuredClone(published), structuredClone(published)];
  pattern[0].properties.id.pattern = '^[a-z]+$';
  pattern[1].properties.id.pattern = '^[a-z0-9]+$';
  const files = {
    old: write(dir, 'old.json', published),
    live: write(dir, 'live.json', live),
    oldPeer: write(dir, 'old7.json', published, true),
    livePeer: write(dir, 'live7.json', live, true),
    patOld: write(dir, 'p-old.json', pattern[0]),
    patNew: write(dir, 'p-new.json', pattern[1]),
  };
  const runs: Record<string, { label: string; cmd: string; args: string[]; ms: number[] }> = {
    floor: { label: 'node bin/paragon-conformance.js --version (process floor)', cmd: process.execPath, args: [bin, '--version'], ms: [] },
    compat: {
      label: 'compat embedded live (2 changes, 2 witnesses)',
      cmd: process.execPath,
      args: [bin, 'compat', files.old, files.live, '--report-dir', join(dir, 'a')],
      ms: [],
    },
    same: {
      label: 'compat embedded embedded (no change)',
      cmd: process.execPath,
      args: [bin, 'compat', files.old, files.old, '--report-dir', join(dir, 'b')],
      ms: [],
    },
    unknown: {
      label: 'compat pattern widened (search runs out: unknown)',
      cmd: process.execPath,
      args: [bin, 'compat', files.patOld, files.patNew, '--report-dir', join(dir, 'c')],
      ms: [],
    },
    peer: { label: 'peer: json-schema-diff 1.0.0 old live', cmd: process.execPath, args: [peer, files.oldPeer, files.livePeer], ms: [] },
  };
  for (let i = 0; i < ROUNDS; i++) for (const r of Object.values(runs)) r.ms.push(timed(r.cmd, r.args).ms);
  const lines = ['## compat', `wall time as processes, ${ROUNDS} interleaved rounds, load average ${load()}:`];
  for (const r of Object.values(runs)) lines.push(`  ${r.label}: ${stats(r.ms)}`);

  let agreeOurs = 0;
  let agreePeer = 0;
  lines.push(`verdicts on ${variants.length} one-change variants [reader, writer] (expected / compat / peer):`);
  for (const [name, edit, reader, writer] of variants) {
    const doc = structuredClone(published);
    edit(doc);
    const o = ours(dir, files.old, write(dir, 'v.json', doc));
    const p = theirs(files.oldPeer, write(dir, 'v7.json', doc, true));
    agreeOurs += Number(o[0] === reader) + Number(o[1] === writer);
    agreePeer += Number(p[0] === reader) + Number(p[1] === writer);
    lines.push(`  ${name}: ${reader}/${writer} — ${o.join('/')} — ${p.join('/')}`);
  }
  lines.push(`  right role verdicts: compat ${agreeOurs}/${variants.length * 2}, peer ${agreePeer}/${variants.length * 2}`);

  for (const [count, format] of [
    [FIXTURES / 10, 'ndjson'],
    [FIXTURES, 'ndjson'],
    [FIXTURES, 'json'],
  ] as const) {
    const file = join(dir, `f-${count}.${format}`);
    timed(process.execPath, [bin, 'generate', '--count', String(count), '--seed', '1', '--invalid', '--format', format, '--out', file]);
    const t0 = performance.now();
    const rss = (await runNode(bin, ['fixtures', 'check', file])).maxRssMb;
    const what = `${count.toLocaleString('en-US')} labelled invalid users (${format})`;
    lines.push(`fixtures check over ${what}: peak RSS ${rss.toFixed(1)} MiB, ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    rmSync(file, { force: true });
  }
  rmSync(dir, { recursive: true, force: true });
  return lines;
}
