import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TargetError } from '../../src/core/errors.js';
import type { Target } from '../../src/core/types.js';
import { openCmdTarget } from '../../src/targets/cmd.js';

const root = resolve(import.meta.dirname, '../..');
const misbehaving = (mode: string): string => `node test/fixtures-targets/harness-misbehaving.mjs ${mode}`;
const opened: Target[] = [];
async function open(commandLine: string, timeoutMs = 5000, startTimeoutMs?: number): Promise<Target> {
  const t = await openCmdTarget(commandLine, { cwd: root, timeoutMs, ...(startTimeoutMs ? { startTimeoutMs } : {}) });
  opened.push(t);
  return t;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((t) => t.close()));
});

const cases: [string, boolean][] = [
  ['{}', true],
  ['{"id":"u","meta":{"a":"b","__proto__":"c"},"authenticated":false,"x":[1,{"y":null}]}', true],
  ['{"integrations":{"slack":{"enabled":true,"credentialStatus":"EXPIRED","providerId":"p","extra":{}}}}', true],
  ['{"meta":{"n":"naïve 😀 e\\u0301"}}', true],
  ['{"integrations":{"slack":{"credentialStatus":"valid"}}}', false],
  ['{"authenticated":1}', false],
  ['{"meta":{"a":1}}', false],
  ['{"meta":[]}', false],
  ['[]', false],
  ['null', false],
  ['"VALID"', false],
];

describe.each([
  ['node', 'node examples/node-harness/harness.mjs', 'javascript'],
  ['python', 'python3 examples/python-harness/harness.py', 'python'],
])('cmd target over the %s example harness', (_name, commandLine, language) => {
  it('handshakes: ops, implementation, not in-process', async () => {
    const t = await open(commandLine);
    expect(t.kind).toBe('cmd');
    expect(t.inProcess).toBe(false);
    expect([...t.ops].sort()).toEqual(['parse', 'roundtrip', 'validate']);
    expect(t.implementation).toMatchObject({ language });
    expect(t.description).toBe(`cmd:${commandLine}`);
  });

  it('validates and round-trips, pipelined', async () => {
    const t = await open(commandLine);
    const validated = await Promise.all(cases.map(([json]) => t.validate!(json)));
    expect(validated.map((o) => o.result)).toEqual(cases.map(([, ok]) => ok));
    expect(validated.every((o) => typeof o.latencyMs === 'number')).toBe(true);
    const rts = await Promise.all(cases.map(([json]) => t.roundtrip!(json)));
    rts.forEach((o, i) => {
      const [json, ok] = cases[i]!;
      expect(o.result).toEqual(ok ? { ok: true, output: JSON.parse(json) } : { ok: false, rejected: expect.any(String) });
    });
    expect((await t.parse!('{"id":7}')).result.ok).toBe(false);
  });
});

describe('cmd target: replies out of order', () => {
  it('matches replies by seq when a harness answers each batch in reverse', async () => {
    const t = await open(misbehaving('reverse'));
    const jsons = Array.from({ length: 40 }, (_, i) => (i % 3 === 0 ? `[${i}]` : `{"i":${i}}`));
    const results = await Promise.all(jsons.map((j) => t.validate!(j)));
    expect(results.map((r) => r.result)).toEqual(jsons.map((j) => j.startsWith('{')));
    const rts = await Promise.all(jsons.map((j) => t.roundtrip!(j)));
    rts.forEach((r, i) => {
      expect(r.result.ok ? r.result.output : null).toEqual(jsons[i]!.startsWith('{') ? JSON.parse(jsons[i]!) : null);
    });
  });
});

describe('cmd target errors', () => {
  const targetError = async (p: Promise<unknown>, message: RegExp): Promise<void> => {
    const err = await p.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(TargetError);
    expect((err as Error).message).toMatch(message);
  };

  it('a harness that crashes mid-run: exit code and last stderr lines', async () => {
    const t = await open(misbehaving('crash'));
    expect((await t.validate!('{}')).result).toBe(true);
    expect((await t.validate!('{}')).result).toBe(true);
    await targetError(t.validate!('{}'), /exited before it was told to stop \(exit code 7\)[\s\S]*harness panic: cannot go on/);
    await targetError(t.validate!('{}'), /exited before/); // stays broken
  });

  it('a harness that hangs: no reply within the timeout', async () => {
    const t = await open(misbehaving('hang'), 300);
    await targetError(t.validate!('{"a":1}'), /no reply to validate request seq 1 within 300 ms \(instance: \{"a":1\}\)/);
  });

  it('a harness that prints garbage', async () => {
    const t = await open(misbehaving('garbage'));
    await targetError(t.validate!('{}'), /not JSON: "hello, this is not JSON"[\s\S]*write logs to stderr/);
  });

  it('a reply with an unknown seq', async () => {
    const t = await open(misbehaving('unknown-seq'));
    await targetError(t.validate!('{}'), /unknown seq 1001/);
  });

  it('a harness that never sends ready', async () => {
    await targetError(open(misbehaving('no-ready'), 5000, 500), /sent no \{"ready":true,…\} line within 500 ms/);
  });

  it('a harness that exits right after ready', async () => {
    const t = await open(misbehaving('exit-early'));
    await targetError(t.validate!('{}'), /exited before it was told to stop \(exit code 0\)/);
  });

  it('an error reply names the case', async () => {
    const t = await open(misbehaving('error'));
    await targetError(t.roundtrip!('{"who":"me"}'), /could not handle roundtrip request seq 1: cannot handle this instance \(instance: \{"who":"me"\}\)/);
  });

  it('a schema-invalid reply and a reply of the wrong shape are protocol violations', async () => {
    await targetError(
      (await open(misbehaving('bad-reply'))).validate!('{}'),
      /protocol violation: not a valid "validateReply" message: \/valid must be boolean/,
    );
    await targetError((await open(misbehaving('wrong-shape'))).validate!('{}'), /reply to validate request seq 1 has the wrong shape/);
  });

  it('a command that does not exist, and a harness offering no ops', async () => {
    await targetError(open('definitely-not-a-command-xyz'), /exited before it was told to stop \(exit code 127\)[\s\S]*not found/);
    await targetError(open(misbehaving('no-ops')), /offers no operation \(its ready message lists ops: \[\]\)/);
  });

  it('closed targets reject further calls; close is idempotent', async () => {
    const t = await open('node examples/node-harness/harness.mjs');
    await t.close();
    await t.close();
    await targetError(t.validate!('{}'), /closed/);
  });
});

describe('cmd target pipelining (its speed is measured in npm run bench)', () => {
  it('5,000 pipelined validate calls each get their own answer (valid and invalid interleaved)', async () => {
    const t = await open('node examples/node-harness/harness.mjs');
    const good = JSON.stringify({ id: 'u', meta: { a: 'b', c: 'd' }, integrations: { slack: { enabled: true, credentialStatus: 'VALID' } } });
    const bad = JSON.stringify({ id: 'u', integrations: { slack: { credentialStatus: 'valid' } } });
    const answers: unknown[] = [];
    for (let i = 0; i < 5000; i += 100) {
      const batch = await Promise.all(Array.from({ length: 100 }, (_, j) => t.validate!((i + j) % 3 === 0 ? bad : good)));
      answers.push(...batch.map((o) => o.result));
    }
    expect(answers).toHaveLength(5000);
    expect(answers.every((a, i) => a === (i % 3 !== 0))).toBe(true);
    await t.close();
  });
});
