/** Streams an ndjson exchange log (one exchange per line, see `exchange-shape.ts`) with flat memory; bad lines are reported, never fatal. */
import type { Readable } from 'node:stream';
import { exchangeFromLine, ShapeError } from './exchange-shape.js';
import { readLines } from './lines.js';
import type { Exchange } from './types.js';

/** An exchange read from a log, or a line that could not be read and why. */
export type LogItem = { exchange: Exchange } | { malformed: string; where: string };

/** Longest line read, for a given body limit: both bodies plus room for headers and escaping. */
export const maxLineFor = (bodyLimit: number): number => Math.max(16 * 1024 * 1024, bodyLimit * 3);

/** The items of an ndjson log, in batches. `name` is how lines are cited (`name:LINE`). */
export async function* readNdjson(stream: Readable, name: string, bodyLimit: number, onBytes?: (n: number) => void): AsyncGenerator<LogItem[]> {
  const maxLine = maxLineFor(bodyLimit);
  for await (const batch of readLines(stream, maxLine, onBytes)) {
    const items: LogItem[] = [];
    for (const line of batch) {
      const where = `${name}:${line.number}`;
      if ('tooLong' in line) {
        items.push({ malformed: `line longer than ${maxLine} bytes`, where });
        continue;
      }
      let value: unknown;
      try {
        value = JSON.parse(line.text);
      } catch {
        items.push({ malformed: 'not JSON', where });
        continue;
      }
      try {
        items.push({ exchange: exchangeFromLine(value, where, bodyLimit) });
      } catch (e) {
        if (!(e instanceof ShapeError)) throw e;
        items.push({ malformed: e.message, where });
      }
    }
    yield items;
  }
}
