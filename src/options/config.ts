/** `paragon-conformance.config.json`: any `check` flag by its long name; checked against schemas/config.schema.json. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../core/errors.js';
import { packagePath } from '../core/paths.js';
import { createAjv } from '../schema/oracle.js';
import { configErrorText } from './config-errors.js';
import { fromFlags } from './flags.js';
import type { CheckInput } from './types.js';

export const configFileName = 'paragon-conformance.config.json';
const schemaFile = packagePath('schemas', 'config.schema.json');

/** Reads the config file in `cwd` (none → {}); a wrong key or type is a UsageError naming the key and the file. */
export function readConfig(cwd: string): CheckInput {
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
  const { $schema: _s, ...values } = data as Record<string, unknown>;
  return fromFlags(values);
}
