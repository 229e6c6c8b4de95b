/** The `traffic` section of `conformance.html` (hooked into `report/html.ts`). Pure. */
import type { Report } from '../core/types.js';
import { escapeHtml as h } from './html-escape.js';
import { omittedText, sectionOf, trafficSummary, trafficTables } from './traffic-rows.js';

/** The HTML of the traffic section ('' when the report has no `traffic`). */
export function trafficHtml(report: Report): string {
  const s = sectionOf(report);
  if (!s) return '';
  const tables = trafficTables(s)
    .filter((t) => t.rows.length > 0)
    .map((t) => {
      const cls = (i: number) => (t.numeric.includes(i) ? ' class="num"' : '');
      const head = t.columns.map((c, i) => `<th${cls(i)}>${h(c)}</th>`).join('');
      const rows = t.rows.map((r) => `<tr>${r.map((c, i) => `<td${cls(i)}>${t.numeric.includes(i) ? h(c) : `<code>${h(c)}</code>`}</td>`).join('')}</tr>`);
      const more = t.omitted ? `<p>${h(omittedText(t))}</p>` : '';
      return `<h3>${h(t.title)}</h3><table><thead><tr>${head}</tr></thead><tbody>${rows.join('\n')}</tbody></table>${more}`;
    });
  return `<section id="traffic"><h2>Traffic</h2><p>${h(trafficSummary(s))}</p>${tables.join('\n')}</section>`;
}
