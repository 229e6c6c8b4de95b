/** The `traffic` section in `junit.xml`: run facts as testsuite properties (hooked into `report/junit.ts`; findings are the traffic checks' testcases). Pure. */
import type { Report } from '../core/types.js';
import { sectionOf } from './traffic-rows.js';

/** `[name, value]` properties of the traffic section (none when the report has no `traffic`). */
export function trafficProperties(report: Report): [string, string | number][] {
  const s = sectionOf(report);
  if (!s) return [];
  const x = s.exchanges;
  return [
    ['traffic.mode', s.mode],
    ['traffic.source', s.source],
    ['traffic.exchanges', x.total],
    ['traffic.judged', x.judged],
    ['traffic.upstreamErrors', x.upstreamErrors],
    ['traffic.malformed', x.malformed],
    ['traffic.findings', s.findings.length],
    ['traffic.violations', s.findings.reduce((n, f) => n + f.count, 0)],
  ];
}
