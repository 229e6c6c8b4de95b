/** Renders `conformance.html`: one self-contained page (inline CSS, no scripts, no network) for humans. */
import type { CheckResult, Failure, Level, Report } from '../core/types.js';
import { trafficHtml } from '../traffic/render-html.js';
import { renderCoverage } from './html-coverage.js';
import { escapeHtml as h } from './html-escape.js';
import { htmlStyle } from './html-style.js';
import { statusWord } from './markdown.js';
import { describeViolation, previewJson, seconds, summaryLine, truncate } from './text.js';

const MAX_FAILURES = 10;
const MAX_VALUE = 20_000;

/** The page forbids every fetch and script; only its own inline style and data: images may load. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

function banner(r: Report): string {
  const words = { conformant: 'CONFORMANT', 'non-conformant': 'NON-CONFORMANT', error: 'ERROR' } as const;
  const line = `${summaryLine(r.summary)}${r.strict ? ' (strict)' : ''}`;
  return `<header id="verdict" class="banner v-${r.verdict}"><div class="inner"><h1>${words[r.verdict]}</h1><p>${h(line)}</p><p>Target: <code>${h(r.target.description)}</code></p></div></header>`;
}

/** In-page links only (fragment hrefs never fetch anything). */
function toc(r: Report): string {
  const links: [string, string][] = [
    ['level-MUST', 'MUST checks'],
    ['level-SHOULD', 'SHOULD checks'],
  ];
  if (r.checks.some((c) => c.status === 'failed' && c.failures.length > 0)) links.push(['counterexamples', 'Counterexamples']);
  links.push(['coverage', 'Coverage heatmap']);
  if (r.errors.length) links.push(['errors', 'Errors']);
  if (r.notes.length) links.push(['notes', 'Notes']);
  const present = links.filter(([id]) => !id.startsWith('level-') || r.checks.some((c) => `level-${c.level}` === id));
  return `<nav class="toc">${present.map(([id, label]) => `<a href="#${id}">${label}</a>`).join('')}</nav>`;
}

function facts(r: Report): string {
  const impl = r.target.implementation;
  const rows: [string, string][] = [
    ['Target', `${r.target.description} (${r.target.kind})`],
    ...(impl ? [['Implementation', [impl.name, impl.language, impl.version].filter(Boolean).join(' ')] as [string, string]] : []),
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

function badge(c: CheckResult, strict: boolean): string {
  const word = statusWord(c, strict);
  return `<span class="status s-${word.toLowerCase()}">${h(word)}</span>`;
}

function checksByLevel(r: Report, level: Level): string {
  const checks = r.checks.filter((c) => c.level === level);
  if (checks.length === 0) return '';
  const rows = checks.map(
    (c) =>
      `<tr data-check="${h(c.id)}"><td class="id"><code>${h(c.id)}</code></td><td>${h(c.title)}</td><td>${badge(c, r.strict)}</td><td class="num">${c.cases}</td><td class="num">${seconds(c.durationMs)} s</td><td>${h(truncate(c.reason ?? '', 2_000))}</td></tr>`,
  );
  const note = level === 'SHOULD' && !r.strict ? '<p>SHOULD failures are warnings: they do not fail the gate unless <code>--strict</code> is given.</p>' : '';
  return `<section id="level-${level}"><h2>${level} checks</h2>${note}<table><thead><tr><th>Check</th><th>Holds when</th><th>Status</th><th class="num">Cases</th><th class="num">Time</th><th>Reason</th></tr></thead><tbody>${rows.join('\n')}</tbody></table></section>`;
}

function failureBlock(f: Failure): string {
  const rows: [string, string][] = [];
  if (f.violation) rows.push(['Violation', describeViolation(f.violation)]);
  rows.push(['Expected', truncate(f.expected, MAX_VALUE)], ['Actual', truncate(f.actual, MAX_VALUE)]);
  if (f.http) {
    rows.push(['Request', `${f.http.request.method} ${f.http.request.path}`]);
    if (f.http.response)
      rows.push(['Response', `${f.http.response.status} ${f.http.response.contentType ?? ''} ${truncate(f.http.response.bodyExcerpt ?? '', 2_000)}`.trim()]);
  }
  if (f.shrinkSteps !== undefined) rows.push(['Shrink steps', String(f.shrinkSteps)]);
  const dl = rows.map(([k, v]) => `<dt>${h(k)}</dt><dd>${h(v)}</dd>`).join('');
  return `<div class="failure"><dl>${dl}</dl><div>Counterexample</div><pre class="counterexample">${h(previewJson(f.counterexample, MAX_VALUE))}</pre><div>Replay</div><pre class="replay">${h(f.replay)}</pre></div>`;
}

function counterexamples(r: Report): string {
  const failed = r.checks.filter((c) => c.status === 'failed' && c.failures.length > 0);
  if (failed.length === 0) return '';
  const blocks = failed.map((c) => {
    const more = c.failures.length > MAX_FAILURES ? `<p>${c.failures.length - MAX_FAILURES} more counterexamples are in conformance.json.</p>` : '';
    const n = c.failures.length;
    return `<details open data-check="${h(c.id)}"><summary><code>${h(c.id)}</code> ${c.level} ${badge(c, r.strict)} ${n} counterexample${n === 1 ? '' : 's'}</summary>${c.failures.slice(0, MAX_FAILURES).map(failureBlock).join('')}${more}</details>`;
  });
  return `<section id="counterexamples"><h2>Counterexamples</h2>${blocks.join('\n')}</section>`;
}

function list(id: string, title: string, items: string[]): string {
  return items.length
    ? `<section id="${id}"><h2>${h(title)}</h2><ul class="plain">${items.map((t) => `<li>${h(truncate(t, 2_000))}</li>`).join('')}</ul></section>`
    : '';
}

/** `conformance.html`: verdict banner, run facts, checks by level, counterexamples, coverage heatmap, errors, notes. */
export function renderHtml(report: Report): string {
  const r = report;
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
    toc(r),
    facts(r),
    checksByLevel(r, 'MUST'),
    checksByLevel(r, 'SHOULD'),
    counterexamples(r),
    renderCoverage(r.coverage, r.dictionary),
    trafficHtml(r),
    list(
      'errors',
      'Errors',
      r.errors.map((e) => (e.check ? `${e.check}: ${e.message}` : e.message)),
    ),
    list('notes', 'Notes', r.notes),
    `<footer>Generated by ${h(`${r.tool.name} ${r.tool.version}`)} from conformance.json. Replay a counterexample by running its command in the project directory.</footer>`,
    '</main></body></html>',
    '',
  ].join('\n');
}
