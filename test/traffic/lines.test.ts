// The line reader keeps memory flat: a line over the limit is skipped and reported wherever the limit is crossed.
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { type Line, readLines } from '../../src/traffic/lines.js';

async function all(chunks: string[], max: number): Promise<Line[]> {
  const out: Line[] = [];
  for await (const batch of readLines(Readable.from(chunks.map((c) => Buffer.from(c))), max)) out.push(...batch);
  return out;
}

describe('readLines', () => {
  it('splits across chunks, drops CR and blank lines, keeps the last line without a newline', async () => {
    expect(await all(['ab', 'c\r\n\nd', 'e\nf'], 100)).toEqual([
      { number: 1, text: 'abc' },
      { number: 3, text: 'de' },
      { number: 4, text: 'f' },
    ]);
  });

  it('a line that crosses the limit in the chunk holding its newline is skipped', async () => {
    expect(await all(['12345678', '9012\nok\n'], 10)).toEqual([
      { number: 1, tooLong: true },
      { number: 2, text: 'ok' },
    ]);
  });

  it('a line that crosses the limit before its newline is skipped; so is an endless last line', async () => {
    expect(await all(['1234567890123', '45\nok\n', 'x'.repeat(20)], 10)).toEqual([
      { number: 1, tooLong: true },
      { number: 2, text: 'ok' },
      { number: 3, tooLong: true },
    ]);
  });

  it('multi-byte characters split between chunks stay whole', async () => {
    const text = 'ключ→😀';
    const bytes = Buffer.from(`${text}\n`);
    const out: Line[] = [];
    for await (const batch of readLines(Readable.from([bytes.subarray(0, 3), bytes.subarray(3, 9), bytes.subarray(9)]), 100)) out.push(...batch);
    expect(out).toEqual([{ number: 1, text }]);
  });
});
