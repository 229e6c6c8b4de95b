/** `diff-reports` output: plain text for the terminal, Markdown for `$GITHUB_STEP_SUMMARY`. Pure. */
import { mdCode, mdText } from '../report/md-escape.js';
import { plural } from '../report/text.js';
import type { DiffEntry, ReportDiff } from './compare.js';

const who = (e: DiffEntry): string => (e.target ? ` [${e.target}]` : '');

function textLines(title: string, list: readonly DiffEntry[], more: (e: DiffEntry) => string = () => ''): string[] {
  if (list.length === 0) return [];
  return [`${title} (${list.length}):`, ...list.map((e) => `  ${e.fingerprint}  ${e.signature}${who(e)}${e.known ? ' (known)' : ''}${more(e)}`)];
}

/** The diff as terminal text: new findings first (with their replay command), then fixed, then how many are unchanged. */
export function renderDiffText(d: ReportDiff): string {
  const out = [
    ...textLines('new findings', d.added, (e) => (e.replay ? `\n      replay: ${e.replay}` : '')),
    ...textLines('fixed findings', d.fixed),
    plural(d.unchanged.length, 'unchanged finding'),
  ];
  if (d.notCompared.length) out.push(`not compared (ran in only one of the reports): ${d.notCompared.join(', ')}`);
  out.push(d.added.length ? `diff: ${plural(d.added.length, 'new finding')}` : 'diff: no new findings');
  return out.join('\n');
}

function mdTable(title: string, list: readonly DiffEntry[]): string[] {
  if (list.length === 0) return [];
  return [
    '',
    `## ${title} (${list.length})`,
    '',
    '| Fingerprint | Finding | Target |',
    '|---|---|---|',
    ...list.map((e) => `| ${mdCode(e.fingerprint)} | ${mdText(e.signature)}${e.known ? ' (known)' : ''} | ${mdText(e.target || '—')} |`),
  ];
}

/** The diff as Markdown. */
export function renderDiffMarkdown(d: ReportDiff): string {
  const head = d.added.length ? `# Conformance diff: ${plural(d.added.length, 'new finding')}` : '# Conformance diff: no new findings';
  return `${[head, '', `${d.added.length} new, ${d.fixed.length} fixed, ${d.unchanged.length} unchanged.`, ...mdTable('New findings', d.added), ...mdTable('Fixed findings', d.fixed), ...(d.notCompared.length ? ['', `Not compared (ran in only one report): ${d.notCompared.map((c) => mdCode(c)).join(', ')}`] : [])].join('\n')}\n`;
}
