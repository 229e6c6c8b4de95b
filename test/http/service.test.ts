import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ReferenceService, startReferenceService } from '../../src/http/service.js';
import { generateSigningKeys, mintToken } from '../../src/http/tokens.js';
import { loadSchema } from '../../src/schema/load.js';
import { oracleFor } from '../../src/schema/oracle.js';

let service: ReferenceService;
const oracle = oracleFor(loadSchema().document);
beforeAll(async () => {
  service = await startReferenceService();
});
afterAll(() => service.close());

const me = (project = 'p1') => `${service.url}/projects/${project}/sdk/me`;
async function call(method: string, token: string | null, body?: string, project?: string) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(me(project), { method, headers, ...(body !== undefined ? { body } : {}) });
  return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
}

describe('reference sdk/me service', () => {
  it('gives a new subject a fresh valid user, as JSON', async () => {
    const r = await call('GET', await service.mintToken('alice'));
    expect(r.status).toBe(200);
    expect(r.type).toBe('application/json; charset=utf-8');
    const user = JSON.parse(r.text);
    expect(user).toEqual({ id: 'alice', meta: {}, authenticated: true, integrations: {} });
    expect(oracle.isValid(user)).toBe(true);
  });

  it('merges PATCHed meta (other keys keep their values) and keeps __proto__ as plain data', async () => {
    const t = await service.mintToken('bob');
    expect((await call('PATCH', t, '{"meta":{"a":"1","b":"2"}}')).status).toBe(200);
    const r = await call('PATCH', t, '{"meta":{"b":"3","__proto__":"p","constructor":"c"}}');
    expect(r.status).toBe(200);
    const patched = JSON.parse(r.text);
    expect(Object.keys(patched.meta)).toEqual(['a', 'b', '__proto__', 'constructor']);
    const got = JSON.parse((await call('GET', t)).text);
    expect(got.meta.a).toBe('1');
    expect(got.meta.b).toBe('3');
    expect(Object.getOwnPropertyDescriptor(got.meta, '__proto__')?.value).toBe('p');
    expect(({} as Record<string, unknown>).p).toBeUndefined();
  });

  it('rejects invalid bodies with 400/422 JSON errors and leaves the user unchanged', async () => {
    const t = await service.mintToken('carol');
    await call('PATCH', t, '{"meta":{"keep":"me"}}');
    const bodies: [string, number][] = [
      ['{"meta":', 400],
      ['', 400],
      ['[]', 422],
      ['"x"', 422],
      ['{}', 422],
      ['{"meta":null}', 422],
      ['{"meta":{"n":1}}', 422],
      ['{"meta":{"__proto__":{"x":"y"}}}', 422],
      ['{"meta":{},"authenticated":false}', 422],
    ];
    for (const [body, status] of bodies) {
      const r = await call('PATCH', t, body);
      expect(r.status, body).toBe(status);
      expect(r.type).toMatch(/^application\/json/);
      expect(JSON.parse(r.text).error).toBeTruthy();
    }
    expect(JSON.parse((await call('GET', t)).text).meta).toEqual({ keep: 'me' });
  });

  it('answers 401 without user data to missing, garbage, expired and foreign tokens', async () => {
    const t = await service.mintToken('dave');
    await call('PATCH', t, '{"meta":{"secret":"dave-secret"}}');
    const stranger = await generateSigningKeys();
    const bad = [null, 'garbage', await service.mintToken('dave', { ttlSeconds: -10 }), await mintToken(stranger.privateKey, { sub: 'dave' })];
    for (const token of bad) {
      for (const method of ['GET', 'PATCH']) {
        const r = await call(method, token, method === 'PATCH' ? '{"meta":{"x":"y"}}' : undefined);
        expect(r.status).toBe(401);
        expect(r.text).not.toContain('dave');
      }
    }
    expect(JSON.parse((await call('GET', t)).text).meta).toEqual({ secret: 'dave-secret' });
  });

  it('keeps users per project, 404s other paths and 405s other methods', async () => {
    const t = await service.mintToken('erin');
    await call('PATCH', t, '{"meta":{"where":"p1"}}', 'p1');
    expect(JSON.parse((await call('GET', t, undefined, 'p2')).text).meta).toEqual({});
    expect((await fetch(`${service.url}/nope`)).status).toBe(404);
    expect((await call('DELETE', t)).status).toBe(405);
  });

  it('serves one project only when projectId is set', async () => {
    const s = await startReferenceService({ projectId: 'only' });
    const t = await s.mintToken();
    const get = (p: string) => fetch(`${s.url}/projects/${p}/sdk/me`, { headers: { authorization: `Bearer ${t}` } });
    expect((await get('only')).status).toBe(200);
    expect((await get('other')).status).toBe(404);
    await s.close();
  });
});
