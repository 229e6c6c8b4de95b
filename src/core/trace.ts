/**
 * Phase marks for measuring a whole process (`PARAGON_TRACE=1`, read by `bench/startup.ts`): one stderr line per
 * phase, `paragon-trace <pid> <epoch ms> <label>`, from the CLI and from the vitest worker alike; nothing when unset.
 */
const on = process.env.PARAGON_TRACE === '1';

/** Marks that `label` is reached now (a no-op unless `PARAGON_TRACE=1`). */
export function mark(label: string): void {
  if (on) process.stderr.write(`paragon-trace ${process.pid} ${(performance.timeOrigin + performance.now()).toFixed(1)} ${label}\n`);
}
