/** Where user tokens come from: minted per user with a signing key, or one fixed token; plus bad tokens to probe auth. */
import { randomUUID } from 'node:crypto';
import { decodeJwt } from 'jose';
import type { BadCredential, UserCredential } from '../core/http.js';
import { mark } from '../core/trace.js';
import { adoptMinter, premint, TokenMinter } from './minter.js';
import { generateSigningKeys, mintToken, type SigningKeys } from './tokens.js';

/** A source of good and bad credentials. */
export interface CredentialSource {
  readonly mode: 'minted' | 'fixed';
  newUser(): Promise<UserCredential>;
  badCredentials(user: UserCredential): Promise<BadCredential[]>;
  /** Values to redact (the fixed token). */
  readonly secrets: readonly string[];
  /** Stops what the source runs in the background (a minting thread). */
  close?(): void;
  /** The run will ask for this many more fresh users (from now on): a minting source makes them ahead. */
  expect?(users: number): void;
}

const b64 = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A JWT with `alg: none` and no signature, claiming `sub`. */
function unsignedToken(sub: string): string {
  const now = Math.floor(Date.now() / 1000);
  return `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub, iat: now, exp: now + 3600 })}.`;
}

/** `token` with one character of its signature changed. */
function corruptSignature(token: string): string {
  const [h = '', p = '', s = ''] = token.split('.');
  const first = s.charAt(0) === 'A' ? 'B' : 'A';
  return `${h}.${p}.${first}${s.slice(1)}`;
}

/** `token` with its payload claiming another `sub` but the original signature. */
function tamperedToken(token: string, sub: string): string {
  const [h = '', p = '', s = ''] = token.split('.');
  let claims: Record<string, unknown> = {};
  try {
    claims = JSON.parse(Buffer.from(p, 'base64url').toString('utf8')) as Record<string, unknown>;
  } catch {
    // not a JWT: keep empty claims
  }
  return `${h}.${b64({ ...claims, sub })}.${s}`;
}

let strangerKeys: Promise<SigningKeys> | undefined;
/** A key pair no service knows, generated once per process. */
const stranger = (): Promise<SigningKeys> => (strangerKeys ??= generateSigningKeys());

async function commonBad(token: string, sub: string): Promise<BadCredential[]> {
  const other = (await stranger()).privateKey;
  return [
    { label: 'no Authorization header', authorization: null },
    { label: 'garbage token', authorization: 'Bearer not-a-token' },
    { label: 'empty bearer token', authorization: 'Bearer ' },
    { label: 'token signed with another key', authorization: `Bearer ${await mintToken(other, { sub })}` },
    { label: 'token with a corrupted signature', authorization: `Bearer ${corruptSignature(token)}` },
    { label: 'unsigned token (alg "none")', authorization: `Bearer ${unsignedToken(sub)}` },
    { label: 'token whose claims were altered after signing', authorization: `Bearer ${tamperedToken(token, `${sub}-other`)}` },
  ];
}

/**
 * Mints a fresh user (random `sub`) per `newUser()` with the given keys, ahead of time on a thread of its own (started
 * now, or adopted from `mintAhead`, with the key pair of the bad credentials, so that neither makes the first cases
 * wait).
 */
export function mintedCredentials(keys: SigningKeys): CredentialSource {
  const early = adoptMinter(keys);
  if (early) mark('minter adopted');
  const minter = early ?? new TokenMinter(keys);
  minter.start();
  void stranger();
  return {
    mode: 'minted',
    secrets: [],
    newUser: () => minter.next(),
    close: () => minter.close(),
    expect: (users) => minter.expect(users),
    async badCredentials(user) {
      const sub = user.sub ?? `conformance-${randomUUID()}`;
      const token = user.authorization.replace(/^Bearer\s+/i, '');
      const expired = await mintToken(keys.privateKey, { sub, ttlSeconds: -3600 });
      return [...(await commonBad(token, sub)), { label: 'expired token', authorization: `Bearer ${expired}` }];
    },
  };
}

/**
 * Warm start: begins minting `users` fresh users with `keys` (and the bad credentials' key pair) before the run's target
 * exists; the target that `mintedCredentials` builds with the same key adopts them.
 */
export function mintAhead(keys: SigningKeys, users: number): void {
  premint(keys, users);
  void stranger();
}

/** One fixed token for every case (cases share that user's state). */
export function fixedCredentials(token: string): CredentialSource {
  let sub = 'unknown';
  try {
    const claimed = decodeJwt(token).sub;
    if (typeof claimed === 'string') sub = claimed;
  } catch {
    // an opaque (non-JWT) token: bad variants are built without its claims
  }
  void stranger();
  return {
    mode: 'fixed',
    secrets: [token],
    newUser: async () => ({ sub, authorization: `Bearer ${token}` }),
    async badCredentials() {
      const expired = await mintToken((await stranger()).privateKey, { sub, ttlSeconds: -3600 });
      return [...(await commonBad(token, sub)), { label: 'expired token (signed with an unknown key)', authorization: `Bearer ${expired}` }];
    },
  };
}
