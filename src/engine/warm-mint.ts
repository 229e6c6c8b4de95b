/**
 * The warm start of an HTTP run with `--signing-key` (`early-worker.ts`): its fresh users are minted on a thread of
 * their own from the worker's first moment, while the worker loads the suite, builds the cases and vitest starts; the
 * target built later with the same key adopts them (`mintedCredentials`). Only the key and the minter are loaded here.
 */
import { mark } from '../core/trace.js';
import { mintAhead } from '../http/credentials.js';
import { readSigningKey } from '../http/tokens.js';
import type { WarmSpec } from './warm.js';

/**
 * Starts minting for `spec.mint` (as many users as random cases, until the real count is known); returns the function
 * that raises it to the users the run will ask for (`warmUsers`). A key that cannot be read is left for the target to
 * report.
 */
export async function warmMint(spec: WarmSpec): Promise<((users: number) => void) | undefined> {
  if (!spec.mint) return undefined;
  const keys = await readSigningKey(spec.mint.keyFile);
  mintAhead(keys, spec.runs);
  mark('minting ahead');
  return (users) => {
    mintAhead(keys, users);
    mark(`minting ahead: ${users} users`);
  };
}
