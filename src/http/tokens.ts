/** RS256 user tokens: key pairs, PEM import, minting `{sub, iat, exp}`, and the fixed-token mode (SPEC §3.2). */
import { createPrivateKey, createPublicKey, randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { exportPKCS8, exportSPKI, generateKeyPair, importPKCS8, importSPKI, SignJWT } from 'jose';
import { UsageError } from '../core/errors.js';
import type { UserCredential } from '../core/http.js';

/** A signing key pair in both forms: jose keys for signing/verifying, PEM text for files and printing. */
export interface SigningKeys {
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  /** PKCS#8 PEM of the private key. */
  privateKeyPem: string;
  /** SPKI PEM of the public key. */
  publicKeyPem: string;
}

/** Claims of a minted token; times in seconds since the epoch. */
export interface MintOptions {
  sub?: string;
  /** Lifetime in seconds (default one hour); negative gives an already expired token. */
  ttlSeconds?: number;
  /** "Now" in seconds (default the clock). */
  now?: number;
}

/** The default environment variable holding a fixed user token. */
export const defaultTokenEnv = 'PARAGON_USER_TOKEN';

/** Generates a fresh RS256 key pair (2048-bit, extractable so it can be written as PEM). */
export async function generateSigningKeys(): Promise<SigningKeys> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  return { privateKey, publicKey, privateKeyPem: await exportPKCS8(privateKey), publicKeyPem: await exportSPKI(publicKey) };
}

/** Imports a PKCS#8 PEM private key and derives its public half; `source` names it in error messages. */
export async function importSigningKey(pem: string, source: string): Promise<SigningKeys> {
  try {
    const derived = createPublicKey(createPrivateKey(pem)).export({ type: 'spki', format: 'pem' }).toString();
    const privateKey = await importPKCS8(pem, 'RS256', { extractable: true });
    const publicKey = await importSPKI(derived, 'RS256', { extractable: true });
    const publicKeyPem = await exportSPKI(publicKey);
    return { privateKey, publicKey, privateKeyPem: pem, publicKeyPem };
  } catch (e) {
    throw new UsageError(
      `${source} is not a usable RS256 private key (${(e as Error).message}). Pass a PKCS#8 PEM file ("-----BEGIN PRIVATE KEY-----") to --signing-key, e.g. the private.pem written by \`paragon-conformance serve\`.`,
    );
  }
}

/** Reads and imports the `--signing-key` file. */
export async function readSigningKey(path: string): Promise<SigningKeys> {
  let pem: string;
  try {
    pem = await readFile(path, 'utf8');
  } catch (e) {
    throw new UsageError(
      `cannot read --signing-key ${path} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}). Pass the path of a PKCS#8 PEM private key.`,
    );
  }
  return importSigningKey(pem, `--signing-key ${path}`);
}

/** Mints an RS256 user token with `sub`, `iat` and `exp` (a random `sub` when none is given). */
export async function mintToken(privateKey: CryptoKey, opts: MintOptions = {}): Promise<string> {
  const now = opts.now ?? Math.floor(Date.now() / 1000);
  const ttl = opts.ttlSeconds ?? 3600;
  const iat = ttl < 0 ? now + ttl * 2 : now;
  return new SignJWT({})
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT' })
    .setSubject(opts.sub ?? `user-${randomUUID()}`)
    .setIssuedAt(iat)
    .setExpirationTime(now + ttl)
    .sign(privateKey);
}

/** A fresh user for a run: a random `conformance-…` subject and its minted token as an Authorization value. */
export async function mintUser(privateKey: CryptoKey): Promise<UserCredential> {
  const sub = `conformance-${randomUUID()}`;
  return { sub, authorization: `Bearer ${await mintToken(privateKey, { sub })}` };
}

/** The fixed token of `--token-env VAR`; a missing or empty variable is a usage error saying what to set. */
export function tokenFromEnv(env: NodeJS.ProcessEnv, varName: string = defaultTokenEnv): string {
  const token = env[varName]?.trim();
  if (!token) {
    throw new UsageError(
      `no user token: the environment variable ${varName} is not set. Set ${varName} to a Paragon user token (or name another variable with --token-env VAR), or pass --signing-key PEM to mint a fresh user per case.`,
    );
  }
  return token;
}
