// A bug inside compat is exit 4 with the stack, and blames neither the user nor the schemas.
import { describe, expect, it, vi } from 'vitest';
import { runCli } from '../support/in-process.js';

vi.mock('../../src/compat/judge.js', () => ({
  compareSchemas: () => {
    throw new TypeError('cannot read properties of undefined (a planted bug)');
  },
}));

describe('compat: internal errors', () => {
  it('exit 4, "a bug in paragon-conformance", and the stack', async () => {
    const r = await runCli(process.cwd(), 'compat', 'embedded', 'embedded', '--format', 'json', '--report-dir', 'reports/compat-internal');
    expect(r.code).toBe(4);
    expect(r.err).toContain('internal error: this is a bug in paragon-conformance');
    expect(r.err).toContain('TypeError: cannot read properties of undefined (a planted bug)');
    expect(r.err).toMatch(/\n\s+at /);
  });
});
