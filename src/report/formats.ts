/** The report formats as data: name → file name and pure renderer (SPEC §6), plus `--format` parsing. */

import { UsageError } from '../core/errors.js';
import type { Report } from '../core/types.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderJunit } from './junit.js';
import { renderMarkdown } from './markdown.js';

/** A report format name as given to `--format`. */
export type Format = 'json' | 'junit' | 'md' | 'html';

/** How one format is written. */
export interface FormatDef {
  file: string;
  render(report: Report): string;
}

/** Every format, in the order they are written. */
export const formats: Readonly<Record<Format, FormatDef>> = {
  json: { file: 'conformance.json', render: renderJson },
  junit: { file: 'junit.xml', render: renderJunit },
  md: { file: 'conformance.md', render: renderMarkdown },
  html: { file: 'conformance.html', render: renderHtml },
};

/** All formats (the default of `--format`). */
export const allFormats: readonly Format[] = ['json', 'junit', 'md', 'html'];

const aliases: Record<string, Format[]> = {
  json: ['json'],
  junit: ['junit'],
  xml: ['junit'],
  md: ['md'],
  markdown: ['md'],
  html: ['html'],
  all: [...allFormats],
};

/**
 * Parses a comma-separated `--format` value (`json,junit,md,html`; also `xml`, `markdown`, `all`), case-insensitive,
 * duplicates dropped, in the order given. Unknown or empty names are a `UsageError` listing the valid ones.
 */
export function parseFormats(list: string): Format[] {
  const names = list.split(',').map((s) => s.trim().toLowerCase());
  const out: Format[] = [];
  for (const name of names) {
    const found = Object.hasOwn(aliases, name) ? aliases[name] : undefined;
    if (!found) {
      throw new UsageError(`unknown report format '${name}' in --format '${list}'. Use a comma-separated list of: ${allFormats.join(', ')} (or all).`);
    }
    for (const f of found) if (!out.includes(f)) out.push(f);
  }
  return out;
}
