/**
 * Streams the entries of a HAR file with @streamparser/json (the streaming parser `fixtures check` uses too: one entry
 * in memory at a time), so a HAR of gigabytes is read with flat memory. A bad entry is reported and skipped; a file that
 * stops being JSON ends there, reported.
 */
import type { Readable } from 'node:stream';
import JSONParser from '@streamparser/json/jsonparser.js';
import { exchangeFromHar, ShapeError } from './exchange-shape.js';
import type { LogItem } from './read-ndjson.js';

/** The items of a HAR file (`log.entries[]`), a batch per chunk read. `name` is how entries are cited (`name entry N`). */
export async function* readHar(stream: Readable, name: string, bodyLimit: number): AsyncGenerator<LogItem[]> {
  const parser = new JSONParser({ paths: ['$.log.entries.*'], keepStack: false });
  let n = 0;
  let batch: LogItem[] = [];
  let broken: Error | undefined;
  parser.onValue = ({ value }) => {
    n++;
    const where = `${name} entry ${n}`;
    try {
      batch.push({ exchange: exchangeFromHar(value, where, bodyLimit) });
    } catch (e) {
      if (!(e instanceof ShapeError)) throw e; // a bug of ours, not the file's
      batch.push({ malformed: e.message, where });
    }
  };
  parser.onError = (e) => {
    broken ??= e;
  };
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (!broken) parser.write(chunk);
      if (batch.length) yield batch.splice(0);
      if (broken) break;
    }
    if (!broken && !parser.isEnded) broken = new Error('unexpected end of file');
  } finally {
    stream.destroy();
  }
  batch = [];
  if (broken) yield [{ malformed: `not a valid HAR file after entry ${n}: ${broken.message.slice(0, 200)}`, where: `${name} entry ${n + 1}` }];
}
