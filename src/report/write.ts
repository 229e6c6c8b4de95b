/** Writes the report files atomically (temp file in the same directory, then rename), async and sync (exit handlers). */
import { mkdirSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { writeFileAtomic, writeFileAtomicSync } from '../core/files.js';
import { redact, redactReport } from '../core/redact.js';
import type { Report } from '../core/types.js';
import { allFormats, type Format, formats } from './formats.js';

/** Options of `writeReports`. */
export interface WriteOptions {
  /** Token values, header values and other secrets to replace with `[REDACTED]` in every file. */
  secrets?: readonly string[];
}

/** The files to write: absolute path and final text (rendered from the redacted report, then redacted again as text). */
function plan(report: Report, dir: string, list: readonly Format[], secrets: readonly string[]): { path: string; text: string }[] {
  const clean = redactReport(report, secrets);
  return [...new Set(list)].map((f) => ({ path: join(resolve(dir), formats[f].file), text: redact(formats[f].render(clean), secrets) }));
}

/**
 * Renders `report` in each format and writes the files into `dir` (created if missing), each atomically.
 * @returns the absolute paths written, in format order.
 */
export async function writeReports(report: Report, dir: string, list: readonly Format[] = allFormats, options: WriteOptions = {}): Promise<string[]> {
  const files = plan(report, dir, list, options.secrets ?? []);
  await mkdir(resolve(dir), { recursive: true });
  for (const f of files) await writeFileAtomic(f.path, f.text);
  return files.map((f) => f.path);
}

/** Synchronous `writeReports` for interrupt/exit handlers (a partial report with `verdict: "error"` beats none). */
export function writeReportsSync(report: Report, dir: string, list: readonly Format[] = allFormats, options: WriteOptions = {}): string[] {
  const files = plan(report, dir, list, options.secrets ?? []);
  mkdirSync(resolve(dir), { recursive: true });
  for (const f of files) writeFileAtomicSync(f.path, f.text);
  return files.map((f) => f.path);
}
