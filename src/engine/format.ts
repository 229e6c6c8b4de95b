/** Plain-text rendering of a check result for the terminal and for vitest failure messages. */

import { excerpt } from '../checks/equality.js';
import { escapeInvisible } from '../core/escape.js';
import type { CheckResult } from '../core/types.js';

/** Text shown in a terminal: invisible and unusual characters escaped (`\u0000`, `\uffff`, `\u200b` …); line breaks kept. */
const shown = (text: string): string => escapeInvisible(text, { keepLineBreaks: true });

/** The failure block: check id, violated constraint, minimal counterexample, expected, actual, replay. */
export function formatFailure(r: CheckResult): string {
  const lines = [`✗ ${r.id} (${r.level}) — ${r.title}`];
  for (const f of r.failures) {
    if (f.violation) lines.push(`  violated:       ${f.violation.keyword} at ${escapeInvisible(f.violation.instancePath) || '/'} (${f.violation.schemaPath})`);
    lines.push(
      `  counterexample: ${escapeInvisible(excerpt(f.counterexample, 2000))}${f.shrinkSteps ? `  (shrunk in ${f.shrinkSteps} step${f.shrinkSteps === 1 ? '' : 's'})` : ''}`,
    );
    lines.push(`  expected:       ${shown(f.expected)}`);
    lines.push(`  actual:         ${shown(f.actual)}`);
    if (f.http) {
      const q = f.http.request;
      lines.push(`  request:        ${q.method} ${shown(q.path)}${q.body ? ` ${shown(excerpt(q.body, 300))}` : ''}`);
      const s = f.http.response;
      if (s) lines.push(`  response:       ${s.status} ${s.contentType ?? ''} ${shown(s.bodyExcerpt ?? '')}`.trimEnd());
    }
    lines.push(`  replay:         ${f.replay}`);
  }
  return lines.join('\n');
}

/** One line per check for the summary table. */
export function formatLine(r: CheckResult, strict: boolean): string {
  const mark = r.status === 'passed' ? '✓' : r.status === 'skipped' ? '-' : r.status === 'errored' ? '!' : r.level === 'SHOULD' && !strict ? '⚠' : '✗';
  const tail = r.status === 'skipped' || r.status === 'errored' ? `  (${r.reason ?? r.status})` : r.status === 'failed' ? '  FAILED' : '';
  return `${mark} ${r.id.padEnd(34)} ${r.level.padEnd(6)} ${String(r.cases).padStart(6)} cases${tail}`;
}
