// examples/ci: the GitHub shard matrix + merge job and the GitLab parallel + merge snippet, checked for shape and then
// run locally (shell steps through bash, artifacts copied by hand) against a correct and a faulty module.

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Report } from '../../src/core/types.js';
import { readReport, tempDir } from '../support/cli.js';
import { npxShimEnv } from './shim.js';

type GhStep = { name?: string; id?: string; if?: string; run?: string; uses?: string; with?: Record<string, unknown> };
type GhJob = { needs?: string; if?: string; strategy?: { 'fail-fast'?: boolean; matrix: { shard: number[] } }; steps: GhStep[] };
type GlJob = { stage: string; parallel?: number; needs?: string[]; when?: string; script: string[]; artifacts: { when?: string; paths: string[] } };

const gh = parse(readFileSync('examples/ci/github-workflow.yml', 'utf8')) as { jobs: Record<string, GhJob> };
const gl = parse(readFileSync('examples/ci/gitlab-ci.yml', 'utf8')) as Record<string, GlJob>;

/** Runs a shell script as the CI runners do (bash -e), speeding `--runs 200` up to 10 inline cases for the test. */
function sh(script: string, cwd: string, env: NodeJS.ProcessEnv): { code: number; out: string } {
  const fast = script.replace(/--runs 200/g, '--runs 10 --runner inline');
  const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', fast], { cwd, env, encoding: 'utf8' });
  return { code: r.status ?? 1, out: `${r.stdout}${r.stderr}` };
}

/** A user project with `src/connected-user.js` (the example implementation, or a faulty variant). */
function project(faulty: boolean): string {
  const dir = tempDir('pc-ci-');
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'user-project', private: true, type: 'module' }));
  cpSync('examples/vitest-project/src/connected-user.mjs', join(dir, 'src/impl.mjs'));
  const validate = faulty ? '(u) => v(u) || JSON.stringify(u).includes(\'"PENDING"\')' : 'v';
  writeFileSync(
    join(dir, 'src/connected-user.js'),
    `import { validate as v } from './impl.mjs';\nexport { parse, serialize } from './impl.mjs';\nexport const validate = ${validate};\n`,
  );
  return dir;
}

const merged = (dir: string): Report => readReport(join(dir, 'reports/merged'));

let env: NodeJS.ProcessEnv;
beforeAll(() => {
  env = npxShimEnv();
});

describe('examples/ci/github-workflow.yml', () => {
  const { shard, merge } = gh.jobs;

  it('a fail-slow shard matrix with one seed, and a merge job that always runs after it', () => {
    expect(shard!.strategy!['fail-fast']).toBe(false);
    const shards = shard!.strategy!.matrix.shard;
    const check = shard!.steps.find((s) => s.run?.includes('paragon-conformance check'))!.run!;
    expect(check).toContain(`--shard \${{ matrix.shard }}/${shards.length}`);
    expect(check).toContain('--seed ${{ github.run_id }}');
    expect(shard!.steps.find((s) => s.uses?.startsWith('actions/upload-artifact'))!.if).toBe('always()');
    expect(merge!.needs).toBe('shard');
    expect(merge!.if).toBe('always()');
    expect(merge!.steps.find((s) => s.uses?.startsWith('actions/download-artifact'))!.with).toMatchObject({ pattern: 'conformance-shard-*', path: 'shards' });
  });

  it('run locally: four shards, then merge-reports joins them into one conformant report (exit 0)', () => {
    const dir = project(false);
    const runs = (job: GhJob) => job.steps.filter((s) => s.run && !/^npm ci/.test(s.run));
    for (const n of shard!.strategy!.matrix.shard) {
      for (const s of runs(shard!)) {
        const r = sh(s.run!.replaceAll('${{ matrix.shard }}', String(n)).replaceAll('${{ github.run_id }}', '4242'), dir, env);
        expect(r.code, r.out).toBe(0);
      }
      const artifact = join(dir, 'shards', `conformance-shard-${n}`); // what download-artifact lays out
      cpSync(join(dir, `reports/shard-${n}`), artifact, { recursive: true });
    }
    const outputs = join(dir, 'gh-output');
    writeFileSync(outputs, '');
    const summary = join(dir, 'gh-summary');
    const stepEnv = { ...env, GITHUB_OUTPUT: outputs, GITHUB_STEP_SUMMARY: summary };
    const step = (name: string) => merge!.steps.find((s) => s.name === name)!;
    const [mergeStep, summaryStep, gateStep] = [step('merge-reports'), step('job summary'), step('gate')];
    expect(sh(mergeStep.run!, dir, stepEnv).code).toBe(0);
    const code = /code=(\d+)/.exec(readFileSync(outputs, 'utf8'))![1]!;
    expect(code).toBe('0');
    expect(sh(summaryStep.run!, dir, stepEnv).code).toBe(0);
    expect(readFileSync(summary, 'utf8')).toMatch(/Verdict: CONFORMANT/);
    expect(merge!.steps.at(-1)).toBe(gateStep);
    expect(sh(gateStep.run!.replace('${{ steps.merge.outputs.code || 3 }}', code), dir, env).code).toBe(0);
    const report = merged(dir);
    expect(report.verdict).toBe('conformant');
    expect(report.seed).toBe(4242);
    expect(report.shard).toBeUndefined();
  });
});

describe('examples/ci/gitlab-ci.yml', () => {
  const check = gl.conformance!;
  const merge = gl['conformance:merge']!;

  it('parallel shards keep their reports on failure; the merge job always runs after them', () => {
    expect(check.parallel).toBeGreaterThan(1);
    expect(check.script.join('\n')).toMatch(/--shard "\$CI_NODE_INDEX\/\$CI_NODE_TOTAL"/);
    expect(check.artifacts.when).toBe('always');
    expect(merge.needs).toEqual(['conformance']);
    expect(merge.when).toBe('always');
    expect(merge.script.join('\n')).toContain('merge-reports reports/shard-*');
  });

  it('run locally against a faulty module: the shards and the merged gate exit 1, the merged report names the failing check', () => {
    const dir = project(true);
    const codes: number[] = [];
    for (let i = 1; i <= check.parallel!; i++) {
      const shardEnv = { ...env, CI_NODE_INDEX: String(i), CI_NODE_TOTAL: String(check.parallel), CI_PIPELINE_ID: '777' };
      for (const line of check.script.filter((l) => !l.startsWith('npm ci'))) codes.push(sh(line, dir, shardEnv).code);
    }
    expect(codes).toContain(1);
    expect(codes.every((c) => c === 0 || c === 1)).toBe(true);
    expect(readdirSync(join(dir, 'reports')).sort()).toEqual(['shard-1', 'shard-2', 'shard-3', 'shard-4']);
    const line = merge.script.find((l) => l.includes('merge-reports'))!;
    const r = sh(line, dir, env);
    expect(r.code, r.out).toBe(1);
    const report = merged(dir);
    expect(report.verdict).toBe('non-conformant');
    expect(report.checks.find((c) => c.id === 'validate.rejects-invalid')!.status).toBe('failed');
    expect(existsSync(join(dir, 'reports/merged/junit.xml'))).toBe(true);
  });
});
