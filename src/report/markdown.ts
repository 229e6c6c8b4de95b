/** Renders `conformance.md`: a short, emoji-free summary that fits `$GITHUB_STEP_SUMMARY` (well under 1 MiB). */
import type { CheckResult, Report } from '../core/types.js';
import { trafficMarkdown } from '../traffic/render-md.js';
import { dictionaryMarkdown } from './dictionary-view.js';
import { describeViolation, previewJson, replaceForbiddenChars, seconds, summaryLine, truncate } from './text.js';
import { isWarning } from './verdict.js';

/** Counterexamples shown (the rest are in conformance.json), longest value shown, and the hard size cap. */
const MAX_EXAMPLES = 5;
const MAX_VALUE = 2_000;
const MAX_LIST = 20;
/** GitHub rejects step summaries over 1 MiB; stay well below so other steps can append. */
export const MARKDOWN_MAX_BYTES = 512 * 1024;

/** Inline code that survives backticks and `|` inside table cells; newlines become spaces. */
export function mdCode(text: string): string {
  const flat = replaceForbiddenChars(truncate(text, MAX_VALUE))
    .replace(/\r?\n|\r/g, ' ')
    .replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((r) => r.length));
  const ticks = '`'.repeat(longest + 1);
  return longest ? `${ticks} ${flat} ${ticks}` : `${ticks}${flat}${ticks}`;
}

/** Plain Markdown text with HTML and Markdown specials neutralised (one line). */
export function mdText(text: string): string {
  return replaceForbiddenChars(truncate(text, MAX_VALUE))
    .replace(/\r?\n|\r/g, ' ')
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;');
}

/** A fenced block whose fence is longer than any backtick run inside. */
export function mdFence(raw: string, lang = ''): string {
  const text = replaceForbiddenChars(raw);
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${lang}\n${text}\n${fence}`;
}

/** The status word shown for a check (failed SHOULD checks without --strict read `warning`). */
export function statusWord(check: CheckResult, strict: boolean): string {
  if (check.status === 'failed') return isWarning(check, strict) ? 'warning' : 'FAILED';
  return check.status === 'errored' ? 'ERRORED' : check.status;
}

function header(r: Report): string[] {
  const verdict = r.verdict.toUpperCase();
  const impl = r.target.implementation;
  const implName = impl ? [impl.name, impl.language, impl.version].filter(Boolean).join(' ') : '';
  const latency = r.timing.latency ? `, latency p50 ${r.timing.latency.p50} ms / p99 ${r.timing.latency.p99} ms` : '';
  return [
    `# paragon-conformance: ${verdict}`,
    '',
    `**Verdict: ${verdict}** (${summaryLine(r.summary)}${r.strict ? '; strict' : ''})`,
    '',
    '| | |',
    '|---|---|',
    `| Target | ${mdCode(r.target.description)} (${mdText(r.target.kind)}) |`,
    ...(implName ? [`| Implementation | ${mdText(implName)} |`] : []),
    `| Seed | ${mdCode(String(r.seed))} |`,
    `| Runs | ${r.runs}${r.shard ? ` (shard ${r.shard.index}/${r.shard.count})` : ''} |`,
    `| Schema | ${mdCode(r.schema.$id)} sha256 ${mdCode(r.schema.sha256.slice(0, 12))} |`,
    `| Started | ${mdText(r.startedAt)}, took ${seconds(r.durationMs)} s |`,
    `| Cases | ${r.timing.cases} (${r.timing.casesPerSecond.toFixed(1)}/s${latency}) |`,
    `| Tool | ${mdText(`${r.tool.name} ${r.tool.version}`)} |`,
  ];
}

function checksTable(r: Report): string[] {
  const rows = r.checks.map((c) => `| ${mdCode(c.id)} | ${c.level} | ${statusWord(c, r.strict)} | ${c.cases} |`);
  return ['', '## Checks', '', '| Check | Level | Status | Cases |', '|---|---|---|---:|', ...rows];
}

function examples(r: Report): string[] {
  const all = r.checks.flatMap((c) => c.failures.map((f, i) => ({ c, f, i })));
  if (all.length === 0) return [];
  const out = ['', `## Counterexamples (${Math.min(MAX_EXAMPLES, all.length)} of ${all.length})`];
  for (const { c, f, i } of all.slice(0, MAX_EXAMPLES)) {
    out.push('', `### ${mdCode(c.id)} ${c.level}, ${statusWord(c, r.strict)} (#${i + 1} of ${c.failures.length})`, '');
    if (f.violation) out.push(`- Violation: ${mdCode(describeViolation(f.violation))}`);
    out.push(`- Expected: ${mdText(f.expected)}`, `- Actual: ${mdText(f.actual)}`);
    if (f.http)
      out.push(`- Request: ${mdCode(`${f.http.request.method} ${f.http.request.path}`)}${f.http.response ? ` answered ${f.http.response.status}` : ''}`);
    out.push('', mdFence(previewJson(f.counterexample, MAX_VALUE), 'json'), '', 'Replay:', '', mdFence(truncate(f.replay, MAX_VALUE), 'sh'));
  }
  if (all.length > MAX_EXAMPLES) out.push('', `${all.length - MAX_EXAMPLES} more counterexamples are in conformance.json.`);
  return out;
}

function list(title: string, items: string[]): string[] {
  if (items.length === 0) return [];
  const shown = items.slice(0, MAX_LIST).map((t) => `- ${t}`);
  if (items.length > MAX_LIST) shown.push(`- … and ${items.length - MAX_LIST} more (see conformance.json)`);
  return ['', `## ${title}`, '', ...shown];
}

function coverageLine(r: Report): string[] {
  if (r.coverage.length === 0) return [];
  const reached = r.coverage.filter((e) => e.valid > 0).length;
  const violated = r.coverage.filter((e) => e.invalid > 0).length;
  const failing = r.coverage.filter((e) => e.failedChecks.length > 0).length;
  return [
    '',
    '## Coverage',
    '',
    `${r.coverage.length} schema locations: ${reached} reached by valid cases, ${violated} violated by invalid cases, ${failing} with failing checks.`,
  ];
}

/** `conformance.md`: verdict, run facts, checks table, first counterexamples with replay commands, reasons, notes. */
export function renderMarkdown(report: Report): string {
  const r = report;
  const lines = [
    ...header(r),
    ...checksTable(r),
    ...examples(r),
    ...list(
      'Skipped',
      r.checks.filter((c) => c.status === 'skipped').map((c) => `${mdCode(c.id)}: ${mdText(c.reason ?? 'skipped')}`),
    ),
    ...list('Errors', [
      ...r.checks.filter((c) => c.status === 'errored' && c.reason).map((c) => `${mdCode(c.id)}: ${mdText(c.reason!)}`),
      ...r.errors.map((e) => `${e.check ? `${mdCode(e.check)}: ` : ''}${mdText(e.message)}`),
    ]),
    ...coverageLine(r),
    ...trafficMarkdown(r, { code: mdCode, text: mdText }),
    ...dictionaryMarkdown(r.dictionary),
    ...list('Notes', r.notes.map(mdText)),
  ];
  let text = `${lines.join('\n')}\n`;
  if (Buffer.byteLength(text) > MARKDOWN_MAX_BYTES) {
    text = `${truncate(text, MARKDOWN_MAX_BYTES / 4)}\n\n(truncated to fit the step summary; see conformance.json)\n`;
  }
  return text;
}
