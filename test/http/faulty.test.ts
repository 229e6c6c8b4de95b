import { describe, expect, it } from 'vitest';
import { httpChecks } from '../../src/checks/http/index.js';
import { startReferenceService } from '../../src/http/service.js';
import { UserStore } from '../../src/http/store.js';
import { generateSigningKeys } from '../../src/http/tokens.js';
import { httpTargetFromService } from '../../src/targets/http.js';
import { faults } from './faulty/faults.js';
import { contextFor, failedIds, runAll } from './support.js';

const keys = await generateSigningKeys();

describe('each deliberately faulty service is caught by the expected check', () => {
  it('has at least ten faults', () => expect(faults.length).toBeGreaterThanOrEqual(10));

  for (const fault of faults) {
    it(`${fault.name} → ${fault.caughtBy}`, async () => {
      const store = fault.store?.() ?? new UserStore();
      const service = await startReferenceService({ keys, store, ...(fault.wrap ? { wrap: (h, s) => fault.wrap!(h, { store: s, keys }) } : {}) });
      const target = httpTargetFromService(service);
      try {
        const results = await runAll(httpChecks, contextFor(target, { runs: 10 }));
        const errors = [...results].filter(([, r]) => 'error' in r).map(([id, r]) => `${id}: ${(r as { error: Error }).error.message}`);
        expect(errors).toEqual([]);
        const failed = failedIds(results);
        expect(failed).toContain(fault.caughtBy);
        const r = results.get(fault.caughtBy)!;
        const failure = 'outcome' in r ? r.outcome.findings[0]! : undefined;
        expect(failure?.expected).toBeTruthy();
        expect(failure?.actual).toBeTruthy();
        expect(failure?.http?.request.method).toMatch(/GET|PATCH/);
        expect(failure?.http?.response?.status).toBeGreaterThan(0);
        // Authorization is redacted; no token text anywhere in the failures.
        const text = JSON.stringify([...results.values()]);
        expect(text).not.toMatch(/eyJ[\w-]{10,}\.eyJ[\w-]{10,}\.[\w-]{10,}/);
      } finally {
        await target.close();
        await service.close();
      }
    });
  }
});
