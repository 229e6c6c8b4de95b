import { describe, expect, it } from 'vitest';
import { caseSource } from '../../generators/index.js';
import { httpChecks } from '../../src/checks/http/index.js';
import { startReferenceService } from '../../src/http/service.js';
import { UserStore } from '../../src/http/store.js';
import { generateSigningKeys } from '../../src/http/tokens.js';
import { loadSchema } from '../../src/schema/load.js';
import { httpTargetFromService } from '../../src/targets/http.js';
import { faults } from './faulty/faults.js';
import { contextFor, failedIds, runAll } from './support.js';

const cases = caseSource(loadSchema().document, { seed: 7 });
const keys = await generateSigningKeys();

async function run(fault?: (typeof faults)[number]) {
  const store = fault?.store?.() ?? new UserStore();
  const service = await startReferenceService({ keys, store, ...(fault?.wrap ? { wrap: (h, s) => fault.wrap!(h, { store: s, keys }) } : {}) });
  const target = httpTargetFromService(service);
  try {
    return await runAll(httpChecks, contextFor(target, { runs: 20, seed: 7, cases }));
  } finally {
    await target.close();
    await service.close();
  }
}

describe('http checks with the schema-derived generators', () => {
  it('the reference service passes every check', async () => {
    const results = await run();
    expect([...results].filter(([, r]) => !('outcome' in r))).toEqual([]);
    expect(failedIds(results)).toEqual([]);
  });

  for (const name of [
    'mishandled __proto__ keys',
    'limit of 20 meta keys',
    'accepts and stores invalid meta (coerces values to strings)',
    'replace instead of merge',
  ]) {
    it(`catches: ${name}`, async () => {
      const fault = faults.find((f) => f.name === name)!;
      const results = await run(fault);
      expect(failedIds(results)).toContain(fault.caughtBy);
    });
  }
});
