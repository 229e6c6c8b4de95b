/** Writes the report files atomically (temp file in the same directory, then rename), async and sync (exit handlers). */
import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Report } from '../core/types.js';
import { allFormats, formats, type Format } from './formats.js';
import { redact, redactReport } from './redact.js';

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

/** A temp name next to the target: same directory (so rename is atomic), hidden, unique per process and call. */
function tempPath(path: string): string {
  const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return `${path.slice(0, slash + 1)}.${path.slice(slash + 1)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
}

/** Writes `text` to `path` atomically: readers see the old file or the new one, never a part. */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const tmp = tempPath(path);
  try {
    await writeFile(tmp, text, { encoding: 'utf8', flush: true });
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

/** Synchronous `writeFileAtomic`, for SIGINT and exit handlers where nothing async can run. */
export function writeFileAtomicSync(path: string, text: string): void {
  const tmp = tempPath(path);
  try {
    writeFileSync(tmp, text, { encoding: 'utf8', flush: true });
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
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
