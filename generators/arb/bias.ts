/** fast-check's bias arithmetic, reproduced exactly so that hand-rolled arbitraries draw what fast-check's own would. */

/** fast-check's `integerLogLike`: ⌊log₂ v⌋, computed as fast-check computes it. */
export function logLike(v: number): number {
  return Math.floor(Math.log(v) / Math.log(2));
}
