// Users minted ahead on a thread of their own: valid RS256 tokens for distinct subjects, minted before they are
// asked for, and still handed out (minted here) when the thread is gone.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { decodeJwt, jwtVerify } from 'jose';
import { describe, expect, it, vi } from 'vitest';
import { mintedCredentials } from '../../src/http/credentials.js';
import { adoptMinter, premint, TokenMinter } from '../../src/http/minter.js';
import { generateSigningKeys } from '../../src/http/tokens.js';
import { tempDir } from '../support/cli.js';

/**
 * Runs `lines` as a script of its own process, with `TokenMinter`, `premint` and `readSigningKey` imported and `KEY`
 * the path of a fresh signing key; resolves to what it printed (the process must end by itself within 30 s).
 */
async function inProcess(...lines: string[]): Promise<string> {
  const dir = tempDir();
  const key = join(dir, 'private.pem');
  writeFileSync(key, (await generateSigningKeys()).privateKeyPem);
  const url = (file: string) => JSON.stringify(pathToFileURL(resolve(file)).href);
  const script = join(dir, 'script.mjs');
  const head = [
    `const { readSigningKey } = await import(${url('dist/src/http/tokens.js')});`,
    `const { TokenMinter, premint } = await import(${url('dist/src/http/minter.js')});`,
    `const KEY = ${JSON.stringify(key)};`,
  ];
  writeFileSync(script, [...head, ...lines].join('\n'));
  return execFileSync(process.execPath, [script], { encoding: 'utf8', timeout: 30_000 });
}

/** Waits until `minter` has `n` users ready, and checks that it mints no more (100 ms later it still has `n`). */
async function settlesAt(minter: TokenMinter, n: number): Promise<void> {
  await vi.waitFor(() => expect(minter.available).toBe(n), { timeout: 10_000 });
  await new Promise((r) => setTimeout(r, 100));
  expect(minter.available).toBe(n);
}

describe('TokenMinter', () => {
  it('hands out valid tokens for distinct fresh subjects, minted ahead by its thread', async () => {
    const keys = await generateSigningKeys();
    const minter = new TokenMinter(keys, { ahead: 16 });
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
      await settlesAt(minter, 16);
    } finally {
      minter.close();
    }
  });

  it('mints all the users a run expects ahead, then only a batch', async () => {
    const minter = new TokenMinter(await generateSigningKeys(), { ahead: 16 });
    try {
      minter.expect(30);
      await settlesAt(minter, 30);
      await Promise.all(Array.from({ length: 30 }, () => minter.next()));
      // All thirty taken: a batch of eight is kept ready (for shrinking), not the sixteen of a run that expects nothing.
      await settlesAt(minter, 8);
      // Expected users count from now on: twenty more are minted beyond the thirty already taken.
      minter.expect(20);
      await vi.waitFor(() => expect(minter.available).toBe(20), { timeout: 10_000 });
    } finally {
      minter.close();
    }
  });

  it('mints at most its lead ahead, however many users a run expects', async () => {
    const minter = new TokenMinter(await generateSigningKeys(), { ahead: 4, lead: 24 });
    try {
      minter.expect(1000);
      await settlesAt(minter, 24);
    } finally {
      minter.close();
    }
  });

  it('started before the target exists, is adopted once by the credentials built with the same key', async () => {
    const keys = await generateSigningKeys();
    const early = premint(keys, 100);
    await vi.waitFor(() => expect(early.available).toBe(100), { timeout: 20_000 });
    const creds = mintedCredentials(keys);
    try {
      // Adopted: nobody else gets it, and the credentials hand out its users without minting more.
      expect(adoptMinter(keys)).toBeUndefined();
      const user = await creds.newUser();
      expect(decodeJwt(user.authorization.slice(7)).sub).toBe(user.sub);
      await new Promise((r) => setTimeout(r, 100));
      expect(early.available).toBe(99);
    } finally {
      creds.close?.();
    }
  });

  it('keeps the process alive while a case waits for its user, and nothing else does', async () => {
    const out = await inProcess('const m = new TokenMinter(await readSigningKey(KEY), { ahead: 0 });', 'm.next().then((u) => console.log(u.sub));');
    expect(out).toMatch(/^conformance-/);
  });

  it('does not hold a finished process open while it mints ahead for cases that never come', async () => {
    // Two thousand users take the thread seconds; the process has nothing else to do after 50 ms.
    const out = await inProcess(
      'const m = premint(await readSigningKey(KEY), 2000);',
      'setTimeout(() => {}, 50);',
      "process.on('exit', () => console.log(m.available));",
    );
    expect(Number(out.trim())).toBeLessThan(2000);
  });

  it('drops users that waited a quarter of their hour, and hands out fresh ones instead', async () => {
    let now = 0;
    const minter = new TokenMinter(await generateSigningKeys(), { ahead: 4, clock: () => now });
    try {
      minter.expect(10);
      await vi.waitFor(() => expect(minter.available).toBe(10), { timeout: 10_000 });
      now = 14 * 60_000;
      await minter.next();
      expect(minter.available).toBe(9);
      // Past fifteen minutes, every waiting user is dropped: the next one handed out is minted after that.
      now = 16 * 60_000;
      let served = false;
      const fresh = minter.next().then((u) => {
        served = true;
        return u;
      });
      await Promise.resolve();
      expect(served).toBe(false);
      expect(minter.available).toBe(0);
      const u = await fresh;
      expect(decodeJwt(u.authorization.slice(7)).sub).toBe(u.sub);
    } finally {
      minter.close();
    }
  });

  it('mints on the calling thread once its thread is gone, for a case already waiting and for later ones', { timeout: 10_000 }, async () => {
    // Nothing minted ahead: the first case waits on the thread, and no user is ready to hide a later one's wait.
    const minter = new TokenMinter(await generateSigningKeys(), { ahead: 0 });
    minter.start();
    const waiting = minter.next();
    minter.close();
    const users = [await waiting, await minter.next()];
    for (const u of users) expect(decodeJwt(u.authorization.slice(7)).sub).toBe(u.sub);
  });
});
