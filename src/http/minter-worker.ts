/** The thread of a `TokenMinter` (`minter.ts`): signs user tokens with the RS256 key it was given, as many as asked. */
import { randomUUID } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import { importPKCS8 } from 'jose';
import type { UserCredential } from '../core/http.js';
import { mintToken } from './tokens.js';

const key = await importPKCS8((workerData as { pem: string }).pem, 'RS256');
parentPort!.on('message', async (n: number) => {
  const users: UserCredential[] = [];
  for (let i = 0; i < n; i++) {
    const sub = `conformance-${randomUUID()}`;
    users.push({ sub, authorization: `Bearer ${await mintToken(key, { sub })}` });
  }
  parentPort!.postMessage(users);
});
parentPort!.postMessage('ready');
