import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { premint } from '../../src/http/minter.js';
import { type ReferenceService, startReferenceService } from '../../src/http/service.js';
import { readSigningKey } from '../../src/http/tokens.js';
import { attachReferenceService, openHttpTarget, parseHeaders } from '../../src/targets/http.js';

let service: ReferenceService;
let keyDir: string;
beforeAll(async () => {
  service = await startReferenceService();
  keyDir = mkdtempSync(join(tmpdir(), 'pc-target-'));
  writeFileSync(join(keyDir, 'private.pem'), service.keys.privateKeyPem);
});
afterAll(() => service.close());

describe('openHttpTarget', () => {
  it('a target that cannot be reached stops the minting it adopted: nothing will use those users', async () => {
    const keys = await readSigningKey(join(keyDir, 'private.pem'));
    const early = premint(keys, 2000);
    await expect(openHttpTarget('http://127.0.0.1:1', { signingKeyPath: join(keyDir, 'private.pem') })).rejects.toThrow(/cannot reach/);
    const left = early.available;
    await new Promise((r) => setTimeout(r, 300));
    expect(early.available).toBe(left);
    expect(left).toBeLessThan(2000);
  });

  it('says which variable or flag to set when no token is configured', async () => {
    await expect(openHttpTarget(service.url, { env: {} })).rejects.toThrow(/PARAGON_USER_TOKEN.*--signing-key/);
    await expect(openHttpTarget(service.url, { env: {}, tokenEnv: 'MY_TOKEN' })).rejects.toThrow(/MY_TOKEN/);
  });

  it('refuses bad URLs, credentials in the URL and malformed or reserved headers', async () => {
    const env = { PARAGON_USER_TOKEN: 't' };
    await expect(openHttpTarget('ftp://x', { env })).rejects.toBeInstanceOf(UsageError);
    await expect(openHttpTarget('http://u:p@127.0.0.1:1', { env })).rejects.toThrow(/credentials/);
    expect(() => parseHeaders(['no colon'])).toThrow(UsageError);
    expect(() => parseHeaders(['Authorization: Bearer x'])).toThrow(/--token-env/);
    expect(parseHeaders(['X-Api-Key:  k:v '])).toEqual([['X-Api-Key', 'k:v']]);
  });

  it('has no module ops and a description without tokens or header values', async () => {
    const token = await service.mintToken('fixed-user');
    const target = await openHttpTarget(`${service.url}/`, { env: { PARAGON_USER_TOKEN: token }, headers: ['X-Api-Key: header-secret-value'] });
    expect(target.kind).toBe('http');
    expect(target.ops.size).toBe(0);
    expect(target.inProcess).toBe(false);
    expect(target.description).not.toContain(token);
    expect(target.description).not.toContain('header-secret-value');
    expect(target.description).toMatch(/read-only/);
    expect(target.http?.users).toBe('fixed');
    expect(target.http?.mePath).toBe('/projects/test-project/sdk/me');
    expect(target.http?.secrets).toEqual([token, 'header-secret-value']);
    const res = await target.http!.send({ method: 'GET', authorization: (await target.http!.newUser()).authorization });
    expect(JSON.parse(res.body).id).toBe('fixed-user');
    await target.close();
  });

  it('mints a fresh user per newUser() with --signing-key, also from the engine’s nested options', async () => {
    const target = await openHttpTarget(service.url, {
      cwd: keyDir,
      timeoutMs: 5000,
      http: { projectId: 'proj', signingKey: 'private.pem', allowWrites: true, headers: [], concurrency: 2, tokenEnv: 'PARAGON_USER_TOKEN' },
    });
    const ep = target.http!;
    expect(ep.users).toBe('minted');
    expect(ep.allowWrites).toBe(true);
    expect(ep.concurrency).toBe(2);
    expect(ep.mePath).toBe('/projects/proj/sdk/me');
    const [a, b] = [await ep.newUser(), await ep.newUser()];
    expect(a.sub).not.toBe(b.sub);
    const res = await ep.send({ method: 'GET', authorization: a.authorization });
    expect(JSON.parse(res.body).id).toBe(a.sub);
    expect(target.description).not.toMatch(/eyJ/);
    await target.close();
  });
});

describe('attachReferenceService', () => {
  it('adds the embedded reference service to a module target and closes both', async () => {
    let closed = false;
    const moduleTarget = {
      kind: 'reference',
      description: 'reference (embedded implementation)',
      ops: new Set(['validate'] as const),
      inProcess: true,
      close: async () => {
        closed = true;
      },
    };
    const combined = await attachReferenceService(moduleTarget);
    expect(combined.ops.has('validate')).toBe(true);
    expect(combined.http?.allowWrites).toBe(true);
    expect(combined.http?.users).toBe('minted');
    const user = await combined.http!.newUser();
    expect((await combined.http!.send({ method: 'GET', authorization: user.authorization })).status).toBe(200);
    await combined.close();
    expect(closed).toBe(true);
    await expect(combined.http!.send({ method: 'GET', authorization: user.authorization })).rejects.toThrow(/ECONNREFUSED/);
  });
});
