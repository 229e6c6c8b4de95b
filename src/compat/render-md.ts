/** `compat.md`: the comparison as Markdown for `$GITHUB_STEP_SUMMARY` and merge-request comments (bounded size). */
import { mdCode, mdText } from '../report/md-escape.js';
import { describeViolation } from '../report/text.js';
import { verdictLine } from './render-text.js';
import { verdictsOf } from './report.js';
import { showValue } from './show.js';
import type { CompatReport, RoleVerdict } from './types.js';

/** Rows shown per table; the rest are in compat.json. */
const MAX_ROWS = 100;

const cell = (v: RoleVerdict | undefined): string => {
  if (!v) return '–';
  const w = v.verdict === 'compatible' ? 'compatible' : `**${v.verdict}**`;
  return v.accepted !== undefined ? `${v.verdict} (accepted)` : w;
};

const more = (n: number): string[] => (n > MAX_ROWS ? [`\n… and ${n - MAX_ROWS} more in compat.json.`] : []);

/** Renders the report as Markdown. */
export function renderMarkdown(r: CompatReport, exitCode: number): string {
  const out = [`## Schema compatibility: ${r.verdict}`, '', `${mdCode(r.old.source)} → ${mdCode(r.new.source)} · roles: ${r.roles.join(', ')}`, ''];
  out.push(mdText(verdictLine(r, exitCode)), '');
  if (r.changes.length === 0) out.push('No keyword-level difference: every instance is valid under both versions or under neither.');
  else {
    const roleCols = r.roles.map((x) => ` ${x} |`).join('');
    out.push(`| change | OLD → NEW |${roleCols}`, `|---|---|${r.roles.map(() => '---|').join('')}`);
    for (const c of r.changes.slice(0, MAX_ROWS)) {
      out.push(
        `| ${mdCode(c.id)} | ${mdCode(showValue(c.before, 80))} → ${mdCode(showValue(c.after, 80))} |${r.roles.map((x) => ` ${cell(c[x])} |`).join('')}`,
      );
    }
    out.push(...more(r.changes.length));
  }
  const notable = r.changes.flatMap((c) =>
    verdictsOf(c)
      .filter(([, v]) => v.verdict !== 'compatible')
      .map(([role, v]) => ({ c, role, v })),
  );
  if (notable.length > 0) {
    out.push('', '### Breaking and unknown', '');
    for (const { c, role, v } of notable.slice(0, MAX_ROWS)) {
      const accepted = v.accepted !== undefined ? ` Accepted: ${mdText(v.accepted)}.` : '';
      out.push(`- ${mdCode(c.id)} (${role}): ${mdText(v.reason)}.${accepted}`);
      if (v.witness)
        out.push(
          `  Witness ${mdCode(showValue(v.witness.instance, 500))}; ${v.witness.invalidUnder.toUpperCase()} says ${mdCode(describeViolation(v.witness.violation))}.`,
        );
    }
    out.push(...more(notable.length));
  }
  if (r.impact.length > 0) {
    out.push('', '### Impact on implementations', '', '| change | role | target | outcome | |', '|---|---|---|---|---|');
    for (const i of r.impact.slice(0, MAX_ROWS)) {
      out.push(`| ${mdCode(i.change)} | ${i.role} | ${mdText(i.target)} | ${i.outcome} | ${i.breaks ? '**breaks**: ' : ''}${mdText(i.note)} |`);
    }
    out.push(...more(r.impact.length));
  }
  const notes = [
    ...r.staleAccepts.map((s) => `accept entry ${mdCode(s.change)} (${s.role}) matched no breaking or unknown verdict: remove it.`),
    ...r.notes.map((n) => mdText(n)),
  ];
  if (notes.length > 0) out.push('', ...notes.map((n) => `- ${n}`));
  return `${out.join('\n')}\n`;
}
