import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import type { Io } from '../../src/commands/command.js';
import { mergeReportsCommand } from '../../src/commands/merge-reports.js';
import type { Report } from '../../src/core/types.js';
import { renderJson } from '../../src/report/json.js';
import { validateReport } from '../../src/report/schema.js';
import { conformantReport, erroredReport, nonConformantReport, splitIntoShards } from './fixtures.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function io(cwd: string): Io & { out: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let text = '';
  stdout.on('data', (b: Buffer) => (text += b.toString()));
  return { stdout, stderr, cwd, env: {}, interactive: false, out: () => text };
}

/** A work dir holding `shard-1`, `shard-2`, … each with a conformance.json. */
function shardDirs(shards: Report[]): string {
  const root = mkdtempSync(join(tmpdir(), 'pc-merge-'));
  dirs.push(root);
  shards.forEach((s, i) => {
    mkdirSync(join(root, `shard-${i + 1}`, 'cases'), { recursive: true });
    writeFileSync(join(root, `shard-${i + 1}`, 'conformance.json'), renderJson(s));
    writeFileSync(join(root, `shard-${i + 1}`, 'cases', 'validate.rejects-invalid.json'), `{"shard":${i + 1}}`);
  });
  return root;
}

const run = (argv: string[], cwd: string) => {
  const ioo = io(cwd);
  return mergeReportsCommand.run(argv, ioo).then((code) => ({ code, out: ioo.out() }));
};

describe('merge-reports command', () => {
  it('merges shard directories, writes every format and exits 1 for a non-conformant merge', async () => {
    const root = shardDirs(splitIntoShards(nonConformantReport(), 2));
    const { code, out } = await run(['shard-1', 'shard-2', '--report-dir', 'merged'], root);
    expect(code).toBe(1);
    expect(out).toMatch(/^merged 2 reports: non-conformant \(2 failed, 1 warning,/);
    // The merged run is one run of the ledger: one history line and a badge per target (shards append nothing).
    const files = readdirSync(join(root, 'merged')).sort();
    expect(files.filter((f) => /^badge-[a-z0-9-]+\.json$/.test(f))).toHaveLength(1);
    expect(files.filter((f) => !f.startsWith('badge-'))).toEqual([
      'cases',
      'conformance-history.jsonl',
      'conformance.html',
      'conformance.json',
      'conformance.md',
      'junit.xml',
    ]);
    expect(
      readFileSync(join(root, 'merged', 'conformance-history.jsonl'), 'utf8')
        .trim()
        .split('\n'),
    ).toHaveLength(1);
    const merged = JSON.parse(readFileSync(join(root, 'merged', 'conformance.json'), 'utf8')) as Report;
    expect(validateReport(merged)).toEqual([]);
    expect(merged.shard).toBeUndefined();
    expect(merged.summary).toEqual(nonConformantReport().summary);
    expect(readFileSync(join(root, 'merged', 'cases', 'validate.rejects-invalid.json'), 'utf8')).toMatch(/"shard":\d/);
  });

  it('exits 0 for a conformant merge and 3 for an error verdict; --format limits the files', async () => {
    const ok = shardDirs(splitIntoShards(conformantReport(), 2));
    expect((await run(['shard-1', 'shard-2', '--report-dir', 'out', '--format', 'json,md'], ok)).code).toBe(0);
    expect(
      readdirSync(join(ok, 'out'))
        .filter((f) => f.startsWith('conformance.'))
        .sort(),
    ).toEqual(['conformance.json', 'conformance.md']);
    const bad = shardDirs(splitIntoShards(erroredReport(), 2));
    expect((await run(['shard-1', 'shard-2', '--report-dir', 'out'], bad)).code).toBe(3);
  });

  it('--strict makes a SHOULD-only failure gate', async () => {
    const r = nonConformantReport();
    r.checks = r.checks.map((c) => (c.level === 'MUST' && c.status === 'failed' ? { ...c, status: 'passed', failures: [] } : c));
    const root = shardDirs(splitIntoShards(r, 2));
    expect((await run(['shard-1', 'shard-2', '--report-dir', 'a'], root)).code).toBe(0);
    expect((await run(['shard-1', 'shard-2', '--report-dir', 'b', '--strict'], root)).code).toBe(1);
  });

  it('names a missing or invalid conformance.json (usage error, exit 2)', async () => {
    const root = shardDirs(splitIntoShards(conformantReport(), 2));
    await expect(run(['shard-1', 'nope', '--report-dir', 'o'], root)).rejects.toThrow(/nope\/conformance\.json \(ENOENT\)/);
    writeFileSync(join(root, 'shard-2', 'conformance.json'), '{"verdict":"maybe"}');
    await expect(run(['shard-1', 'shard-2'], root)).rejects.toThrow(/shard-2\/conformance\.json is not a valid conformance report: .*required property/);
    writeFileSync(join(root, 'shard-2', 'conformance.json'), '{');
    await expect(run(['shard-1', 'shard-2'], root)).rejects.toThrow(/shard-2\/conformance\.json is not valid JSON/);
    await expect(run([], root)).rejects.toMatchObject({ exitCode: 2 });
    await expect(run(['shard-1', '--format', 'pdf'], root)).rejects.toMatchObject({ exitCode: 2 });
  });

  it('refuses shards of different runs, naming both files', async () => {
    const [a, b] = splitIntoShards(conformantReport(), 2) as [Report, Report];
    const root = shardDirs([a, { ...b, seed: 99 }]);
    await expect(run(['shard-1', 'shard-2', '--report-dir', 'o'], root)).rejects.toThrow(
      /different seed: .*shard-1\/conformance\.json has '42', .*shard-2\/conformance\.json has '99'/,
    );
  });
});
