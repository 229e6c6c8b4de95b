/** Loads the Connected User schema (embedded or `--schema FILE`) and rejects anything that is not a 2020-12 schema. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { UsageError } from '../core/errors.js';
import { embeddedSchemaPath } from './embedded.js';
import { createAjv, markMetaValid, oracleFor } from './oracle.js';

export { embeddedSchemaPath } from './embedded.js';

/** A loaded schema: parsed document, its exact bytes' hash and where it came from. */
export interface LoadedSchema {
  document: Record<string, unknown>;
  text: string;
  sha256: string;
  $id: string;
  source: string;
}

/**
 * Parses and meta-validates schema text, and compiles its oracle (once: {@link oracleFor} reuses it); throws
 * `UsageError` (exit 2) with what to do. `trusted` (the schema shipped in this package, checked by its tests) skips the
 * meta-schema check, whose compilation is the largest part of a process's start-up, and leaves the oracle to be
 * compiled when first used (a process that only hands the schema on never compiles it).
 */
export function parseSchema(text: string, source: string, trusted = false): LoadedSchema {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (e) {
    throw new UsageError(
      `schema ${source} is not valid JSON (${(e as Error).message}). Pass a JSON Schema 2020-12 document to --schema, or omit --schema to use the embedded Connected User schema.`,
    );
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    throw new UsageError(`schema ${source} is not a JSON Schema: the document must be a JSON object. Pass a JSON Schema 2020-12 document to --schema.`);
  }
  if (!trusted) {
    const ajv = createAjv();
    if (!ajv.validateSchema(document)) {
      const why = (ajv.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ');
      throw new UsageError(`schema ${source} is not a valid JSON Schema 2020-12 document: ${why}. Fix the schema or omit --schema.`);
    }
  }
  markMetaValid(document);
  try {
    if (!trusted) oracleFor(document);
  } catch (e) {
    throw new UsageError(`schema ${source} cannot be compiled: ${(e as Error).message}. Fix the schema or omit --schema.`);
  }
  const doc = document as Record<string, unknown>;
  return {
    document: doc,
    text,
    sha256: createHash('sha256').update(text).digest('hex'),
    $id: typeof doc.$id === 'string' ? doc.$id : '',
    source,
  };
}

/** Reads a schema from disk (or the embedded one when `path` is undefined). */
export function loadSchema(path?: string): LoadedSchema {
  const file = path ?? embeddedSchemaPath;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read schema ${file} (${code ?? (e as Error).message}). Check the path given to --schema.`);
  }
  return parseSchema(text, path ?? 'embedded connected-user.schema.json', path === undefined);
}
