import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TargetError, UsageError } from '../../src/core/errors.js';
import { redactTarget } from '../../src/core/redact.js';
import type { Target } from '../../src/core/types.js';
import { startReferenceService } from '../../src/http/service.js';
import { openTarget } from '../../src/targets/registry.js';

const cwd = resolve(import.meta.dirname, '../..');
const opts = { cwd, timeoutMs: 5000 };

describe('openTarget', () => {
  it.each([undefined, 'reference', ''])('%j opens the embedded reference module in-process', async (spec) => {
    const t = await openTarget(spec, { ...opts, attachHttp: false });
    expect(t.kind).toBe('reference');
    expect(t.inProcess).toBe(true);
    expect([...t.ops].sort()).toEqual(['parse', 'roundtrip', 'validate']);
    expect((await t.validate!('{"meta":{"a":"b"}}')).result).toBe(true);
    expect((await t.validate!('{"meta":{"a":1}}')).result).toBe(false);
    expect((await t.roundtrip!('{"x":{"__proto__":1}}')).result).toEqual({ ok: true, output: JSON.parse('{"x":{"__proto__":1}}') });
    await t.close();
  });

  it('calls the attachHttp hook for the reference', async () => {
    let seen: Target | undefined;
    const t = await openTarget('reference', {
      ...opts,
      attachHttp: async (ref) => {
        seen = ref;
        return { ...ref, description: 'reference + http' };
      },
    });
    expect(seen?.kind).toBe('reference');
    expect(t.description).toBe('reference + http');
  });

  it('attaches the reference HTTP service by default (src/targets/http.ts)', async () => {
    const t = await openTarget('reference', opts);
    try {
      expect(t.ops.has('validate')).toBe(true);
      expect(t.http?.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+/);
    } finally {
      await t.close();
    }
  });

  it('opens module: and cmd: targets', async () => {
    const m = await openTarget('module:test/fixtures-targets/named.mjs', opts);
    expect(m.kind).toBe('module');
    const c = await openTarget('cmd:node examples/node-harness/harness.mjs', opts);
    expect(c.kind).toBe('cmd');
    expect((await c.validate!('{}')).result).toBe(true);
    await c.close();
  });

  it('unknown kinds and empty module:/cmd: are usage errors that list the kinds', async () => {
    const err = await openTarget('ftp://x', opts).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toMatch(/reference \(or omitted\), module:PATH, cmd:COMMAND LINE, http:\/\/… or https:\/\/…/);
    await expect(openTarget('module:', opts)).rejects.toThrow(UsageError);
    await expect(openTarget('cmd:  ', opts)).rejects.toThrow(UsageError);
  });

  it('module errors stay target errors', async () => {
    await expect(openTarget('module:nope.mjs', opts)).rejects.toThrow(TargetError);
  });

  it('http targets go to openHttpTarget in src/targets/http.ts, with the options passed through', async () => {
    const service = await startReferenceService();
    try {
      const token = await service.mintToken('registry-test');
      const t = await openTarget(`${service.url}/`, { ...opts, env: { PARAGON_USER_TOKEN: token }, http: { projectId: 'p1' } });
      try {
        expect(t.kind).toBe('http');
        expect(t.http?.projectId).toBe('p1');
        expect(t.description).not.toContain(token);
      } finally {
        await t.close();
      }
    } finally {
      await service.close();
    }
  });

  it('an http target that cannot be reached fails to open with a target error naming the address', async () => {
    await expect(openTarget('http://127.0.0.1:1/base', { ...opts, env: { PARAGON_USER_TOKEN: 's3cr3t-value' } })).rejects.toThrow(/127\.0\.0\.1:1/);
  });
});

describe('redactTarget', () => {
  it.each([
    ['https://user:pw@api.example.test/v1?token=abc&project=p', 'https://***:***@api.example.test/v1?token=***&project=p'],
    ['cmd:PARAGON_TOKEN=abc123 API_KEY="x y" LOG=1 ./run', 'cmd:PARAGON_TOKEN=*** API_KEY=*** LOG=1 ./run'],
    ['cmd:./run --token abc --password=hunter2 --port 80 -v', 'cmd:./run --token *** --password=*** --port 80 -v'],
    ['cmd:curl -H "Authorization: Bearer eyJabc.def"', 'cmd:curl -H "Authorization: Bearer ***"'],
    ['module:./dist/user.js', 'module:./dist/user.js'],
  ])('%s → %s', (spec, shown) => expect(redactTarget(spec)).toBe(shown));
});
