/** Splits a byte stream into lines with flat memory: a line longer than the limit is skipped (and reported), never buffered whole. */
import type { Readable } from 'node:stream';

/** One line: its 1-based number and text, or `tooLong` when it was skipped. */
export type Line = { number: number; text: string } | { number: number; tooLong: true };

/**
 * Yields the lines of `stream` in batches (one batch per chunk read), without the line terminator (`\n` or `\r\n`).
 * Blank lines are left out. `onBytes` is told how many bytes were consumed, for progress.
 */
export async function* readLines(stream: Readable, maxLine: number, onBytes: (n: number) => void = () => undefined): AsyncGenerator<Line[]> {
  let parts: Buffer[] = [];
  let partSize = 0;
  let skipping = false;
  let number = 0;
  const finish = (tail: Buffer | undefined, out: Line[]): void => {
    number++;
    if (skipping) {
      out.push({ number, tooLong: true });
      skipping = false;
    } else {
      const whole = parts.length === 0 ? tail : Buffer.concat(tail ? [...parts, tail] : parts);
      let text = whole ? whole.toString('utf8') : '';
      if (text.endsWith('\r')) text = text.slice(0, -1);
      if (text.trim() !== '') out.push({ number, text });
    }
    parts = [];
    partSize = 0;
  };
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    onBytes(chunk.length);
    const out: Line[] = [];
    let start = 0;
    for (let nl = chunk.indexOf(10, start); nl !== -1; nl = chunk.indexOf(10, start)) {
      if (!skipping && partSize + (nl - start) > maxLine) skipping = true;
      finish(skipping ? undefined : chunk.subarray(start, nl), out);
      start = nl + 1;
    }
    if (start < chunk.length && !skipping) {
      partSize += chunk.length - start;
      if (partSize > maxLine) {
        skipping = true;
        parts = [];
      } else parts.push(chunk.subarray(start));
    }
    if (out.length) yield out;
  }
  if (partSize > 0 || skipping) {
    const out: Line[] = [];
    finish(undefined, out);
    if (out.length) yield out;
  }
}
