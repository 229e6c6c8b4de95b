/** The thread of a `TokenMinter` (`minter.ts`): signs user tokens with the RS256 key it was given, as many as asked. */
import { parentPort, workerData } from 'node:worker_threads';
import { importPKCS8 } from 'jose';
import type { UserCredential } from '../core/http.js';
import { mintUser } from './tokens.js';

const key = await importPKCS8((workerData as { pem: string }).pem, 'RS256');
parentPort!.on('message', async (n: number) => {
  const users: UserCredential[] = [];
  for (let i = 0; i < n; i++) users.push(await mintUser(key));
  parentPort!.postMessage(users);
});
