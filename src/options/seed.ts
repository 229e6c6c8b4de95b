/** Seeds from text (`--seed` of `check` and `generate`, `PARAGON_SEED`); its own module, so `generate` loads nothing else. */
import { UsageError } from '../core/errors.js';

/** A seed from text: any safe integer, negative too. */
export function parseSeed(text: string, where: string): number {
  const n = Number(text.trim());
  if (!/^-?\d+$/.test(text.trim()) || !Number.isSafeInteger(n))
    throw new UsageError(`${where} must be an integer (as printed by an earlier run), got '${text}'.`);
  return n;
}
