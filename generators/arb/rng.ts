/** Per-case random streams: a case's randomness depends only on (seed, kind, index, attempt), never on other cases. */
import fc from 'fast-check';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';

/** A 32-bit avalanche hash step (murmur3 finaliser). */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/** Hashes a list of 32-bit words with a salt into one 32-bit word. */
function hashWords(words: readonly number[], salt: number): number {
  let h = salt | 0;
  for (const w of words) h = fmix((h ^ Math.imul(w | 0, 0x9e3779b1)) + 0x7f4a7c15);
  return h;
}

const kinds = { valid: 1, invalid: 2 } as const;

/** A fresh fast-check Random for one case. Seeds beyond 32 bits are honoured (high and low words both count). */
export function caseRandom(seed: number, kind: 'valid' | 'invalid', index: number, attempt = 0): fc.Random {
  const hi = Math.floor(seed / 0x1_0000_0000);
  const words = [seed | 0, hi | 0, kinds[kind], index | 0, Math.floor(index / 0x1_0000_0000), attempt];
  const state: number[] = [0x243f6a88, 0x85a308d3, 0x13198a2e, 0x03707344].map((salt) => hashWords(words, salt));
  if (!state.some((w) => w !== 0)) state[0] = 1;
  return new fc.Random(xoroshiro128plusFromState(state));
}

/** fast-check's bias schedule (small values early), keyed on the case's ordinal among random cases. */
export function biasFor(ordinal: number): number {
  return 2 + Math.floor(Math.log(ordinal + 1) / Math.log(10));
}
