/**
 * The warm start of an HTTP run with `--signing-key` (`early-worker.ts`): its fresh users are minted on a thread of
 * their own from the worker's first moment, while the worker loads the suite, builds the cases and vitest starts; the
 * target built later with the same key adopts them (`mintedCredentials`). Only the key and the minter are loaded here.
 */
import { mark } from '../core/trace.js';
import { mintAhead } from '../http/credentials.js';
import { readSigningKey } from '../http/tokens.js';
import type { WarmSpec } from './warm-spec.js';

/** Most users of the first guess: about what the thread mints while the cases are built. */
const FIRST_GUESS = 256;

/**
 * Starts minting for `spec.mint`: a first guess at once (a user per random case of this shard when writes are allowed,
 * at most a few hundred: the cases take a moment to build), then the users the run will ask for (`warmUsers`), which
 * replace the guess, through the function returned. A key that cannot be read is left for the target to report.
 */
export async function warmMint(spec: WarmSpec): Promise<((users: number) => void) | undefined> {
  if (!spec.mint) return undefined;
  const keys = await readSigningKey(spec.mint.keyFile);
  const perShard = Math.ceil(spec.runs / (spec.shard?.count ?? 1));
  mintAhead(keys, spec.mint.writes ? Math.min(perShard, FIRST_GUESS) : 0);
  mark('minting ahead');
  return (users) => {
    mintAhead(keys, users);
    mark(`minting ahead: ${users} users`);
  };
}
