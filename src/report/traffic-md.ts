/** The `traffic` section of `conformance.md` (hooked into `report/markdown.ts`). Pure. */
import type { Report } from '../core/types.js';
import { mdCode, mdText } from './md-escape.js';
import { omittedText, sectionOf, trafficSummary, trafficTables } from './traffic-rows.js';

/** Markdown lines of the traffic section (none when the report has no `traffic`). */
export function trafficMarkdown(report: Report): string[] {
  const s = sectionOf(report);
  if (!s) return [];
  const out = ['', '## Traffic', '', mdText(trafficSummary(s))];
  for (const t of trafficTables(s)) {
    if (t.rows.length === 0) continue;
    const align = t.columns.map((_, i) => (t.numeric.includes(i) ? '---:' : '---'));
    out.push('', `### ${mdText(t.title)}`, '', `| ${t.columns.map((c) => mdText(c)).join(' | ')} |`, `|${align.join('|')}|`);
    for (const row of t.rows) out.push(`| ${row.map((c, i) => (t.numeric.includes(i) ? mdText(c) : mdCode(c))).join(' | ')} |`);
    if (t.omitted) out.push('', omittedText(t));
  }
  return out;
}
