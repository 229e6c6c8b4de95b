// action.yml: its shape (composite, shells, inputs and step outputs that exist) and, by running its shell steps, that
// the reports are always published and the step ends with the exit code of `check`.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { tempDir } from '../support/cli.js';
import { type Action, runComposite } from './composite.js';
import { npxShimEnv } from './shim.js';

const text = readFileSync('action.yml', 'utf8');
const action = parse(text) as Action;
const steps = action.runs.steps;

describe('action.yml shape', () => {
  it('is a composite action with the documented inputs', () => {
    expect(action.runs.using).toBe('composite');
    for (const name of ['target', 'runs', 'seed', 'strict', 'shard', 'report-dir', 'extra-args', 'node-version']) {
      expect(action.inputs[name], name).toBeDefined();
      expect(action.inputs[name]!.description, name).toBeTruthy();
    }
    expect(action.inputs['node-version']!.default).toBe('20');
    expect(action.inputs['report-dir']!.default).toBe('reports');
  });

  it('every run step has a shell and a name; every uses step is pinned to a major version', () => {
    for (const s of steps) {
      expect(s.name).toBeTruthy();
      if (s.run !== undefined) expect(s.shell, s.name).toBe('bash');
      else expect(s.uses, s.name).toMatch(/^actions\/[\w-]+@v\d+$/);
    }
    expect(steps[0]!.uses).toMatch(/^actions\/setup-node@/);
    expect(steps.some((s) => s.uses?.startsWith('actions/upload-artifact@'))).toBe(true);
  });

  it('every referenced input exists and every declared input is used', () => {
    const referenced = new Set([...text.matchAll(/\binputs\.([\w-]+)/g)].map((m) => m[1]!));
    expect([...referenced].filter((r) => !(r in action.inputs))).toEqual([]);
    expect(Object.keys(action.inputs).filter((k) => !referenced.has(k))).toEqual([]);
  });

  it('step outputs referenced later are written by the step they name', () => {
    const ids = new Map(steps.filter((s) => s.id).map((s) => [s.id!, s.run ?? '']));
    for (const m of text.matchAll(/\bsteps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
      expect(ids.has(m[1]!), m[0]).toBe(true);
      expect(ids.get(m[1]!)!, m[0]).toContain(`echo "${m[2]}=`);
    }
  });

  it('inputs reach shell scripts only through env (no expression inside run)', () => {
    for (const s of steps) if (s.run) expect(s.run, s.name).not.toMatch(/\$\{\{/);
  });

  it('publishing runs even after a failure, and the last step exits with the code of check', () => {
    const check = steps.find((s) => s.id === 'check')!;
    for (const s of steps.slice(steps.indexOf(check) + 1)) expect(s.if, s.name).toBe('always()');
    const last = steps.at(-1)!;
    expect(last.env?.PC_EXIT).toBe('${{ steps.check.outputs.exit-code }}');
    expect(last.run).toMatch(/exit "\$\{PC_EXIT/);
  });
});

describe('action.yml steps, run', () => {
  let env: NodeJS.ProcessEnv;
  beforeAll(() => {
    env = npxShimEnv();
  });

  it('a conformant target: exit 0, verdict and summary published, reports uploaded', () => {
    const dir = tempDir();
    const job = runComposite(
      action,
      { target: 'module:test/miniatures/modules/correct-async.mjs', runs: '20', seed: '4', 'report-dir': dir },
      { cwd: process.cwd(), env },
    );
    expect(job.code, JSON.stringify(job.steps)).toBe(0);
    expect(job.outputs.check).toMatchObject({ 'exit-code': '0', verdict: 'conformant', 'report-dir': dir, artifact: 'paragon-conformance-report' });
    expect(job.summary).toMatch(/Verdict: CONFORMANT/);
    const upload = job.steps.find((s) => s.uses?.startsWith('actions/upload-artifact'))!;
    expect(upload.with).toMatchObject({ name: 'paragon-conformance-report', path: dir });
    expect(existsSync(join(dir, 'conformance.json'))).toBe(true);
  });

  it('a non-conformant target: the check step passes so publishing runs, then the action fails with exit 1', () => {
    const dir = tempDir();
    const job = runComposite(
      action,
      {
        target: 'module:test/miniatures/modules/wrong-enum-pending.mjs',
        runs: '20',
        seed: '3',
        shard: '1/2',
        'report-dir': dir,
        'extra-args': '--check validate.rejects-invalid --runner inline',
      },
      { cwd: process.cwd(), env },
    );
    expect(job.steps.map((s) => s.code)).toEqual([0, 0, 0, 0, 1]);
    expect(job.code).toBe(1);
    expect(job.outputs.check).toMatchObject({ 'exit-code': '1', verdict: 'non-conformant', artifact: 'paragon-conformance-report-shard-1-of-2' });
    expect(job.summary).toContain('validate.rejects-invalid');
  });

  it('a usage error: exit 2 propagates and the summary says no report was written', () => {
    const dir = join(tempDir(), 'never');
    const job = runComposite(action, { 'report-dir': dir, 'extra-args': '--bogus-flag' }, { cwd: process.cwd(), env });
    expect(job.code).toBe(2);
    expect(job.outputs.check).toMatchObject({ 'exit-code': '2', verdict: '' });
    expect(job.summary).toMatch(/no conformance\.md/);
  });
});
