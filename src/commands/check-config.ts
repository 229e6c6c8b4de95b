/** `paragon-conformance.config.json`: any `check` flag by its long name; checked against schemas/config.schema.json. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../core/errors.js';
import { packagePath } from '../core/paths.js';
import { createAjv } from '../schema/oracle.js';
import type { FlagValues } from './check-flags.js';
import { configErrorText } from './config-errors.js';

export const configFileName = 'paragon-conformance.config.json';
const schemaFile = packagePath('schemas', 'config.schema.json');

/** Reads the config file in `cwd` (none → {}); a wrong key or type is a UsageError naming the key and the file. */
export function readConfig(cwd: string): FlagValues {
  const file = join(cwd, configFileName);
  if (!existsSync(file)) return {};
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new UsageError(`${file} is not valid JSON (${(e as Error).message}). Fix it or remove it.`);
  }
  const validate = createAjv().compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
  if (!validate(data)) {
    throw new UsageError(`${file}: ${configErrorText(validate.errors![0]!)}.`);
  }
  const out: FlagValues = {};
  for (const [k, v] of Object.entries(data as Record<string, unknown>)) {
    if (k === '$schema') continue;
    (out as Record<string, unknown>)[k] = typeof v === 'number' ? String(v) : v;
  }
  return out;
}
