/** The progress line on a TTY (requests seen, violations), redrawn at most four times a second; silent on CI. */
import type { Writable } from 'node:stream';

/** Starts redrawing `line()` on `out` when `interactive`; the returned function stops and clears it. */
export function startProgress(out: Writable, interactive: boolean, line: () => string): () => void {
  if (!interactive) return () => undefined;
  let last = '';
  const timer = setInterval(() => {
    const next = line();
    if (next !== last) out.write(`\r\x1b[K${next}`);
    last = next;
  }, 250);
  timer.unref();
  return () => {
    clearInterval(timer);
    if (last) out.write('\r\x1b[K');
  };
}
