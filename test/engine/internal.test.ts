// A bug of paragon-conformance itself (an exception in a check) is an internal error: exit 4, with the stack, and it
// never blames the target or stops the other checks.
import { describe, expect, it } from 'vitest';
import type { CheckDef } from '../../src/checks/types.js';
import { prepareRun } from '../../src/engine/prepare.js';
import { Run } from '../../src/engine/run.js';
import { exitCodeFor } from '../../src/report/verdict.js';
import { testOptions } from '../support/options.js';

const broken: CheckDef = {
  id: 'validate.accepts-valid',
  level: 'MUST',
  title: 'a check with a planted bug',
  skipReason: () => undefined,
  run: async () => {
    throw new TypeError('cannot read properties of undefined (planted)');
  },
};

describe('internal errors', () => {
  it('an exception in a check is an errored check marked internal, later checks still run, exit 4', async () => {
    const p = prepareRun(
      testOptions({ target: 'module:test/miniatures/modules/_base.mjs', checks: ['validate.accepts-valid', 'validate.rejects-invalid'], runs: 5 }),
    );
    const run = new Run(p, {}, new AbortController().signal, []);
    await run.open(0);
    const first = await run.check(0, broken);
    const second = await run.check(0, p.checks[1]!);
    await run.close(0);
    expect(first.status).toBe('errored');
    expect(first.reason).toMatch(
      /internal error in check validate\.accepts-valid \(a bug in paragon-conformance, not in the target\): TypeError: cannot read properties of undefined \(planted\)\n\s+at /,
    );
    expect(second.status).toBe('passed');
    expect(run.errors).toEqual([expect.objectContaining({ check: 'validate.accepts-valid', internal: true })]);
    expect(exitCodeFor({ verdict: 'error', errors: run.errors })).toBe(4);
  });
});
