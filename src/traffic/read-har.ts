/**
 * Streams the entries of a HAR file with stream-json (a SAX-style parser: one entry in memory at a time), so a HAR of
 * gigabytes is read with flat memory. A bad entry is reported and skipped; a file that stops being JSON ends there, reported.
 */
import type { Readable } from 'node:stream';
import chain from 'stream-chain';
import { parser } from 'stream-json';
import { pick } from 'stream-json/filters/pick.js';
import { streamArray } from 'stream-json/streamers/stream-array.js';
import { exchangeFromHar, ShapeError } from './exchange-shape.js';
import type { LogItem } from './read-ndjson.js';

/** The items of a HAR file (`log.entries[]`), one at a time. `name` is how entries are cited (`name entry N`). */
export async function* readHar(stream: Readable, name: string, bodyLimit: number): AsyncGenerator<LogItem[]> {
  const pipeline = chain([stream, parser({ streamValues: false }), pick({ filter: 'log.entries' }), streamArray()]);
  let n = 0;
  let inParser = true; // errors from the parser are malformed input; errors from our own code are bugs and propagate
  try {
    for await (const item of pipeline as AsyncIterable<{ key: number; value: unknown }>) {
      inParser = false;
      n = item.key + 1;
      const where = `${name} entry ${n}`;
      let read: LogItem;
      try {
        read = { exchange: exchangeFromHar(item.value, where, bodyLimit) };
      } catch (e) {
        if (!(e instanceof ShapeError)) throw e;
        read = { malformed: e.message, where };
      }
      yield [read];
      inParser = true;
    }
  } catch (e) {
    if (!inParser) throw e;
    yield [{ malformed: `not a valid HAR file after entry ${n}: ${(e as Error).message.slice(0, 200)}`, where: `${name} entry ${n + 1}` }];
  } finally {
    stream.destroy();
  }
}
