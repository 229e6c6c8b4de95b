/**
 * What a run's warm start depends on (`warm.ts` builds the cases, `warm-mint.ts` mints the users), and how it travels
 * to the early vitest worker: as JSON in an environment variable. Kept apart and small, so that the worker can read it
 * and start minting before it loads the rest of the suite's code.
 */
import { resolve } from 'node:path';
import type { CheckOptions } from '../options/types.js';

/** What the cases of a run depend on (nothing secret: it travels in the worker's environment). */
export interface WarmSpec {
  /** Absolute path of `--schema`, or null for the embedded schema. */
  schema: string | null;
  seed: number;
  runs: number;
  shard: { index: number; count: number } | null;
  dictionary: CheckOptions['dictionary'];
  /**
   * An HTTP target with `--signing-key`, no `--rate` (a paced run waits for its pace, not for tokens) and no replay (a
   * few users): the key file (absolute, never its contents), the checks selected, concurrency and writes.
   */
  mint: { keyFile: string; checks: string[]; concurrency: number; writes: boolean } | null;
}

/** The environment variable that carries a {@link WarmSpec} to the worker. */
export const warmEnv = 'PARAGON_WARM';

/** The warm spec of a run's options. */
export function warmSpecOf(o: CheckOptions): WarmSpec {
  return {
    schema: o.schemaPath === undefined ? null : resolve(o.cwd, o.schemaPath),
    seed: o.seed,
    runs: o.runs,
    shard: o.shard ?? null,
    dictionary: o.dictionary,
    mint:
      o.http.signingKey !== undefined && !o.http.rate && !o.replayPath && o.targets.some((t) => /^https?:\/\//i.test(t))
        ? { keyFile: resolve(o.cwd, o.http.signingKey), checks: o.checks, concurrency: o.http.concurrency, writes: o.http.allowWrites }
        : null,
  };
}
