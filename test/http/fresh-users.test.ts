// Each HTTP check says ahead how many fresh users it will ask for, so that minted tokens are made while the run
// starts: the count each check declares is the count it asks for, on the real case stream, sharded or not, with or
// without writes.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Shard } from '../../generators/index.js';
import { caseSource } from '../../generators/source/source.js';
import { freshUsersOf, httpChecks } from '../../src/checks/http/index.js';
import type { HttpEndpoint } from '../../src/core/http.js';
import { memoized } from '../../src/engine/memoized.js';
import { type ReferenceService, startReferenceService } from '../../src/http/service.js';
import { loadSchema } from '../../src/schema/load.js';
import { httpTargetFromService, openHttpTarget } from '../../src/targets/http.js';
import { tempDir } from '../support/cli.js';
import { contextFor } from './support.js';

let service: ReferenceService;
beforeAll(async () => {
  service = await startReferenceService();
});
afterAll(() => service.close());

/** Counts the endpoint's `newUser()` calls from now on. */
function countUsers(ep: HttpEndpoint): () => number {
  const newUser = ep.newUser.bind(ep);
  let n = 0;
  Object.assign(ep, {
    newUser: () => {
      n++;
      return newUser();
    },
  });
  return () => n;
}

const cases = memoized(caseSource(loadSchema().document, { seed: 3 }));

async function askedPerCheck(runs: number, shard?: Shard): Promise<{ asked: Record<string, number>; declared: Record<string, number>; total: number }> {
  const target = httpTargetFromService(service, { concurrency: 4 });
  const ep = target.http!;
  const count = countUsers(ep);
  const ctx = contextFor(target, { runs, cases, seed: 3, ...(shard ? { shard } : {}) });
  const plan = { cases, settings: ctx.settings, concurrency: ep.concurrency, writes: ep.allowWrites };
  const asked: Record<string, number> = {};
  const declared: Record<string, number> = {};
  try {
    for (const check of httpChecks) {
      const before = count();
      const outcome = await check.run(ctx);
      expect(outcome.findings, check.id).toEqual([]);
      asked[check.id] = count() - before;
      declared[check.id] = check.freshUsers?.(plan) ?? 0;
    }
  } finally {
    await target.close();
  }
  return { asked, declared, total: freshUsersOf(httpChecks, plan) };
}

describe('fresh users declared ahead by the HTTP checks', () => {
  it('are the users each check asks for', async () => {
    const { asked, declared, total } = await askedPerCheck(12);
    expect(declared).toEqual(asked);
    expect(asked['http.write.accepts-valid']).toBeGreaterThan(12);
    expect(total).toBe(Object.values(asked).reduce((a, b) => a + b, 0));
  });

  it('are counted on the shard the run checks', async () => {
    const { asked, declared } = await askedPerCheck(12, { index: 2, count: 3 });
    expect(declared).toEqual(asked);
    // Fewer random cases on this shard than requests in flight: a read pool of two users, and fifty reads after a PATCH.
    const small = await askedPerCheck(6, { index: 1, count: 3 });
    expect(small.declared).toEqual(small.asked);
    expect(small.asked['http.read.conforms']).toBe(2 + 50);
  });

  it('read-only: only the checks that run ask, and none of them for a PATCH', async () => {
    const keyFile = join(tempDir(), 'private.pem');
    writeFileSync(keyFile, service.keys.privateKeyPem);
    const target = await openHttpTarget(service.url, { signingKeyPath: keyFile, concurrency: 4 });
    const ep = target.http!;
    const count = countUsers(ep);
    const ctx = contextFor(target, { runs: 12, cases, seed: 3 });
    const plan = { cases, settings: ctx.settings, concurrency: ep.concurrency, writes: ep.allowWrites };
    const running = httpChecks.filter((c) => !c.skipReason(target));
    try {
      for (const check of running) await check.run(ctx);
    } finally {
      await target.close();
    }
    expect(running.map((c) => c.id)).toEqual(['http.read.conforms', 'http.auth.required', 'http.no-server-error']);
    expect(freshUsersOf(running, plan)).toBe(count());
    expect(count()).toBe(4 + 1 + 1);
  });
});
