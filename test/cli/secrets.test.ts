// Tokens, Authorization headers and --header values never appear in any report, log or replay command.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadOrCreateKeys } from '../../src/commands/serve.js';
import { type ReferenceService, startReferenceService } from '../../src/http/service.js';
import { cli, tempDir } from '../support/cli.js';

let service: ReferenceService;
let token: string;
const headerValue = 'hdr-s3cr3t-0123456789';

beforeAll(async () => {
  // A faulty service that echoes the request's credentials into an invalid GET body, so failures quote them.
  service = await startReferenceService({
    wrap: (h) => async (req) => {
      const res = await h(req);
      if (req.method !== 'GET' || res.status !== 200) return res;
      const user = JSON.parse(res.body) as Record<string, unknown>;
      return { ...res, body: JSON.stringify({ ...user, id: 42, echoAuth: req.headers.authorization, echoKey: req.headers['x-api-key'] }) };
    },
  });
  token = await service.mintToken('secret-user');
});
afterAll(() => service.close());

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? allFiles(join(dir, f)) : [join(dir, f)]));
}

it('a failing run against a service that echoes credentials leaks them nowhere', async () => {
  const dir = tempDir();
  const r = await cli(
    [
      'check',
      '--target',
      service.url,
      '--token-env',
      'MY_PARAGON_TOKEN',
      '--header',
      `X-Api-Key: ${headerValue}`,
      '--runs',
      '5',
      '--seed',
      '1',
      '--report-dir',
      dir,
    ],
    {
      env: { MY_PARAGON_TOKEN: token },
    },
  );
  expect(r.code, r.stdout + r.stderr).toBe(1);
  expect(r.stdout).toContain('http.read.conforms');
  const texts = [r.stdout, r.stderr, ...allFiles(dir).map((f) => readFileSync(f, 'utf8'))];
  expect(allFiles(dir).length).toBeGreaterThanOrEqual(4);
  for (const t of texts) {
    expect(t).not.toContain(token);
    expect(t).not.toContain(token.split('.')[2]!); // not even the signature part
    expect(t).not.toContain(headerValue);
  }
});

it('per-case tokens minted with --signing-key are redacted too, even when the service echoes them back', async () => {
  const keyDir = tempDir();
  const { keys } = await loadOrCreateKeys(keyDir);
  const echo = await startReferenceService({
    keys,
    wrap: (h) => async (req) => {
      const res = await h(req);
      // A faulty service: it accepts malformed PATCH bodies, and every answer quotes the request's Authorization header.
      const status = req.method === 'PATCH' && res.status === 400 ? 200 : res.status;
      return { ...res, status, body: JSON.stringify({ ...(JSON.parse(res.body || '{}') as object), echo: req.headers.authorization, id: 7 }) };
    },
  });
  try {
    const dir = tempDir();
    const r = await cli([
      'check',
      '--target',
      echo.url,
      '--signing-key',
      join(keyDir, 'private.pem'),
      '--allow-writes',
      '--runs',
      '3',
      '--seed',
      '2',
      '--report-dir',
      dir,
    ]);
    expect(r.code, r.stdout + r.stderr).toBe(1);
    for (const t of [r.stdout, r.stderr, ...allFiles(dir).map((f) => readFileSync(f, 'utf8'))]) {
      // Not even a cut excerpt of a token: its header (`{"alg"…` in base64url) or a Bearer credential.
      expect(t).not.toMatch(/eyJhbGci|Bearer\s+eyJ/);
    }
  } finally {
    await echo.close();
  }
});
