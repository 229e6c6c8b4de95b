/** Plain-text rendering for the terminal and for vitest failure messages: one slot per finding. Pure. */
import { escapeInvisible } from '../core/escape.js';
import { excerpt } from '../core/text.js';
import type { CheckResult, Failure, Report } from '../core/types.js';
import { baselineReason, checksOf, findingTitle, hitsText, standingWord, targetTag, unattributedText } from './findings.js';
import { checkMatrix, outcomeGroups } from './matrix.js';
import { plural } from './text.js';
import { isWarning } from './verdict.js';

/** Text shown in a terminal: invisible and unusual characters escaped (`\u0000`, `\uffff`, `\u200b` …); line breaks kept. */
const shown = (text: string): string => escapeInvisible(text, { keepLineBreaks: true });
/** A value's one-line JSON with every unusual character escaped (still valid JSON for the same value). */
const shownJson = (v: unknown, max: number): string => escapeInvisible(excerpt(v, max));

/** The header line of one finding: fingerprint, what it is, how many cases hit it, and its baseline standing. */
export function findingHeadline(f: Failure, check?: string): string {
  const hits = hitsText(f);
  const status = standingWord(f);
  const id = f.fingerprint ? `finding ${f.fingerprint}` : 'finding';
  const what = findingTitle(f);
  return `${id}${status ? ` ${status}` : ''}: ${check && what.startsWith(`${check} `) ? what.slice(check.length + 1) : what}${hits ? `, ${hits}` : ''}`;
}

/** The block of one finding: what it is, the violated constraint, the minimal counterexample, expected, actual, replay. */
export function findingBlock(f: Failure, indent = '  ', check?: string): string[] {
  const lines = [`${indent}${findingHeadline(f, check)}`];
  const pad = `${indent}  `;
  if (f.baseline?.status === 'known') {
    lines.push(`${pad}known:          ${baselineReason(f)}`);
    return lines;
  }
  if (f.causedBy) lines.push(`${pad}follows from:   ${f.causedBy.check} finding ${f.causedBy.fingerprint} (fix that one first)`);
  if (f.violation)
    lines.push(`${pad}violated:       ${f.violation.keyword} at ${escapeInvisible(f.violation.instancePath) || '/'} (${f.violation.schemaPath})`);
  lines.push(`${pad}counterexample: ${shownJson(f.counterexample, 2000)}${f.shrinkSteps ? `  (shrunk in ${plural(f.shrinkSteps, 'step')})` : ''}`);
  lines.push(`${pad}expected:       ${shown(f.expected)}`);
  lines.push(`${pad}actual:         ${shown(f.actual)}`);
  if (f.http) {
    const q = f.http.request;
    lines.push(`${pad}request:        ${q.method} ${shown(q.path)}${q.body ? ` ${shown(excerpt(q.body, 300))}` : ''}`);
    const s = f.http.response;
    if (s) lines.push(`${pad}response:       ${s.status} ${s.contentType ?? ''} ${shown(s.bodyExcerpt ?? '')}`.trimEnd());
  }
  lines.push(`${pad}replay:         ${f.replay}`);
  return lines;
}

/** The failure block of a check: its title, then one slot per finding. */
export function formatFailure(r: CheckResult): string {
  const more = unattributedText(r);
  return [`✗ ${r.id} (${r.level}) — ${r.title}`, ...r.failures.flatMap((f) => findingBlock(f, '  ', r.id)), ...(more ? [`  ${more}`] : [])].join('\n');
}

/** A check's mark in the summary table and the matrix: ✓ passed, ✗ failed, ○ known, ⚠ warning, - skipped, ! errored. */
const markOf = (c: CheckResult, strict: boolean): string =>
  ({ passed: '✓', skipped: '-', errored: '!', known: '○', failed: isWarning(c, strict) ? '⚠' : '✗' })[c.status];

/** One line per check for the summary table. */
export function formatLine(r: CheckResult, strict: boolean): string {
  const mark = markOf(r, strict);
  const known = r.failures.filter((f) => f.baseline?.status === 'known').length;
  const found = r.failures.length;
  const tail =
    r.status === 'skipped' || r.status === 'errored'
      ? `  (${r.reason ?? r.status})`
      : r.status === 'failed'
        ? `  FAILED: ${plural(found - known, 'finding')}${known ? ` (+${known} known)` : ''}`
        : r.status === 'known'
          ? `  known: ${plural(known, 'finding')} in the baseline`
          : '';
  return `${mark} ${r.id.padEnd(34)} ${r.level.padEnd(6)} ${String(r.cases).padStart(6)} cases${tail}`;
}

/** The whole terminal output of a run: per target the check table and findings, then warnings, errors, the verdict. */
export function renderTerminal(report: Report): string {
  const out: string[] = [];
  const multi = report.targets.length > 1;
  report.targets.forEach((t, i) => {
    const checks = checksOf(report, i);
    if (multi) out.push(`${i > 0 ? '\n' : ''}target ${i + 1}/${report.targets.length}: ${t.target.description} — ${t.verdict}`);
    for (const c of checks) out.push(formatLine(c, report.strict));
    for (const c of checks) if (c.status === 'failed') out.push('', formatFailure(c));
  });
  if (multi) out.push('', ...matrixLines(report));
  for (const d of report.disagreements ?? []) {
    const who = outcomeGroups(d)
      .map((g) => `${g.outcome} ${g.targets.join(' ')}`)
      .join('; ');
    out.push('', `disagreement ${d.fingerprint}: ${d.signature} — ${who}`);
    out.push(`  counterexample: ${shownJson(d.counterexample, 500)}`);
  }
  for (const f of report.baseline?.fixed ?? []) out.push('', `fixed: remove it from the baseline — ${f.check} finding ${f.fingerprint} (${f.reason})`);
  for (const w of report.warnings) out.push('', `warning${w.target !== undefined && multi ? ` (target ${w.target + 1})` : ''}: ${w.message}`);
  for (const e of report.errors) {
    out.push('', `${e.internal ? 'internal error' : 'target error'}${e.check ? ` in ${e.check}` : ''}: ${shown(e.message)}`);
    if (e.replay) out.push(`  replay the requests in flight: ${e.replay}`);
  }
  const s = report.summary;
  out.push(
    '',
    `verdict: ${report.verdict} — ${s.passed} passed, ${s.failed} failed, ${plural(s.warnings, 'warning')}, ${s.known ? `${s.known} known, ` : ''}${s.skipped} skipped, ${s.errored} errored; ${report.timing.cases} cases in ${(report.durationMs / 1000).toFixed(1)}s (seed ${report.seed})`,
  );
  return out.join('\n');
}

/** The targets × checks matrix as text (✓ passed, ✗ failed, ○ known, ⚠ warning, - skipped, ! errored). */
export function matrixLines(report: Report): string[] {
  const head = `${'check'.padEnd(34)} ${report.targets.map((_, i) => targetTag(i).padStart(4)).join('')}`;
  const rows = checkMatrix(report).map(
    (row) => `${row.id.padEnd(34)} ${row.cells.map((c) => (c.check ? markOf(c.check, report.strict) : ' ').padStart(4)).join('')}`,
  );
  const legend = report.targets.map((t, i) => `${targetTag(i)} = ${t.target.description}`);
  return ['targets × checks:', head, ...rows, ...legend];
}
