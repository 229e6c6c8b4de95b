/** Writes `compat.json` and `compat.md` atomically (async, and sync for interrupt handlers), secrets redacted. */
import { mkdirSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { UsageError } from '../core/errors.js';
import { writeFileAtomic, writeFileAtomicSync } from '../core/files.js';
import { redact } from '../core/redact.js';
import { renderMarkdown } from './render-md.js';
import type { CompatReport } from './types.js';

/** Report files `compat` can write, by `--format` name. */
export type CompatFormat = 'json' | 'md';
export const compatFormats: readonly CompatFormat[] = ['json', 'md'];

const files: Record<CompatFormat, { file: string; render: (r: CompatReport, exit: number) => string }> = {
  json: { file: 'compat.json', render: (r) => `${JSON.stringify(r, null, 2)}\n` },
  md: { file: 'compat.md', render: renderMarkdown },
};

/** Parses `--format` (`json,md`; also `markdown`); unknown names are a usage error listing the valid ones. */
export function parseCompatFormats(list: string): CompatFormat[] {
  const out: CompatFormat[] = [];
  for (const raw of list.split(',')) {
    const name = raw.trim().toLowerCase() === 'markdown' ? 'md' : raw.trim().toLowerCase();
    if (name !== 'json' && name !== 'md') throw new UsageError(`unknown report format '${raw.trim()}' in --format '${list}'. compat writes: json, md.`);
    if (!out.includes(name)) out.push(name);
  }
  return out;
}

function plan(r: CompatReport, exit: number, dir: string, list: readonly CompatFormat[], secrets: readonly string[]) {
  return list.map((f) => ({ path: join(resolve(dir), files[f].file), text: redact(files[f].render(r, exit), secrets) }));
}

/** Writes the report files; resolves to their absolute paths. */
export async function writeCompat(
  r: CompatReport,
  exit: number,
  dir: string,
  list: readonly CompatFormat[],
  secrets: readonly string[] = [],
): Promise<string[]> {
  const out = plan(r, exit, dir, list, secrets);
  await mkdir(resolve(dir), { recursive: true });
  for (const f of out) await writeFileAtomic(f.path, f.text);
  return out.map((f) => f.path);
}

/** Synchronous {@link writeCompat}, for SIGINT/SIGTERM handlers. */
export function writeCompatSync(r: CompatReport, exit: number, dir: string, list: readonly CompatFormat[], secrets: readonly string[] = []): string[] {
  const out = plan(r, exit, dir, list, secrets);
  mkdirSync(resolve(dir), { recursive: true });
  for (const f of out) writeFileAtomicSync(f.path, f.text);
  return out.map((f) => f.path);
}
