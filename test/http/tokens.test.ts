import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeJwt, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { generateSigningKeys, mintToken, readSigningKey, tokenFromEnv } from '../../src/http/tokens.js';

describe('tokens', () => {
  it('mints RS256 tokens with sub, iat and exp that verify with the public key', async () => {
    const keys = await generateSigningKeys();
    const token = await mintToken(keys.privateKey, { sub: 'alice', now: 1_000_000, ttlSeconds: 60 });
    expect(decodeJwt(token)).toMatchObject({ sub: 'alice', iat: 1_000_000, exp: 1_000_060 });
    const fresh = await mintToken(keys.privateKey);
    const { payload, protectedHeader } = await jwtVerify(fresh, keys.publicKey);
    expect(protectedHeader.alg).toBe('RS256');
    expect(payload.sub).toMatch(/^user-/);
  });

  it('mints expired tokens for a negative lifetime', async () => {
    const keys = await generateSigningKeys();
    const claims = decodeJwt(await mintToken(keys.privateKey, { ttlSeconds: -60, now: 1000 }));
    expect(claims.exp).toBe(940);
    expect(claims.iat!).toBeLessThan(claims.exp!);
  });

  it('reads a PKCS#8 PEM --signing-key and derives the public key', async () => {
    const keys = await generateSigningKeys();
    const dir = mkdtempSync(join(tmpdir(), 'pc-key-'));
    writeFileSync(join(dir, 'k.pem'), keys.privateKeyPem);
    const read = await readSigningKey(join(dir, 'k.pem'));
    expect(read.publicKeyPem).toBe(keys.publicKeyPem);
    await jwtVerify(await mintToken(read.privateKey, { sub: 'x' }), keys.publicKey);
  });

  it('turns a missing or broken key file into a usage error naming the flag', async () => {
    await expect(readSigningKey('/nonexistent/key.pem')).rejects.toThrow(/--signing-key .*ENOENT/);
    const dir = mkdtempSync(join(tmpdir(), 'pc-key-'));
    writeFileSync(join(dir, 'bad.pem'), 'not a key');
    await expect(readSigningKey(join(dir, 'bad.pem'))).rejects.toBeInstanceOf(UsageError);
  });

  it('reads the fixed token from the named environment variable, or says what to set', () => {
    expect(tokenFromEnv({ PARAGON_USER_TOKEN: ' abc ' })).toBe('abc');
    expect(tokenFromEnv({ MY_TOKEN: 'xyz' }, 'MY_TOKEN')).toBe('xyz');
    expect(() => tokenFromEnv({})).toThrow(/PARAGON_USER_TOKEN.*--token-env.*--signing-key/);
    expect(() => tokenFromEnv({ MY_TOKEN: '' }, 'MY_TOKEN')).toThrow(UsageError);
  });
});
