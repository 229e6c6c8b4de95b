/** The schema shipped in the package: its path, and its document read without ajv (it is trusted: see `load.ts`). */
import { readFileSync } from 'node:fs';
import { packagePath } from '../core/paths.js';

/** Path of the schema that ships in the package (byte-identical to the published one). */
export const embeddedSchemaPath = packagePath('schemas', 'connected-user.schema.json');

/** The shipped schema's document, parsed (a process that only hands it on need not load the validator). */
export function embeddedDocument(): Record<string, unknown> {
  return JSON.parse(readFileSync(embeddedSchemaPath, 'utf8')) as Record<string, unknown>;
}
