/** The `traffic` section of `conformance.md` (hooked into `report/markdown.ts`). Pure. */
import type { Report } from '../core/types.js';
import { sectionOf, trafficSummary, trafficTables } from './traffic-rows.js';

/** The Markdown escapers of `report/markdown.ts`, passed in so this module does not import its host (no cycle). */
export interface MdEscapers {
  code(text: string): string;
  text(text: string): string;
}

/** Markdown lines of the traffic section (none when the report has no `traffic`). */
export function trafficMarkdown(report: Report, md: MdEscapers): string[] {
  const s = sectionOf(report);
  if (!s) return [];
  const out = ['', '## Traffic', '', md.text(trafficSummary(s))];
  for (const t of trafficTables(s)) {
    if (t.rows.length === 0) continue;
    const align = t.columns.map((_, i) => (t.numeric.includes(i) ? '---:' : '---'));
    out.push('', `### ${md.text(t.title)}`, '', `| ${t.columns.map(md.text).join(' | ')} |`, `|${align.join('|')}|`);
    for (const row of t.rows) out.push(`| ${row.map((c, i) => (t.numeric.includes(i) ? md.text(c) : md.code(c))).join(' | ')} |`);
    if (t.omitted) out.push('', `${t.omitted} more rows are in conformance.json.`);
  }
  return out;
}
