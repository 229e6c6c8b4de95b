// The judge and the ledger on generated traffic: no false alarm on valid users; every single-fault user is caught, at
// its location, and shrinks to a fixture that still fails exactly so (the fixture `check --replay` takes).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invalidArbitrary, validArbitrary } from '../../generators/index.js';
import { pointerTokens } from '../../src/core/pointer.js';
import { generalizeLocation } from '../../src/findings/fingerprint.js';
import { loadSchema } from '../../src/schema/load.js';
import { oracleFor } from '../../src/schema/oracle.js';
import { Capture } from '../../src/traffic/capture.js';
import { createJudge } from '../../src/traffic/judge.js';
import { TrafficLedger } from '../../src/traffic/ledger.js';
import type { Exchange } from '../../src/traffic/types.js';

const schema = loadSchema().document;
const oracle = oracleFor(schema);
const judge = createJudge(schema);

const get = (body: unknown, n = 1): Exchange => ({
  method: 'GET',
  path: '/projects/p/sdk/me',
  requestHeaders: {},
  status: 200,
  responseHeaders: { 'content-type': 'application/json' },
  responseBody: Buffer.from(JSON.stringify(body)),
  where: `test:${n}`,
});

describe('judge', () => {
  it('never flags a valid user (hostile keys, big maps, long strings, unknown properties), as response or as PATCH meta', () => {
    const users = fc.sample(validArbitrary(schema), { numRuns: 300, seed: 7 });
    for (const u of users) expect(judge.judge(get(u)).hits).toEqual([]);
    const metas = users.filter((u) => typeof u === 'object' && u !== null && 'meta' in u).map((u) => ({ meta: (u as { meta: unknown }).meta }));
    expect(metas.length).toBeGreaterThan(50);
    for (const body of metas)
      expect(judge.judge({ ...get(null), method: 'PATCH', requestBody: JSON.stringify(body), responseBody: Buffer.from('{}') }).hits).toEqual([]);
  });

  it('catches every single-fault user at its generalised location', () => {
    const bad = fc.sample(invalidArbitrary(schema), { numRuns: 200, seed: 11 });
    for (const { instance, violation } of bad) {
      const hits = judge.judge(get(instance)).hits;
      expect(hits).toHaveLength(1);
      expect(hits[0]).toMatchObject({ keyword: violation.keyword, location: generalizeLocation(judge.root, pointerTokens(violation.instancePath)) });
    }
  });

  it('unjudged: other paths and methods, non-2xx answers, bodies flagged too large', () => {
    const user = { integrations: { a: { credentialStatus: 'PENDING' } } };
    for (const ex of [
      { ...get(user), path: '/projects/p/sdk/me/extra' },
      { ...get(user), path: '/projects/p/other' },
      { ...get(user), method: 'POST' },
      { ...get(user), status: 404 },
      { ...get(user), tooLarge: true },
    ])
      expect(judge.judge(ex)).toMatchObject({ response: false, patch: false, hits: [] });
    expect(judge.judge({ ...get(user), path: '/base/v1/projects/x%2Fy/sdk/me/' }).hits).toHaveLength(1);
  });

  it('a schema with arrays: a property of an item keeps its name in the location (the index generalised to *)', () => {
    const items = { type: 'object', properties: { s: { enum: ['A', 'B'] } } };
    const listJudge = createJudge({ $schema: schema.$schema, type: 'object', properties: { list: { type: 'array', items } } });
    const hits = listJudge.judge(get({ list: [{ s: 'A' }, { s: 'a' }] })).hits;
    expect(hits.map((h) => [h.location, h.value])).toEqual([['/list/*/s', 'enum-miss:case']]);
  });

  it('not JSON, a JSON body without a JSON content type, and a missing content type', () => {
    const hits = (ex: Exchange) => judge.judge(ex).hits.map((h) => `${h.failure} ${h.value ?? ''}`.trim());
    expect(hits({ ...get(null), responseBody: Buffer.from('<html>') })).toEqual(['not-json']);
    expect(hits({ ...get({}), responseHeaders: { 'content-type': 'application/problem+json; charset=utf-8' } })).toEqual([]);
    expect(hits({ ...get({}), responseHeaders: {} })).toEqual(['wrong-content-type (none)']);
  });
});

describe('ledger', () => {
  it('counts occurrences and exchanges per fingerprint, first and last seen', async () => {
    const ledger = new TrafficLedger(judge, 'audit', 'test');
    const pending = (keys: string[]) => ({ integrations: Object.fromEntries(keys.map((k) => [k, { credentialStatus: 'PENDING' }])) });
    ledger.record(get(pending(['a', 'b']), 1));
    ledger.record(get({}, 2));
    ledger.record(get(pending(['c']), 3));
    ledger.record(get({ meta: { n: 1 } }, 4));
    await ledger.settled();
    const s = ledger.section();
    expect(s.findings.map((f) => [f.location, f.count, f.exchanges, f.firstSeen.where, f.lastSeen.where])).toEqual([
      ['/integrations/*/credentialStatus', 3, 2, 'test:1', 'test:3'],
      ['/meta/*', 1, 1, 'test:4', 'test:4'],
    ]);
    expect(s.exchanges).toMatchObject({ total: 4, judged: 4, byStatus: { '2xx': 4 } });
  });

  it('shrinks each generated fault to a smaller fixture with the same fingerprint that fails exactly with its violation', async () => {
    const bad = fc.sample(invalidArbitrary(schema), { numRuns: 60, seed: 5 });
    for (const [i, { instance }] of bad.entries()) {
      const ledger = new TrafficLedger(judge, 'audit', 'test');
      ledger.record(get(instance, i));
      await ledger.settled();
      const [f] = ledger.section().findings;
      expect(f?.fixture, JSON.stringify(instance)).toBeDefined();
      const fixture = f!.fixture!;
      expect(oracle.failsExactlyWith(fixture.instance, fixture.violation)).toBe(true);
      expect(JSON.stringify(fixture.instance).length).toBeLessThanOrEqual(JSON.stringify(instance).length);
      const again = new TrafficLedger(judge, 'audit', 'test');
      again.record(get(fixture.instance));
      expect(again.section().findings.map((x) => x.fingerprint)).toEqual([f!.fingerprint]);
    }
  });

  it('de-identifies: map keys renamed, irrelevant strings dropped, tokens redacted; the enum value kept', async () => {
    const ledger = new TrafficLedger(judge, 'audit', 'test');
    const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJl';
    // A service that echoes the caller's opaque token where an enum value belongs: the first exemplar of its finding.
    ledger.record({
      ...get({ integrations: { b: { credentialStatus: 'opaque-credential-42' } } }),
      requestHeaders: { authorization: 'Bearer opaque-credential-42' },
    });
    ledger.record(
      get({
        id: 'alice@example.com',
        meta: { email: 'alice@example.com', token: jwt },
        integrations: { 'acme-salesforce': { credentialStatus: 'PENDING', providerId: 'alice-123' } },
      }),
    );
    ledger.record({ ...get({ authenticated: `yes ${jwt}` }), requestHeaders: { authorization: `Bearer ${jwt}` } });
    await ledger.settled();
    const text = JSON.stringify(ledger.section());
    expect(text).not.toMatch(/alice|acme|eyJ|opaque-credential/);
    expect(ledger.section().findings.map((f) => [f.count, f.fixture?.instance])).toEqual([
      [2, { integrations: { a: { credentialStatus: '[REDACTED]' } } }],
      [1, { authenticated: 'e' }],
    ]);
  });
});

describe('capture', () => {
  it('keeps the bytes up to the limit, and nothing past it', () => {
    const c = new Capture(10);
    c.add(Buffer.from('{"a":'));
    c.add(Buffer.from('1}'));
    expect(c.body()?.toString()).toBe('{"a":1}');
    c.add(Buffer.from('too much'));
    expect([c.overflow, c.body()]).toEqual([true, undefined]);
  });
});

describe('observed values', () => {
  it('enum values with allowed flags, unknown properties per location, map sizes (min/median/max), content types', () => {
    const ledger = new TrafficLedger(judge, 'audit', 'test');
    const bodies = [
      { userId: 'u', meta: {}, integrations: { a: { credentialStatus: 'VALID', extra: 1 } } },
      { userId: 'v', meta: { a: 'x', b: 'y' }, integrations: {} },
      { meta: { a: 'x', b: 'y', c: 'z', d: 'w', e: 'v' }, integrations: { a: { credentialStatus: 'PENDING' }, b: { credentialStatus: 'VALID' } } },
    ];
    for (const [i, b] of bodies.entries()) ledger.record(get(b, i));
    const o = ledger.section().observed;
    expect(o.enums).toEqual([
      {
        location: '/integrations/*/credentialStatus',
        allowed: ['VALID', 'INVALID', 'EXPIRED'],
        values: [
          { value: 'VALID', count: 2, allowed: true },
          { value: 'PENDING', count: 1, allowed: false },
        ],
        otherValues: 0,
      },
    ]);
    expect(o.unknownProperties).toEqual([
      { location: '/', names: [{ name: 'userId', count: 2 }], otherNames: 0 },
      { location: '/integrations/*', names: [{ name: 'extra', count: 1 }], otherNames: 0 },
    ]);
    expect(o.mapSizes).toEqual([
      { location: '/integrations', bodies: 3, min: 0, median: 1, max: 2 },
      { location: '/meta', bodies: 3, min: 0, median: 2, max: 5 },
    ]);
    expect(o.contentTypes).toEqual([{ contentType: 'application/json', count: 3 }]);
  });
});
