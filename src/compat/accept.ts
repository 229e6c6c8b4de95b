/** `--accept FILE`: acknowledged breaks, checked against `schemas/compat-accept.schema.json`; a wrong key is exit 2 naming it. */
import { readFileSync } from 'node:fs';
import { UsageError } from '../core/errors.js';
import { packagePath } from '../core/paths.js';
import { createAjv } from '../schema/oracle.js';
import type { JudgedChange, Role } from './types.js';
import { roles } from './types.js';

/** One acknowledged break. */
export interface AcceptEntry {
  change: string;
  role: Role | 'both';
  reason: string;
  link?: string;
  /** `YYYY-MM-DD`; from that day on the entry accepts nothing. */
  expires?: string;
}

const schemaFile = packagePath('schemas', 'compat-accept.schema.json');

/** Parses accept-file text; errors name the file, the entry and the key, and say what to do. */
export function parseAccept(text: string, file: string): AcceptEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`--accept ${file} is not valid JSON (${(e as Error).message}). Fix it; its shape is schemas/compat-accept.schema.json.`);
  }
  const validate = createAjv().compile(JSON.parse(readFileSync(schemaFile, 'utf8')) as object);
  if (!validate(data)) {
    // A misspelt key also makes a required one missing: name the unknown key, the cause.
    const e = validate.errors!.find((x) => x.keyword === 'additionalProperties') ?? validate.errors![0]!;
    const where = e.instancePath
      ? e.instancePath
          .slice(1)
          .replace(/^accept\/(\d+)/, 'accept[$1]')
          .replace(/\//g, '.')
      : '(root)';
    const what =
      e.keyword === 'additionalProperties'
        ? `unknown key '${String(e.params.additionalProperty)}' in ${where}`
        : e.keyword === 'required'
          ? `${where} lacks '${String(e.params.missingProperty)}'`
          : `${where} ${e.message ?? 'is invalid'}`;
    throw new UsageError(
      `--accept ${file}: ${what}. Each entry is {"change": "PATH:KEYWORD", "role": "reader"|"writer"|"both", "reason": "…"} (schemas/compat-accept.schema.json).`,
    );
  }
  return (data as { accept: AcceptEntry[] }).accept;
}

/** Reads an accept file; an unreadable one is a usage error. */
export function readAccept(file: string, shownAs = file): AcceptEntry[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read --accept ${shownAs} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}). Check the path.`);
  }
  return parseAccept(text, shownAs);
}

/**
 * Marks the breaking and unknown verdicts an entry acknowledges (`accepted: reason`), in place.
 * @returns entries that matched nothing (stale: the change is gone or no longer breaks) and expired ones.
 */
export function applyAccept(changes: JudgedChange[], entries: readonly AcceptEntry[], today: string): { stale: AcceptEntry[]; expired: AcceptEntry[] } {
  const stale: AcceptEntry[] = [];
  const expired: AcceptEntry[] = [];
  for (const entry of entries) {
    if (entry.expires !== undefined && entry.expires <= today) {
      expired.push(entry);
      continue;
    }
    let used = false;
    for (const c of changes) {
      if (c.id !== entry.change) continue;
      for (const role of roles) {
        const v = c[role];
        if (!v || v.verdict === 'compatible' || (entry.role !== 'both' && entry.role !== role)) continue;
        v.accepted = entry.reason;
        used = true;
      }
    }
    if (!used) stale.push(entry);
  }
  return { stale, expired };
}
