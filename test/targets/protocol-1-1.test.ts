// Line protocol 1.1: a `threw` reply is the implementation raising — a validate.total verdict (exit 1), a rejection for roundtrip.
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TargetError } from '../../src/core/errors.js';
import type { Target } from '../../src/core/types.js';
import { runConformance } from '../../src/engine/runner.js';
import { openCmdTarget } from '../../src/targets/cmd.js';
import { testOptions } from '../support/options.js';

const harness = 'node test/fixtures-targets/harness-misbehaving.mjs throws';
const opened: Target[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((t) => t.close()));
});

describe('protocol 1.1: threw', () => {
  it('validate rejects with a plain Error (an implementation exception), roundtrip counts it as a rejection', async () => {
    const t = await openCmdTarget(harness, { cwd: resolve(import.meta.dirname, '../..'), timeoutMs: 5000 });
    opened.push(t);
    const err = await t.validate!('"{}"').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(Error);
    expect(err).not.toBeInstanceOf(TargetError);
    expect((err as Error).message).toBe('TypeError: cannot read properties of "{}"');
    expect((await t.validate!('{}')).result).toBe(true); // the connection stays usable
    expect((await t.roundtrip!('[1]')).result).toEqual({ ok: false, rejected: 'the implementation raised: TypeError: cannot read properties of [1]' });
  });

  it('cases reach the harness as their exact JSON text (numbers JavaScript cannot hold included)', async () => {
    const t = await openCmdTarget('node test/fixtures-targets/harness-misbehaving.mjs echo-line', {
      cwd: resolve(import.meta.dirname, '../..'),
      timeoutMs: 5000,
    });
    opened.push(t);
    const out = await t.roundtrip!('{"a":-0,"b":9007199254740993,"c":"\\ud800\u2028"}');
    expect(out.result).toEqual({ ok: true, output: '{"cmd":"roundtrip","seq":1,"instance":{"a":-0,"b":9007199254740993,"c":"\\ud800\u2028"}}' });
  });

  it('is a validate.total verdict: non-conformant, shrunk and replayable; the round-trip checks pass', async () => {
    const report = await runConformance(testOptions({ target: `cmd:${harness}`, runs: 0 }));
    expect(report.verdict).toBe('non-conformant');
    expect(report.errors).toEqual([]);
    const total = report.checks.find((c) => c.id === 'validate.total')!;
    expect(total.status).toBe('failed');
    const f = total.failures[0]!;
    expect(f.actual).toMatch(/^threw: Error: TypeError: cannot read properties of/);
    expect(JSON.stringify(f.counterexample).length).toBeLessThanOrEqual(4); // shrunk to a tiny non-object ("" or 0 or [] …)
    expect(f.replay).toContain('--check validate.total');
    expect(f.replay).toContain('--replay');
    for (const id of ['parse.accepts-valid', 'roundtrip.preserves-data']) expect(report.checks.find((c) => c.id === id)!.status, id).toBe('passed');
    // The harness accepts every object (so parse.rejects-invalid fails), but its `threw` on the non-objects counted as rejections.
    const rejects = report.checks.find((c) => c.id === 'parse.rejects-invalid')!;
    expect(rejects.failures[0]!.counterexample).toBeTypeOf('object');
    expect(rejects.failures[0]!.counterexample).not.toBeNull();
    expect(Array.isArray(rejects.failures[0]!.counterexample)).toBe(false);
  });
});
