// Users minted ahead on a thread of their own: valid RS256 tokens for distinct subjects, minted before they are
// asked for, and still handed out (minted here) when the thread is gone.
import { decodeJwt, jwtVerify } from 'jose';
import { describe, expect, it, vi } from 'vitest';
import { TokenMinter } from '../../src/http/minter.js';
import { generateSigningKeys } from '../../src/http/tokens.js';

describe('TokenMinter', () => {
  it('hands out valid tokens for distinct fresh subjects, minted ahead by its thread', async () => {
    const keys = await generateSigningKeys();
    const minter = new TokenMinter(keys, 16);
    minter.start();
    try {
      const users = await Promise.all(Array.from({ length: 40 }, () => minter.next()));
      expect(new Set(users.map((u) => u.sub)).size).toBe(40);
      for (const u of users.slice(0, 5)) {
        const { payload } = await jwtVerify(u.authorization.slice('Bearer '.length), keys.publicKey, { algorithms: ['RS256'] });
        expect(payload.sub).toBe(u.sub);
        expect(payload.exp! - payload.iat!).toBe(3600);
      }
      // Ahead: without being asked, the thread fills the queue up to 16 users, and no further.
      await vi.waitFor(() => expect(minter.available).toBe(16), { timeout: 10_000 });
      await new Promise((r) => setTimeout(r, 100));
      expect(minter.available).toBe(16);
    } finally {
      minter.close();
    }
  });

  it('mints on the calling thread once its thread is gone', async () => {
    const minter = new TokenMinter(await generateSigningKeys(), 4);
    minter.start();
    await minter.next();
    minter.close();
    const u = await minter.next();
    expect(decodeJwt(u.authorization.slice(7)).sub).toBe(u.sub);
  });
});
