// One call per (case, operation) for in-process targets: every check judges the same observation, and the verdicts,
// findings and case counts are those of a run that calls the target once per check.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runConformance } from '../../src/engine/runner.js';
import { testOptions } from '../support/options.js';

/** A correct module that counts its calls per operation and input (in `globalThis.__pcCalls`). */
function countingModule(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'pc-memo-')), 'counting.mjs');
  writeFileSync(
    file,
    `import { validate as v, parse as p, serialize as s } from ${JSON.stringify(join(process.cwd(), 'test/miniatures/modules/_base.mjs'))};
const calls = (globalThis.__pcCalls = new Map());
const count = (op, x) => { const k = op + ' ' + JSON.stringify(x); calls.set(k, (calls.get(k) ?? 0) + 1); };
export const validate = (x) => (count('validate', x), v(x));
export const parse = (x) => (count('parse', x), p(x));
export const serialize = (x) => (count('serialize', x), s(x));
`,
  );
  return file;
}

const calls = (): Map<string, number> => (globalThis as { __pcCalls?: Map<string, number> }).__pcCalls ?? new Map();

describe('in-process calls', () => {
  it('are made once per case and operation, however many checks judge them', async () => {
    const r = await runConformance(testOptions({ target: `module:${countingModule()}`, runs: 30, seed: 3 }));
    expect(r.verdict).toBe('conformant');
    // Eight checks validate, parse or round-trip every case; each still counts all of its cases.
    const byId = new Map(r.checks.map((c) => [c.id, c.cases]));
    expect(byId.get('validate.total')).toBe(byId.get('safety.no-prototype-pollution'));
    expect(byId.get('roundtrip.preserves-data')).toBe(byId.get('validate.accepts-valid'));
    const counts = [...calls().entries()];
    expect(counts.length).toBeGreaterThan(500);
    // parse is called by the parse op and by the round trip (parse then serialize): at most twice per input.
    for (const [key, n] of counts) expect(n, key).toBeLessThanOrEqual(key.startsWith('parse ') ? 2 : 1);
  });

  it('still finds pollution through the shared observations (the safety check makes no call of its own)', async () => {
    const r = await runConformance(testOptions({ target: 'module:test/miniatures/modules/wrong-prototype-pollution.mjs', runs: 30, seed: 3 }));
    const safety = r.checks.find((c) => c.id === 'safety.no-prototype-pollution')!;
    expect(safety.status).toBe('failed');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
