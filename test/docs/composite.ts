/** A tiny runner for the composite Action's shell steps, close enough to GitHub's to prove the exit-code plumbing. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface Step {
  name?: string;
  id?: string;
  if?: string;
  uses?: string;
  shell?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
  'working-directory'?: string;
}

export interface Action {
  inputs: Record<string, { default?: string; required?: boolean; description?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
}

/** What a simulated job saw. */
export interface JobRun {
  /** Exit code of every shell step that ran, by step name; `skipped` when a failure skipped it. */
  steps: { name: string; code: number | 'skipped'; uses?: string; with?: Record<string, string> }[];
  outputs: Record<string, Record<string, string>>;
  summary: string;
  /** The composite step's conclusion: 0 when every step passed, else the first failing step's code. */
  code: number;
}

/** Evaluates the only expression forms the Action uses: `inputs.x`, `steps.id.outputs.y`, `always()`. */
export function evaluate(text: string, ctx: { inputs: Record<string, string>; steps: Record<string, Record<string, string>> }): string {
  return text.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expr: string) => {
    const input = /^inputs\.([\w-]+)$/.exec(expr);
    if (input) return ctx.inputs[input[1]!] ?? '';
    const out = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expr);
    if (out) return ctx.steps[out[1]!]?.[out[2]!] ?? '';
    throw new Error(`composite runner: unsupported expression ${expr}`);
  });
}

const parseOutputs = (text: string): Record<string, string> =>
  Object.fromEntries(
    text
      .split('\n')
      .filter((l) => l.includes('='))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );

/** Runs the Action's steps in order with `with` inputs, as GitHub would run a composite action (bash -eo pipefail). */
export function runComposite(action: Action, given: Record<string, string>, opts: { cwd: string; env: NodeJS.ProcessEnv }): JobRun {
  const inputs = Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, given[k] ?? v.default ?? '']));
  const tmp = mkdtempSync(join(tmpdir(), 'pc-gha-'));
  const summaryFile = join(tmp, 'summary.md');
  writeFileSync(summaryFile, '');
  const ctx = { inputs, steps: {} as Record<string, Record<string, string>> };
  const job: JobRun = { steps: [], outputs: ctx.steps, summary: '', code: 0 };
  let failed = false;
  for (const [i, step] of action.runs.steps.entries()) {
    const name = step.name ?? `step ${i}`;
    const always = /^\$?\{?\{?\s*always\(\)\s*\}?\}?$/.test(step.if ?? '');
    if (failed && !always) {
      job.steps.push({ name, code: 'skipped' });
      continue;
    }
    if (step.uses) {
      const w = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, evaluate(String(v), ctx)]));
      job.steps.push({ name, code: 0, uses: step.uses, with: w });
      continue;
    }
    const outFile = join(tmp, `output-${i}`);
    writeFileSync(outFile, '');
    const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, evaluate(String(v), ctx)]));
    const cwd = resolve(opts.cwd, evaluate(step['working-directory'] ?? '.', ctx));
    const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run!], {
      cwd,
      env: { ...opts.env, ...env, GITHUB_OUTPUT: outFile, GITHUB_STEP_SUMMARY: summaryFile },
      encoding: 'utf8',
    });
    const code = r.status ?? 1;
    if (step.id) ctx.steps[step.id] = parseOutputs(readFileSync(outFile, 'utf8'));
    job.steps.push({ name, code });
    if (code !== 0 && !failed) {
      failed = true;
      job.code = code;
    }
  }
  job.summary = readFileSync(summaryFile, 'utf8');
  return job;
}
