/** The terminal summary of `compat`: each change with its verdict per role, witnesses, the impact table, the verdict. */
import { describeViolation } from '../report/text.js';
import { verdictsOf } from './report.js';
import { showValue } from './show.js';
import type { CompatReport, RoleVerdict } from './types.js';

const word = (v: RoleVerdict): string => {
  const base = v.verdict === 'compatible' ? 'compatible' : v.verdict === 'breaking' ? 'BREAKING' : 'UNKNOWN';
  return v.accepted !== undefined ? `${base.toLowerCase()} (accepted: ${v.accepted})` : base;
};

/** The summary line: verdict, counts and exit code. */
export function verdictLine(r: CompatReport, exitCode: number): string {
  const s = r.summary;
  const unknown = r.allowUnknown && s.unknown > 0 ? ' (allowed)' : '';
  return `verdict: ${r.verdict} — ${s.breaking} breaking, ${s.unknown} unknown${unknown}, ${s.compatible} compatible, ${s.accepted} accepted (exit ${exitCode})`;
}

/** Renders the report for the terminal (plain text, no colours). */
export function renderText(r: CompatReport, exitCode: number): string {
  const lines = [`compat: ${r.old.source} → ${r.new.source} (roles: ${r.roles.join(', ')})`];
  if (r.changes.length === 0) lines.push('no keyword-level difference: every instance is valid under both versions or under neither.');
  for (const c of r.changes) {
    lines.push(`  ${c.id}   ${showValue(c.before, 120)} → ${showValue(c.after, 120)}`);
    for (const [role, v] of verdictsOf(c)) {
      lines.push(`    ${role.padEnd(6)} ${word(v)} — ${v.reason}`);
      if (v.witness) {
        lines.push(`           witness: ${showValue(v.witness.instance)}`);
        lines.push(`           ${v.witness.invalidUnder.toUpperCase()} says: ${describeViolation(v.witness.violation)}`);
      }
    }
  }
  if (r.impact.length > 0) {
    lines.push('impact (each witness through each target; "breaks" = this implementation breaks):');
    for (const i of r.impact) lines.push(`  ${i.change} (${i.role}) × ${i.target}: ${i.outcome}${i.breaks ? ' — BREAKS' : ''} (${i.note})`);
  }
  for (const s of r.staleAccepts) lines.push(`note: accept entry ${s.change} (${s.role}) matched no breaking or unknown verdict: remove it.`);
  for (const n of r.notes) lines.push(`note: ${n}`);
  lines.push(verdictLine(r, exitCode));
  return `${lines.join('\n')}\n`;
}
