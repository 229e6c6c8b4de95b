import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpChecks } from '../../src/checks/http/index.js';
import { TargetError } from '../../src/core/errors.js';
import { json } from '../../src/http/handler.js';
import { type ReferenceService, startReferenceService } from '../../src/http/service.js';
import { httpTargetFromService, openHttpTarget } from '../../src/targets/http.js';
import { contextFor, failedIds, runAll } from './support.js';

let service: ReferenceService;
beforeAll(async () => {
  service = await startReferenceService();
});
afterAll(() => service.close());

describe('the http checks against the reference service', () => {
  it('passes every check, with cases run and latencies recorded', async () => {
    const target = httpTargetFromService(service);
    const ctx = contextFor(target, { runs: 20 });
    const results = await runAll(httpChecks, ctx);
    await target.close();
    for (const [id, r] of results) {
      expect(r, id).toHaveProperty('outcome');
      if ('outcome' in r) {
        expect(r.outcome.findings, `${id}: ${JSON.stringify(r.outcome.findings[0])}`).toEqual([]);
        expect(r.outcome.cases, id).toBeGreaterThan(0);
      }
    }
    expect(failedIds(results)).toEqual([]);
    expect(ctx.latencies.length).toBeGreaterThan(50);
  });
});

describe('the http checks in other modes', () => {
  it('pass with one fixed token shared by every case (writes run one at a time)', async () => {
    const token = await service.mintToken('shared-user');
    const target = await openHttpTarget(service.url, { env: { PARAGON_USER_TOKEN: token }, allowWrites: true, concurrency: 4 });
    const results = await runAll(httpChecks, contextFor(target, { runs: 5 }));
    await target.close();
    expect([...results].filter(([, r]) => !('outcome' in r))).toEqual([]);
    expect(failedIds(results)).toEqual([]);
    expect(JSON.stringify([...results.values()])).not.toContain(token);
  });

  it('read-only: skip the write checks with the reason and never send PATCH', async () => {
    let patches = 0;
    const s = await startReferenceService({
      wrap: (h) => async (req) => {
        if (req.method === 'PATCH') patches++;
        return h(req);
      },
    });
    const token = await s.mintToken('reader');
    const target = await openHttpTarget(s.url, { env: { PARAGON_USER_TOKEN: token } });
    const results = await runAll(httpChecks, contextFor(target, { runs: 5 }));
    await target.close();
    await s.close();
    for (const id of ['http.write.accepts-valid', 'http.write.persists', 'http.write.rejects-invalid']) {
      expect(results.get(id)).toEqual({ skipped: 'read-only: pass --allow-writes to send PATCH requests' });
    }
    expect(failedIds(results)).toEqual([]);
    expect(results.get('http.read.conforms')).toHaveProperty('outcome');
    expect(patches).toBe(0);
  });

  it('skip on a target without an HTTP endpoint', () => {
    const moduleOnly = { kind: 'module', description: 'm', ops: new Set<never>(), inProcess: true, close: async () => undefined };
    for (const c of httpChecks) expect(c.skipReason(moduleOnly)).toMatch(/not an HTTP service/);
  });

  it('throw a TargetError naming the request when the service is down', async () => {
    const s = await startReferenceService();
    const target = httpTargetFromService(s);
    await s.close();
    const results = await runAll(httpChecks, contextFor(target, { runs: 2 }));
    await target.close();
    for (const [id, r] of results) {
      expect(r, id).toHaveProperty('error');
      const err = (r as { error: TargetError }).error;
      expect(err, id).toBeInstanceOf(TargetError);
      expect(err.request, id).toMatch(/^(GET|PATCH) \/projects\/test-project\/sdk\/me$/);
    }
  });

  it('never show the token, even when the service echoes it back', async () => {
    const s = await startReferenceService({ wrap: (h) => async (req) => (req.method === 'PATCH' ? json(500, { echo: req.headers.authorization }) : h(req)) });
    const token = await s.mintToken('echoed');
    const target = await openHttpTarget(s.url, { env: { PARAGON_USER_TOKEN: token }, allowWrites: true, headers: ['X-Api-Key: key-value-secret'] });
    const results = await runAll(httpChecks, contextFor(target, { runs: 2 }));
    await target.close();
    await s.close();
    expect(failedIds(results)).toContain('http.no-server-error');
    const text = JSON.stringify([...results.values()]) + target.description;
    expect(text).not.toContain(token);
    expect(text).not.toContain('key-value-secret');
    expect(text).toContain('[REDACTED]');
  });

  it('pass against a slow but correct service', async () => {
    const s = await startReferenceService({
      wrap: (h) => async (req) => {
        await new Promise((r) => setTimeout(r, 200));
        return h(req);
      },
    });
    const target = httpTargetFromService(s, { concurrency: 8 });
    const results = await runAll(httpChecks, contextFor(target, { runs: 1 }));
    await target.close();
    await s.close();
    expect([...results].filter(([, r]) => !('outcome' in r))).toEqual([]);
    expect(failedIds(results)).toEqual([]);
  });

  it('stop early when the run is cancelled', async () => {
    const target = httpTargetFromService(service);
    const abort = new AbortController();
    abort.abort();
    const results = await runAll(httpChecks, contextFor(target, { runs: 50, signal: abort.signal }));
    await target.close();
    const cases = [...results.values()].map((r) => ('outcome' in r ? r.outcome.cases : -1));
    expect(Math.max(...cases)).toBeLessThanOrEqual(5);
  });
});
