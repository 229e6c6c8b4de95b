/** Renders `conformance.md`: an emoji-free summary that fits `$GITHUB_STEP_SUMMARY`, shortening values, never dropping findings. */
import type { Report } from '../core/types.js';
import { dictionaryMarkdown } from './dictionary-view.js';
import { checksOf, implementationName, normalize, statusWord, targetTag } from './findings.js';
import { mdCode, mdText } from './md-escape.js';
import { findingsSection, knownSection, type MdDetail } from './md-findings.js';
import { ambiguitiesSection, baselineSection, errorsSection, list, warningsSection } from './md-run.js';
import { checkMatrixTable, disagreementsSection, findingMatrixTable, historySection, targetsFact, targetsTable } from './md-targets.js';
import { seconds, summaryLine, truncate } from './text.js';
import { trafficMarkdown } from './traffic-md.js';

/** GitHub rejects step summaries over 1 MiB; stay well below so other steps can append. */
export const MARKDOWN_MAX_BYTES = 512 * 1024;

/** Detail levels tried in order until the page fits: the longest values are cut first, headlines last of all. */
const LEVELS: readonly MdDetail[] = [
  { value: 2_000, mode: 'full' },
  { value: 1_000, mode: 'full' },
  { value: 400, mode: 'full' },
  { value: 160, mode: 'full' },
  { value: 60, mode: 'full' },
  { value: 60, mode: 'headline' },
  { value: 60, mode: 'ids' },
];

function header(r: Report): string[] {
  const verdict = r.verdict.toUpperCase();
  return [`# paragon-conformance: ${verdict}`, '', `**Verdict: ${verdict}** (${summaryLine(r.summary)}${r.strict ? '; strict' : ''})`];
}

function facts(r: Report): string[] {
  const impl = r.target.implementation;
  const implName = implementationName(impl);
  const latency = r.timing.latency ? `, latency p50 ${r.timing.latency.p50} ms / p99 ${r.timing.latency.p99} ms` : '';
  const multi = r.targets.length > 1;
  return [
    '',
    '| | |',
    '|---|---|',
    multi ? targetsFact(r) : `| Target | ${mdCode(r.target.description)} (${mdText(r.target.kind)}) |`,
    ...(implName && !multi ? [`| Implementation | ${mdText(implName)} |`] : []),
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

function skipped(r: Report): string[] {
  const multi = r.targets.length > 1;
  const items = r.targets.flatMap((_, i) =>
    checksOf(r, i)
      .filter((c) => c.status === 'skipped')
      .map((c) => `${multi ? `${targetTag(i)} ` : ''}${mdCode(c.id)}: ${mdText(c.reason ?? 'skipped')}`),
  );
  return list('Skipped', items);
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

function render(r: Report, d: MdDetail, shortened: boolean): string {
  const multi = r.targets.length > 1;
  const lines = [
    ...header(r),
    ...warningsSection(r),
    ...errorsSection(r),
    ...facts(r),
    ...(multi ? [...targetsTable(r), ...checkMatrixTable(r)] : checksTable(r)),
    ...findingsSection(r, d, shortened),
    ...knownSection(r, d),
    ...(multi ? [...findingMatrixTable(r, d), ...disagreementsSection(r, d)] : []),
    ...baselineSection(r),
    ...ambiguitiesSection(r, d.value),
    ...historySection(r),
    ...skipped(r),
    ...coverageLine(r),
    ...trafficMarkdown(r),
    ...dictionaryMarkdown(r.dictionary),
    ...list(
      'Notes',
      r.notes.map((n) => mdText(n)),
    ),
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * `conformance.md`: verdict, run health, errors, run facts, checks (or the targets and their matrices), every
 * finding with its replay command, known findings, disagreements, baseline, history, skipped checks, notes.
 * Stays under `MARKDOWN_MAX_BYTES` by shortening the longest values first, then showing findings as headlines.
 */
export function renderMarkdown(report: Report): string {
  const r = normalize(report);
  const fits = (text: string) => Buffer.byteLength(text) <= MARKDOWN_MAX_BYTES;
  const full = render(r, LEVELS[0]!, false);
  if (fits(full)) return full;
  // Page size only shrinks from one level to the next: find the most detailed level that fits in a few renders.
  let best: string | undefined;
  for (let lo = 1, hi = LEVELS.length - 1; lo <= hi; ) {
    const mid = (lo + hi) >> 1;
    const text = render(r, LEVELS[mid]!, true);
    if (fits(text)) [best, hi] = [text, mid - 1];
    else lo = mid + 1;
  }
  if (best !== undefined) return best;
  const text = render(r, LEVELS[LEVELS.length - 1]!, true);
  return `${truncate(text, MARKDOWN_MAX_BYTES / 4)}\n\n(truncated to fit the step summary; see conformance.json)\n`;
}
