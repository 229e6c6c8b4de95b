/** The traffic section as plain rows (strings), shared by the Markdown and HTML renderers so both show the same facts. Pure. */

import type { TrafficReport, TrafficSection } from '../core/traffic.js';
import type { Report } from '../core/types.js';
import { plural } from './text.js';

/** Rows shown per table (the rest are in conformance.json). */
export const MAX_ROWS = 50;

/** A table: a heading, column names, rows of cells, and how many rows were left out. */
export interface Table {
  title: string;
  columns: string[];
  /** Columns right-aligned (numbers). */
  numeric: number[];
  rows: string[][];
  omitted: number;
}

/** The report's traffic section, if it has one. */
export const sectionOf = (report: Report): TrafficSection | undefined => (report as TrafficReport).traffic;

const bounded = (title: string, columns: string[], numeric: number[], rows: string[][]): Table => ({
  title,
  columns,
  numeric,
  rows: rows.slice(0, MAX_ROWS),
  omitted: Math.max(0, rows.length - MAX_ROWS),
});

const seen = (s: { where: string; at?: string }) => (s.at ? `${s.at} (${s.where})` : s.where);

/** One line: exchanges seen, judged, by status, upstream errors, malformed inputs. */
export function trafficSummary(s: TrafficSection): string {
  const x = s.exchanges;
  const statuses = Object.entries(x.byStatus)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  return `${plural(x.total, 'exchange')} (${s.mode} of ${s.source}); ${x.judged} judged: ${x.responsesJudged} responses, ${x.patchesJudged} PATCH bodies; by status: ${statuses || 'none'}; upstream errors ${x.upstreamErrors}; malformed ${x.malformed}; too large ${x.tooLarge}; ${plural(s.findings.length, 'finding')}.`;
}

/** `3 more rows are in conformance.json.` under a table that was cut (empty when none were left out). */
export function omittedText(t: Table): string {
  return t.omitted ? `${plural(t.omitted, 'more row')} ${t.omitted === 1 ? 'is' : 'are'} in conformance.json.` : '';
}

/** The findings and observed values as tables. */
export function trafficTables(s: TrafficSection): Table[] {
  const o = s.observed;
  return [
    bounded(
      'Findings by fingerprint',
      ['Fingerprint', 'Rule', 'Failure', 'Location', 'Keyword', 'Value class', 'Count', 'Exchanges', 'First seen', 'Last seen'],
      [6, 7],
      s.findings.map((f) => [
        f.fingerprint,
        f.rule,
        f.failure,
        f.location,
        f.keyword ?? '',
        f.value ?? '',
        String(f.count),
        String(f.exchanges),
        seen(f.firstSeen),
        seen(f.lastSeen),
      ]),
    ),
    bounded(
      'Enum values seen',
      ['Location', 'Value', 'Count', 'Allowed by the schema'],
      [2],
      o.enums.flatMap((e) => e.values.map((v) => [e.location, JSON.stringify(v.value), String(v.count), v.allowed ? 'yes' : 'NO'])),
    ),
    bounded(
      'Unknown properties seen',
      ['Location', 'Name', 'Count'],
      [2],
      o.unknownProperties.flatMap((u) => u.names.map((n) => [u.location, n.name, String(n.count)])),
    ),
    bounded(
      'Map sizes',
      ['Location', 'Bodies', 'Min', 'Median', 'Max'],
      [1, 2, 3, 4],
      o.mapSizes.map((m) => [m.location, String(m.bodies), String(m.min), String(m.median), String(m.max)]),
    ),
    bounded(
      'Content types of judged responses',
      ['Content type', 'Count'],
      [1],
      o.contentTypes.map((c) => [c.contentType, String(c.count)]),
    ),
  ];
}
