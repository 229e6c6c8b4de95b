/** Reads a `conformance.json` (or the one in a report directory), checked against the report schema, upgraded to today's shape. */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from '../core/errors.js';
import type { Report } from '../core/types.js';
import { upgradeReport } from './merge.js';
import { validateReport } from './schema.js';

/** Reads and validates a report; `path` is a `conformance.json` or a directory holding one. Problems are `UsageError`s naming the file. */
export async function readReportFile(path: string): Promise<Report> {
  const file = (await stat(path).catch(() => undefined))?.isDirectory() ? join(path, 'conformance.json') : path;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(
      `cannot read ${file} (${code ?? (e as Error).message}). Pass directories that \`check --report-dir DIR\` wrote (with json in --format).`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${file} is not valid JSON (${(e as Error).message}). Run the check again to rewrite it.`);
  }
  const problems = validateReport(value);
  if (problems.length) {
    const shown = problems.slice(0, 5).join('; ');
    throw new UsageError(
      `${file} is not a valid conformance report: ${shown}${problems.length > 5 ? `; and ${problems.length - 5} more` : ''}. It must follow schemas/report.schema.json.`,
    );
  }
  return upgradeReport(value as Report);
}
