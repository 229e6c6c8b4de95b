// The reference service behind the proxy, with and without the faults the live API is known to show: exact counts.
import { afterEach, describe, expect, it } from 'vitest';
import { faults, me, type Rig, seen, send, startRig } from './support.js';

let rig: Rig | undefined;
afterEach(async () => {
  await rig?.close();
  rig = undefined;
});

/** Sends `gets` GETs and one valid PATCH through the proxy; returns the traffic section. */
async function traffic(r: Rig, gets: number) {
  const auth = ['Authorization', `Bearer ${r.token}`];
  for (let i = 0; i < gets; i++) expect((await send(r.proxy.url + me, { headers: auth })).status).toBe(200);
  const patch = await send(r.proxy.url + me, { method: 'PATCH', headers: [...auth, 'content-type', 'application/json'], body: '{"meta":{"plan":"pro"}}' });
  expect(patch.status).toBe(200);
  await send(`${r.proxy.url}/health`); // not sdk/me: passes unjudged
  await seen(r.ledger, gets + 2);
  return r.ledger.section();
}

describe('proxy in front of the reference service', () => {
  it('a correct service: every exchange judged, no finding', async () => {
    rig = await startRig();
    const s = await traffic(rig, 3);
    expect(s.exchanges).toMatchObject({ total: 5, judged: 4, responsesJudged: 4, patchesJudged: 1, unjudged: 1, upstreamErrors: 0 });
    expect(s.findings).toEqual([]);
    expect(s.observed.contentTypes).toEqual([{ contentType: 'application/json', count: 4 }]);
  });

  it('PENDING: one finding, counted once per response, with observed value and a minimal de-identified fixture', async () => {
    rig = await startRig(faults.pending);
    const s = await traffic(rig, 3);
    expect(s.findings).toHaveLength(1);
    const f = s.findings[0]!;
    expect(f).toMatchObject({ rule: 'traffic.response.conforms', failure: 'schema-violation', location: '/integrations/*/credentialStatus', keyword: 'enum' });
    expect(f.value).toBe('enum-miss:unknown-value');
    expect([f.count, f.exchanges]).toEqual([4, 4]);
    expect(f.firstSeen.exchange).toBe(1);
    expect(f.lastSeen.exchange).toBeGreaterThan(1);
    expect(f.fixture?.instance).toEqual({ integrations: { a: { credentialStatus: 'PENDING' } } });
    expect(f.replayable).toBe(true);
    expect(JSON.stringify(s)).not.toContain('alice@example.com');
    const status = s.observed.enums.find((e) => e.location === '/integrations/*/credentialStatus');
    expect(status?.values).toEqual([
      { value: 'PENDING', count: 4, allowed: false },
      { value: 'VALID', count: 4, allowed: true },
    ]);
  });

  it('wrong enum case: its own fingerprint class (case), not the unknown-value one', async () => {
    rig = await startRig(faults.enumCase);
    const s = await traffic(rig, 2);
    expect(s.findings.map((f) => [f.location, f.value, f.count])).toEqual([['/integrations/*/credentialStatus', 'enum-miss:case', 3]]);
    expect(s.findings[0]!.fixture?.instance).toEqual({ integrations: { a: { credentialStatus: 'valid' } } });
  });

  it('a string boolean: type at /integrations/*/enabled, the JSON-looking string kept in the fixture', async () => {
    rig = await startRig(faults.stringBoolean);
    const s = await traffic(rig, 2);
    expect(s.findings.map((f) => [f.location, f.keyword, f.value, f.count])).toEqual([['/integrations/*/enabled', 'type', 'string:json-looking', 3]]);
    expect(s.findings[0]!.fixture?.instance).toEqual({ integrations: { a: { enabled: 'true' } } });
  });

  it('text/plain: one content-type finding per response; the body is still judged (and valid)', async () => {
    rig = await startRig(faults.textPlain);
    const s = await traffic(rig, 2);
    expect(s.findings.map((f) => [f.failure, f.value, f.count])).toEqual([['wrong-content-type', 'text/plain', 3]]);
    expect(s.findings[0]!.fixture).toBeUndefined();
    expect(s.observed.contentTypes).toEqual([{ contentType: 'text/plain', count: 3 }]);
  });

  it('userId instead of id: no violation (unknown properties are allowed), but observed', async () => {
    rig = await startRig(faults.userIdNotId);
    const s = await traffic(rig, 2);
    expect(s.findings).toEqual([]);
    expect(s.observed.unknownProperties).toEqual([{ location: '/', names: [{ name: 'userId', count: 3 }], otherNames: 0 }]);
  });

  it('an invalid PATCH body: a profile finding, answered 4xx by the service', async () => {
    rig = await startRig();
    const auth = ['Authorization', `Bearer ${rig.token}`, 'content-type', 'application/json'];
    for (const body of ['{"meta":{"plan":1}}', '{"meta":{"seats":2,"plan":"x"}}', '{"meta":{}, "id":"x"}', 'not json'])
      expect((await send(rig.proxy.url + me, { method: 'PATCH', headers: auth, body })).status).toBeGreaterThanOrEqual(400);
    await seen(rig.ledger, 4);
    const s = rig.ledger.section();
    expect(s.exchanges).toMatchObject({ patchesJudged: 4, responsesJudged: 0 });
    const byText = Object.fromEntries(s.findings.map((f) => [`${f.failure} ${f.location} ${f.keyword}`, f.count]));
    expect(byText).toEqual({ 'invalid-patch /meta/* type': 2, 'invalid-patch / additionalProperties': 1, 'invalid-patch / json': 1 });
    const meta = s.findings.find((f) => f.location === '/meta/*')!;
    expect(meta.fixture?.instance).toEqual({ meta: { a: 0 } });
    expect(meta.replayable).toBe(true);
    expect(s.findings.find((f) => f.keyword === 'additionalProperties')!.replayable).toBe(false);
  });
});
