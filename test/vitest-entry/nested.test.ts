// conformanceSuite's contract, seen from a vitest run of its own (vitest's Node API): test names are check ids,
// MUST failures fail, SHOULD failures warn unless strict, an unopenable target errors once, and task.meta carries results.

import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestCase } from 'vitest/node';
import type { ParagonTaskMeta } from '../../src/vitest.js';

interface Seen {
  name: string;
  suite: string;
  state: string;
  errors: string[];
  meta?: Extract<ParagonTaskMeta, { kind: 'check' }> | undefined;
}

/** Runs the fixture specs in a nested vitest and returns every test case it saw. */
async function runFixtures(): Promise<Seen[]> {
  const { createVitest } = await import('vitest/node');
  const seen: Seen[] = [];
  const reporter = {
    onTestCaseResult(t: TestCase) {
      const r = t.result();
      seen.push({
        name: t.name,
        suite: t.parent.type === 'suite' ? t.parent.name : '',
        state: r.state,
        errors: (r.errors ?? []).map((e) => e.message ?? ''),
        meta: t.meta().paragon as Seen['meta'],
      });
    },
  };
  const vitest = await createVitest(
    'test',
    {
      root: process.cwd(),
      config: false,
      include: ['test/vitest-entry/fixtures/*.spec.ts'],
      watch: false,
      reporters: [reporter],
      pool: 'forks',
      silent: true,
      testTimeout: 60_000,
    },
    { cacheDir: join(tmpdir(), 'pc-vitest-entry'), logLevel: 'silent', clearScreen: false },
  );
  try {
    await vitest.start();
  } finally {
    await vitest.close();
  }
  return seen;
}

let seen: Seen[];
beforeAll(async () => {
  seen = await runFixtures();
}, 120_000);
const find = (suite: RegExp, name: string) => seen.filter((s) => suite.test(s.suite) && s.name === name);

describe('conformanceSuite in a vitest run', () => {
  it('names each test after its check id, inside a suite named after the target', () => {
    const faulty = seen.filter((s) => s.suite === 'paragon conformance: module:test/miniatures/modules/wrong-enum-pending.mjs');
    expect(faulty.map((s) => s.name).sort()).toEqual(['parse.accepts-valid', 'validate.accepts-valid', 'validate.rejects-invalid']);
  });

  it('a MUST failure fails its test with the counterexample; passing and skipped checks stay green and skipped', () => {
    const [rejects] = find(/wrong-enum-pending/, 'validate.rejects-invalid');
    expect(rejects!.state).toBe('failed');
    expect(rejects!.errors.join('\n')).toMatch(/validate\.rejects-invalid \(MUST\)[\s\S]*"PENDING"[\s\S]*replay: +npx paragon-conformance check/);
    expect(rejects!.meta!.result).toMatchObject({ id: 'validate.rejects-invalid', status: 'failed', level: 'MUST' });
    expect(rejects!.meta!.result.failures[0]!.violation).toMatchObject({ keyword: 'enum' });
    expect(find(/wrong-enum-pending/, 'validate.accepts-valid')[0]!.state).toBe('passed');
    const parse = find(/wrong-enum-pending/, 'parse.accepts-valid')[0]!;
    expect(parse.state).toBe('skipped');
    expect(parse.meta!.result.status).toBe('skipped');
  });

  it('a SHOULD failure passes (a warning) unless strict, where it fails', () => {
    const [lenient, strict] = find(/wrong-mutates-input/, 'purity.no-input-mutation');
    expect([lenient!.state, strict!.state].sort()).toEqual(['failed', 'passed']);
    for (const s of [lenient!, strict!]) expect(s.meta!.result.status).toBe('failed');
  });

  it('a target that cannot be opened errors the first test and reports the rest as not run', () => {
    const [first] = find(/no-such-module/, 'validate.accepts-valid');
    const [second] = find(/no-such-module/, 'validate.rejects-invalid');
    expect(first!.state).toBe('failed');
    expect(first!.errors.join('\n')).toMatch(/no-such-module\.mjs/);
    expect(first!.meta!.result.status).toBe('errored');
    expect(second!.state).toBe('skipped');
    expect(second!.meta!.result.reason).toMatch(/not run/);
  });

  it('a finding known from the baseline does not fail its test (the vitest entry applies the baseline too)', () => {
    const [known] = find(/wrong-enum-case/, 'validate.rejects-invalid');
    expect(known!.state).toBe('passed');
    expect(known!.meta!.result.status).toBe('known');
    expect(known!.meta!.result.failures[0]!.baseline).toMatchObject({ status: 'known', reason: expect.stringMatching(/fixture: a known/) });
  });
});
