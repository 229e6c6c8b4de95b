/** Each target's history (from the ledger) as a small inline SVG chart: findings per run, coloured by verdict. Pure. */
import type { HistorySeries, Report, Verdict } from '../core/types.js';
import { targetTag } from './findings.js';
import { escapeHtml as h } from './html-escape.js';
import { ellipsis, plural } from './text.js';

/** Runs drawn per target (the newest ones). */
const MAX_POINTS = 30;
const W = 360;
const H = 120;
const PAD = { left: 34, right: 14, top: 16, bottom: 30 };

/** Point colours; the page's CSS variables are not used so the chart reads the same when copied out. */
export const VERDICT_COLOURS: Record<Verdict, string> = { conformant: '#1a7f37', 'non-conformant': '#c62828', error: '#6f42c1' };

type Point = HistorySeries['points'][number];

const label = (p: Point): string => p.version ?? p.date.slice(0, 10);

/** The SVG of one series: axes, a line through the runs, a dot per run with a tooltip (date, version, verdict, findings). */
export function historyChart(series: HistorySeries): string {
  const points = series.points.slice(-MAX_POINTS);
  const max = Math.max(1, ...points.map((p) => p.findings));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (points.length === 1 ? plotW / 2 : (i / (points.length - 1)) * plotW);
  const y = (n: number) => PAD.top + (1 - n / max) * plotH;
  const coords = points.map((p, i) => `${x(i).toFixed(1)},${y(p.findings).toFixed(1)}`);
  const bottom = PAD.top + plotH;
  const dots = points.map((p, i) => {
    const tip = `${p.date}${p.version ? ` version ${p.version}` : ''}: ${p.verdict}, ${plural(p.findings, 'finding')}`;
    const value = points.length <= 12 ? `<text x="${x(i).toFixed(1)}" y="${(y(p.findings) - 7).toFixed(1)}" text-anchor="middle">${p.findings}</text>` : '';
    return `<circle cx="${x(i).toFixed(1)}" cy="${y(p.findings).toFixed(1)}" r="4.5" fill="${VERDICT_COLOURS[p.verdict]}" data-verdict="${p.verdict}"><title>${h(tip)}</title></circle>${value}`;
  });
  const last = points[points.length - 1]!;
  const few = points.length <= 6;
  const ends = points
    .map((p, i) => ({ p, i }))
    .filter(({ i }) => few || i === 0 || i === points.length - 1)
    .map(({ p, i }) => {
      const anchor = points.length === 1 ? 'middle' : i === 0 ? 'start' : i === points.length - 1 ? 'end' : 'middle';
      return `<text x="${x(i).toFixed(1)}" y="${H - 8}" text-anchor="${anchor}">${h(ellipsis(label(p), points.length > 4 ? 10 : 14))}</text>`;
    })
    .join('');
  const aria = `findings over ${plural(points.length, 'run')}: ${points.map((p) => p.findings).join(', ')}; latest ${last.verdict}`;
  return [
    `<svg class="history" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${h(aria)}">`,
    `<line class="axis" x1="${PAD.left}" y1="${PAD.top}" x2="${PAD.left}" y2="${bottom}"/><line class="axis" x1="${PAD.left}" y1="${bottom}" x2="${W - PAD.right}" y2="${bottom}"/>`,
    // Dots carry their values when there are few; otherwise the axis says the scale.
    points.length > 12
      ? `<text x="${PAD.left - 6}" y="${PAD.top + 4}" text-anchor="end">${max}</text><text x="${PAD.left - 6}" y="${bottom + 4}" text-anchor="end">0</text>`
      : '',
    points.length > 1 ? `<polyline class="trend" points="${coords.join(' ')}"/>` : '',
    ...dots,
    ends,
    '</svg>',
  ].join('');
}

/** `#history`: one chart per target that has recorded runs; nothing when the report has no history. */
export function historySection(r: Report): string {
  const series = (r.history ?? []).filter((s) => s.points.length > 0);
  if (series.length === 0) return '';
  const figures = series.map((s) => {
    const i = r.targets.findIndex((t) => t.target.description === s.target);
    const tag = i >= 0 && r.targets.length > 1 ? `${targetTag(i)} ` : '';
    return `<figure class="history" data-target="${h(s.target)}">${historyChart(s)}<figcaption>${h(tag)}<code>${h(ellipsis(s.target, 120))}</code>: ${plural(s.points.length, 'run')}</figcaption></figure>`;
  });
  const legend = (Object.keys(VERDICT_COLOURS) as Verdict[])
    .map((v) => `<span><span class="sw" style="background:${VERDICT_COLOURS[v]}"></span>${v}</span>`)
    .join('');
  return `<section id="history"><h2>History</h2><p>Findings per recorded run (the ledger), oldest to newest; hover a dot for its date and version.</p><div class="legend">${legend}</div><div class="charts">${figures.join('\n')}</div></section>`;
}
