/** The baseline file (`paragon-conformance.baseline.json`, or `--baseline FILE`): read, checked against its schema, written. */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../core/errors.js';
import { writeFileAtomic } from '../core/files.js';
import { packagePath } from '../core/paths.js';
import { createAjv } from '../schema/oracle.js';

/** One known finding. */
export interface BaselineEntry {
  fingerprint: string;
  check: string;
  reason: string;
  link?: string;
  /** `YYYY-MM-DD`: from this date on the finding gates again. */
  expires?: string;
  /** Only this target spec; all targets when absent. */
  target?: string;
  signature?: string;
}

export const baselineFileName = 'paragon-conformance.baseline.json';

/** The baseline file of a run: the given one, else the default name in `cwd` when it exists (undefined: none). */
export function baselinePathOf(cwd: string, given: string | undefined, forWriting: boolean): string | undefined {
  if (given !== undefined) return resolve(cwd, given);
  const file = resolve(cwd, baselineFileName);
  return forWriting || existsSync(file) ? file : undefined;
}

/** Reads and checks a baseline file; a given file that is missing, not JSON or off-schema is a usage error naming it. */
export function readBaseline(file: string, mustExist: boolean): BaselineEntry[] {
  if (!existsSync(file)) {
    if (mustExist)
      throw new UsageError(`baseline file ${file} does not exist. Create it with \`check --update-baseline\`, or fix the path given to --baseline.`);
    return [];
  }
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new UsageError(`baseline file ${file} is not valid JSON (${(e as Error).message}). Fix it, or write a fresh one with --update-baseline.`);
  }
  const validate = createAjv().compile(JSON.parse(readFileSync(packagePath('schemas', 'baseline.schema.json'), 'utf8')));
  if (!validate(data)) {
    const e = validate.errors![0]!;
    const what = e.keyword === 'additionalProperties' ? `unknown key '${String(e.params.additionalProperty)}'` : e.message;
    throw new UsageError(`baseline file ${file}: ${e.instancePath || '(root)'} ${what}. Its shape is schemas/baseline.schema.json.`);
  }
  return (data as { entries: BaselineEntry[] }).entries;
}

/** Writes the baseline atomically, entries sorted by check and fingerprint (stable diffs in review). */
export async function writeBaseline(file: string, entries: readonly BaselineEntry[]): Promise<void> {
  const sorted = [...entries].sort(
    (a, b) => a.check.localeCompare(b.check) || a.fingerprint.localeCompare(b.fingerprint) || (a.target ?? '').localeCompare(b.target ?? ''),
  );
  const doc = { $schema: 'https://paragon-conformance.dev/schemas/baseline.schema.json', version: 1, entries: sorted };
  await writeFileAtomic(file, `${JSON.stringify(doc, null, 2)}\n`);
}
