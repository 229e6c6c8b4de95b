// Tokens, Authorization headers and --header values never appear in any report, log or replay command.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startReferenceService, type ReferenceService } from '../../src/http/service.js';
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
  const r = await cli(['check', '--target', service.url, '--token-env', 'MY_PARAGON_TOKEN', '--header', `X-Api-Key: ${headerValue}`, '--runs', '5', '--seed', '1', '--report-dir', dir], {
    env: { MY_PARAGON_TOKEN: token },
  });
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
