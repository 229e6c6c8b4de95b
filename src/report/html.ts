/** Renders `conformance.html`: one self-contained page (inline CSS and SVG, no scripts, no network) for humans. */
import type { CheckResult, Level, Report } from '../core/types.js';
import { checksOf, implementationName, normalize, targetTag } from './findings.js';
import { renderCoverage } from './html-coverage.js';
import { escapeHtml as h } from './html-escape.js';
import { findingsSection, knownSection, statusBadge } from './html-findings.js';
import { historySection } from './html-history.js';
import { checkMatrixTable, disagreementsSection, findingMatrixTable, targetsTable, verdictChip } from './html-matrix.js';
import { ambiguitiesSection, baselineSection, errorsSection, notesSection, warningsSection } from './html-run.js';
import { htmlStyle } from './html-style.js';
import { ellipsis, seconds, summaryLine, truncate } from './text.js';
import { trafficHtml } from './traffic-html.js';

/** The page forbids every fetch and script; only its own inline style and data: images may load. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

function banner(r: Report): string {
  const line = `${summaryLine(r.summary)}${r.strict ? ' (strict)' : ''}`;
  const who =
    r.targets.length > 1
      ? `<ul class="chips">${r.targets.map((t, i) => `<li>${verdictChip(t.verdict)} <a href="#target-${i + 1}">${targetTag(i)}</a> <code>${h(ellipsis(t.target.description, 60))}</code></li>`).join('')}</ul>`
      : `<p>Target: <code>${h(r.target.description)}</code></p>`;
  return `<header id="verdict" class="banner v-${r.verdict}"><div class="inner"><h1>${r.verdict.toUpperCase()}</h1><p>${h(line)}</p>${who}</div></header>`;
}

/** In-page links only (fragment hrefs never fetch anything), to the sections this page has. */
function toc(page: string): string {
  const links: [string, string][] = [
    ['warnings', 'Warnings'],
    ['errors', 'Errors'],
    ['targets', 'Targets'],
    ['matrix', 'Targets × checks'],
    ['level-MUST', 'MUST checks'],
    ['level-SHOULD', 'SHOULD checks'],
    ['findings', 'Findings'],
    ['known', 'Known findings'],
    ['finding-matrix', 'Targets × findings'],
    ['disagreements', 'Disagreements'],
    ['baseline', 'Baseline'],
    ['ambiguities', 'Spec ambiguities'],
    ['history', 'History'],
    ['coverage', 'Coverage heatmap'],
    ['notes', 'Notes'],
  ];
  const present = links.filter(([id]) => page.includes(`<section id="${id}"`));
  return `<nav class="toc">${present.map(([id, label]) => `<a href="#${id}">${label}</a>`).join('')}</nav>`;
}

function facts(r: Report): string {
  const impl = r.target.implementation;
  const multi = r.targets.length > 1;
  const rows: [string, string][] = [
    multi ? ['Targets', `${r.targets.length} targets (see Targets)`] : ['Target', `${r.target.description} (${r.target.kind})`],
    ...(impl && !multi ? [['Implementation', implementationName(impl)] as [string, string]] : []),
    ['Seed', String(r.seed)],
    ['Runs', `${r.runs}${r.shard ? ` (shard ${r.shard.index}/${r.shard.count})` : ''}`],
    ['Schema', `${r.schema.$id} (sha256 ${r.schema.sha256})`],
    ['Started', `${r.startedAt}, took ${seconds(r.durationMs)} s`],
    ['Cases', `${r.timing.cases} at ${r.timing.casesPerSecond.toFixed(1)}/s`],
    ...(r.timing.latency
      ? [['Latency', `p50 ${r.timing.latency.p50} ms, p99 ${r.timing.latency.p99} ms (${r.timing.latency.samples} samples)`] as [string, string]]
      : []),
    ['Tool', `${r.tool.name} ${r.tool.version}`],
  ];
  return `<dl class="facts">${rows.map(([k, v]) => `<dt>${h(k)}</dt><dd>${h(v)}</dd>`).join('')}</dl>`;
}

function checksTable(checks: readonly CheckResult[], strict: boolean): string {
  const rows = checks.map(
    (c) =>
      `<tr data-check="${h(c.id)}"><td class="id"><code>${h(c.id)}</code></td><td>${h(c.title)}</td><td>${statusBadge(c, strict)}</td><td class="num">${c.cases}</td><td class="num">${seconds(c.durationMs)} s</td><td>${h(truncate(c.reason ?? '', 2_000))}</td></tr>`,
  );
  return `<table><thead><tr><th>Check</th><th>Holds when</th><th>Status</th><th class="num">Cases</th><th class="num">Time</th><th>Reason</th></tr></thead><tbody>${rows.join('\n')}</tbody></table>`;
}

function checksByLevel(r: Report, level: Level): string {
  const checks = r.checks.filter((c) => c.level === level);
  if (checks.length === 0) return '';
  const note = level === 'SHOULD' && !r.strict ? '<p>SHOULD failures are warnings: they do not fail the gate unless <code>--strict</code> is given.</p>' : '';
  return `<section id="level-${level}"><h2>${level} checks</h2>${note}${checksTable(checks, r.strict)}</section>`;
}

/** Multi-target runs: each target's checks (cases, time, reasons), folded away under the matrix. */
function checksPerTarget(r: Report): string {
  const blocks = r.targets.map(
    (t, i) =>
      `<details data-target="${i + 1}"><summary>${targetTag(i)} <code>${h(truncate(t.target.description, 200))}</code> ${verdictChip(t.verdict)}</summary>${checksTable(checksOf(r, i), r.strict)}</details>`,
  );
  return `<section id="checks"><h2>Checks per target</h2>${blocks.join('\n')}</section>`;
}

/** `conformance.html`: verdict, run health, errors, facts, checks or the matrix, findings, baseline, history, coverage. */
export function renderHtml(report: Report): string {
  const r = normalize(report);
  const multi = r.targets.length > 1;
  const body = [
    warningsSection(r),
    errorsSection(r),
    facts(r),
    ...(multi ? [targetsTable(r), checkMatrixTable(r)] : [checksByLevel(r, 'MUST'), checksByLevel(r, 'SHOULD')]),
    findingsSection(r),
    knownSection(r),
    ...(multi ? [findingMatrixTable(r), disagreementsSection(r), checksPerTarget(r)] : []),
    baselineSection(r),
    ambiguitiesSection(r),
    historySection(r),
    renderCoverage(r.coverage, r.dictionary),
    trafficHtml(r),
    notesSection(r),
  ]
    .filter(Boolean)
    .join('\n');
  const title = `paragon-conformance: ${r.verdict} (${r.target.description})`;
  return [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${h(CSP)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${h(truncate(title, 200))}</title>`,
    `<style>${htmlStyle}</style></head><body>`,
    banner(r),
    '<main>',
    toc(body),
    body,
    `<footer>Generated by ${h(`${r.tool.name} ${r.tool.version}`)} from conformance.json. Replay a finding by running its command in the project directory.</footer>`,
    '</main></body></html>',
    '',
  ].join('\n');
}
