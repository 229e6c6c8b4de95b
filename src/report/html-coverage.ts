/** The coverage heatmap of `conformance.html`: schema locations coloured by valid reach and invalid violations. */
import type { CoverageEntry, DictionarySummary } from '../core/types.js';
import { dictionaryHtml } from './dictionary-view.js';
import { escapeHtml } from './html-escape.js';

/** Background colour for a count on a log scale: pale for few, saturated for the most; `hue` picks the family. */
export function heatColor(n: number, max: number, hue: number): { bg: string; fg: string } {
  const t = max > 0 ? Math.log1p(n) / Math.log1p(max) : 0;
  const lightness = Math.round(93 - t * 55);
  return { bg: `hsl(${hue} 60% ${lightness}%)`, fg: lightness < 60 ? '#fff' : '#1d2127' };
}

function cell(n: number, max: number, hue: number, what: string): string {
  if (n === 0) return `<td class="cell none" title="${escapeHtml(`no ${what}`)}">0</td>`;
  const { bg, fg } = heatColor(n, max, hue);
  return `<td class="cell" style="background:${bg};color:${fg}" title="${escapeHtml(`${n} ${what}`)}">${n}</td>`;
}

/** Depth of a location (number of pointer segments), used to indent the tree of locations. */
const depth = (location: string): number => location.replace(/^#/, '').split('/').filter(Boolean).length;

/** The heatmap section: a legend and one row per schema location; rows where a check failed are marked; the dictionary beside it. */
export function renderCoverage(coverage: readonly CoverageEntry[], dictionary?: DictionarySummary): string {
  if (coverage.length === 0) return '<section id="coverage"><h2>Coverage heatmap</h2><p>No coverage was recorded for this run.</p></section>';
  const maxValid = Math.max(...coverage.map((e) => e.valid));
  const maxInvalid = Math.max(...coverage.map((e) => e.invalid));
  const rows = coverage.map((e) => {
    const failed = e.failedChecks.length > 0;
    const marks = failed ? `<span class="failed-mark">FAILED</span> ${e.failedChecks.map((id) => `<code>${escapeHtml(id)}</code>`).join(', ')}` : '';
    const indent = Math.min(8, Math.max(0, depth(e.location) - 1)) * 12;
    return `<tr${failed ? ' class="hit"' : ''}><td class="loc"><code style="padding-left:${indent}px">${escapeHtml(e.location)}</code></td>${cell(e.valid, maxValid, 145, 'valid cases reached this location')}${cell(e.invalid, maxInvalid, 28, 'invalid cases violated this location')}<td>${marks}</td></tr>`;
  });
  const reached = coverage.filter((e) => e.valid > 0).length;
  const violated = coverage.filter((e) => e.invalid > 0).length;
  return [
    '<section id="coverage"><h2>Coverage heatmap</h2>',
    `<p>${coverage.length} schema locations: ${reached} reached by valid cases, ${violated} violated by invalid cases.</p>`,
    '<div class="legend"><span><span class="sw" style="background:hsl(145 60% 45%)"></span>valid cases that reached the location</span>',
    '<span><span class="sw" style="background:hsl(28 60% 45%)"></span>invalid cases whose violation is there</span>',
    '<span><span class="sw none"></span>none</span><span><span class="failed-mark">FAILED</span> a check failed with a counterexample there</span></div>',
    '<table class="heat"><thead><tr><th>Schema location</th><th class="num">Valid reach</th><th class="num">Invalid violations</th><th>Failed checks</th></tr></thead>',
    `<tbody>${rows.join('\n')}</tbody></table>${dictionaryHtml(dictionary)}</section>`,
  ].join('\n');
}
