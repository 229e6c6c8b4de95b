import { decodeJwt, decodeProtectedHeader } from 'jose';
import { describe, expect, it } from 'vitest';
import { fixedCredentials, mintedCredentials } from '../../src/http/credentials.js';
import { generateSigningKeys } from '../../src/http/tokens.js';

describe('credential sources', () => {
  it('minted: a fresh subject per user, and bad variants aimed at that subject', async () => {
    const source = mintedCredentials(await generateSigningKeys());
    const [a, b] = [await source.newUser(), await source.newUser()];
    expect(a.sub).not.toBe(b.sub);
    expect(decodeJwt(a.authorization.slice(7)).sub).toBe(a.sub);
    const bad = await source.badCredentials(a);
    expect(bad.map((c) => c.label)).toEqual(
      expect.arrayContaining(['no Authorization header', 'garbage token', 'expired token', 'token signed with another key', 'unsigned token (alg "none")']),
    );
    expect(bad.map((c) => c.authorization)).not.toContain(a.authorization);
    const unsigned = bad.find((c) => c.label.startsWith('unsigned'))!.authorization!.slice(7);
    expect(decodeProtectedHeader(unsigned).alg).toBe('none');
    expect(source.secrets).toEqual([]);
  });

  it('fixed: every user is the one token; bad variants work for opaque tokens too', async () => {
    const source = fixedCredentials('opaque-token-value');
    expect((await source.newUser()).authorization).toBe('Bearer opaque-token-value');
    expect((await source.newUser()).authorization).toBe('Bearer opaque-token-value');
    const bad = await source.badCredentials(await source.newUser());
    expect(bad.length).toBeGreaterThanOrEqual(7);
    expect(bad.map((c) => c.authorization)).not.toContain('Bearer opaque-token-value');
    expect(source.secrets).toEqual(['opaque-token-value']);
  });
});
