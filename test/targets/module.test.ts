import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TargetError } from '../../src/core/errors.js';
import type { ParseOutcome, Target } from '../../src/core/types.js';
import { openModuleTarget } from '../../src/targets/module.js';

const cwd = resolve(import.meta.dirname, '../fixtures-targets');
const open = (path: string, timeoutMs = 2000): Promise<Target> => openModuleTarget(path, { cwd, timeoutMs });

const valid = JSON.stringify({ id: 'u1', meta: { plan: 'pro' }, authenticated: true, extra: { nested: [1, null] } });
const invalid = JSON.stringify({ authenticated: 'true' });

async function expectCorrect(t: Target): Promise<void> {
  expect([...t.ops].sort()).toEqual(['parse', 'roundtrip', 'validate']);
  expect(t.inProcess).toBe(true);
  expect((await t.validate!(valid)).result).toBe(true);
  expect((await t.validate!(invalid)).result).toBe(false);
  expect((await t.validate!('[]')).result).toBe(false);
  expect((await t.parse!(valid)).result.ok).toBe(true);
  expect((await t.parse!(invalid)).result).toMatchObject({ ok: false });
  const rt = (await t.roundtrip!(valid)).result;
  expect(rt).toEqual({ ok: true, output: JSON.parse(valid) });
  expect((await t.roundtrip!(invalid)).result.ok).toBe(false);
}

describe('module target over correct modules', () => {
  it.each(['named.mjs', 'default-object.mjs', 'async.mjs', './class-parse.mjs'])('%s offers every op and answers correctly', async (file) => {
    await expectCorrect(await open(file));
  });

  it('accepts an absolute path and describes itself', async () => {
    const t = await openModuleTarget(resolve(cwd, 'named.mjs'), { timeoutMs: 1000 });
    expect(t.kind).toBe('module');
    expect(t.description).toContain('named.mjs');
  });

  it('loads a .ts module with types and a relative .js→.ts import', async () => {
    const t = await open('typed.ts');
    expect([...t.ops].sort()).toEqual(['parse', 'roundtrip', 'validate']);
    expect((await t.validate!('{"id":"x"}')).result).toBe(true);
    expect((await t.validate!('{"id":1}')).result).toBe(false);
    expect((await t.roundtrip!('{"id":"x","k":[1]}')).result).toEqual({ ok: true, output: { id: 'x', k: [1] } });
    expect((await t.parse!('{"id":2}')).result).toEqual({ ok: false, rejected: 'invalid' });
  });

  it('parse output of a class instance is what parse returned; roundtrip output is plain JSON', async () => {
    const t = await open('class-parse.mjs');
    const p = (await t.parse!(valid)).result as Extract<ParseOutcome, { ok: true }>;
    expect(p.output?.constructor?.name).toBe('User');
    const r = (await t.roundtrip!(valid)).result as Extract<ParseOutcome, { ok: true }>;
    expect(Object.getPrototypeOf(r.output)).toBe(Object.prototype);
  });

  it('hands over fresh values: __proto__ arrives as an own property and calls do not share values', async () => {
    const t = await open('named.mjs');
    const json = '{"__proto__":{"polluted":true},"meta":{"__proto__":"x"}}';
    const a = await t.validate!(json);
    const b = await t.validate!(json);
    expect(a.result).toBe(true);
    const given = a.given![0]!;
    expect(given).toMatchObject({ label: 'validate input', before: json });
    expect(Object.hasOwn(given.after as object, '__proto__')).toBe(true);
    expect(given.after).not.toBe(b.given![0]!.after);
    expect(typeof a.latencyMs).toBe('number');
  });
});

describe('module target: what it observes of wrong modules', () => {
  it('a non-Error throw or rejection is a rejection with its text', async () => {
    const t = await open('throws-nonerror.mjs');
    expect(t.ops.has('validate')).toBe(false);
    expect((await t.parse!('[]')).result).toEqual({ ok: false, rejected: '"nope: not a user"' });
    expect((await t.roundtrip!('[]')).result).toEqual({ ok: false, rejected: '"nope: not a user"' });
    // serialize rejecting a parsed user is not a rejection: the implementation's exception surfaces to the check
    await expect(t.roundtrip!('{"reject":1}')).rejects.toEqual({ code: 42, why: 'object rejection' });
  });

  it('given shows mutated inputs after the call, with the JSON text before it', async () => {
    const t = await open('mutates.mjs');
    const v = await t.validate!('{"a":1}');
    expect(v.given![0]).toEqual({ label: 'validate input', before: '{"a":1}', after: { a: 1, touched: true } });
    const r = await t.roundtrip!('{"a":1}');
    expect(r.given!.map((g) => g.label)).toEqual(['parse input', 'serialize input (the parsed user)']);
    expect(r.given![1]).toMatchObject({ before: '{"a":1}', after: { a: 1, added: 1 } });
    expect(r.result).toEqual({ ok: true, output: { a: 1, added: 1 } });
  });

  it('serialize output that is not JSON becomes a marker string, not a crash', async () => {
    const t = await open('unserialisable.mjs');
    for (const json of ['{}', '{"big":1}', '{"undef":1}']) {
      const r = (await t.roundtrip!(json)).result as Extract<ParseOutcome, { ok: true }>;
      expect(r.ok).toBe(true);
      expect(r.output).toMatch(/^<not JSON: serialize returned/);
    }
  });

  it('an async function that never settles is a TargetError after the timeout', async () => {
    const t = await open('hang.mjs', 50);
    await expect(t.validate!('{}')).rejects.toThrow(TargetError);
    await expect(t.validate!('{}')).rejects.toThrow(/did not settle within 50 ms/);
  });
});

describe('module target: cannot load', () => {
  it.each([
    ['missing.mjs', /not found .*Pass --target module:PATH/],
    ['broken.mjs', /cannot import module broken\.mjs: boom at import time/],
    ['no-ops.mjs', /offers no operation; it exports check, version\. Export validate/],
    ['serialize-only.mjs', /serialize alone is not enough/],
  ])('%s → TargetError saying what to do', async (file, message) => {
    const err = await open(file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TargetError);
    expect((err as Error).message).toMatch(message);
  });
});
