/**
 * The peer of `generate` for the end-to-end benchmark: a plain node script driving json-schema-faker to write COUNT
 * Connected Users to FILE as ndjson (one seeded `generateSync` per line, written with backpressure).
 *
 * argv: COUNT FILE
 */
import { createWriteStream, readFileSync } from 'node:fs';
import { generateSync, type JsonSchema } from 'json-schema-faker';

const [count = '0', file = ''] = process.argv.slice(2);
const schema = JSON.parse(readFileSync(new URL('../../schemas/connected-user.schema.json', import.meta.url), 'utf8')) as JsonSchema;
const out = createWriteStream(file);
let batch = '';
for (let i = 0; i < Number(count); i++) {
  batch += `${JSON.stringify(generateSync(schema, { seed: i + 1 }))}\n`;
  if (batch.length >= 64 * 1024) {
    if (!out.write(batch)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    batch = '';
  }
}
await new Promise<void>((resolve) => out.end(batch, () => resolve()));
