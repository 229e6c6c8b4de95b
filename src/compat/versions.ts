/** Loads OLD and NEW for `compat`: a path (or `embedded`, the shipped schema), parsed and meta-validated by `parseSchema`. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../core/errors.js';
import { embeddedSchemaPath, type LoadedSchema, parseSchema } from '../schema/load.js';

/**
 * Reads one version. `which` names it in messages (`OLD`, `NEW`); the word `embedded` means the schema that ships
 * in the package. Unreadable or invalid schemas are usage errors (exit 2) saying which version and what to do.
 */
export function loadVersion(which: string, spec: string, cwd: string): LoadedSchema {
  const path = spec === 'embedded' ? embeddedSchemaPath : resolve(cwd, spec);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    throw new UsageError(`cannot read ${which} schema ${spec} (${code}). Pass the path of a JSON Schema file (or the word embedded for the shipped schema).`);
  }
  try {
    return parseSchema(text, spec === 'embedded' ? 'embedded connected-user.schema.json' : spec);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    // parseSchema's advice is about --schema; keep what was wrong and give the advice for this command.
    const what = e.message.replace(/\s+(Pass a JSON Schema|Fix the schema)[\s\S]*$/, '');
    throw new UsageError(`${which}: ${what} Fix the ${which} schema file.`);
  }
}
