/**
 * Renders `junit.xml` for CI test viewers, in the common JUnit subset (testsuites / testsuite / testcase): one
 * `<testsuite>` per target, named after it; its testcases come from `junit-cases.ts` (one per finding). Totals are
 * counted from the testcases written, so they always agree. Run health and "fixed: remove it" entries go to
 * `<system-out>`, run errors to `<system-err>`; entries that fail the gate under `--strict-baseline` get a suite.
 */
import type { Report, RunError } from '../core/types.js';
import { checksOf, implementationName, normalize } from './findings.js';
import { checkCases } from './junit-cases.js';
import { attrs, type JunitCase, testcase, totals, xmlText } from './junit-xml.js';
import { seconds } from './text.js';
import { trafficProperties } from './traffic-junit.js';

function properties(r: Report, i: number): string {
  const t = r.targets[i]!;
  const impl = t.target.implementation;
  const props: [string, string | number][] = [
    ['verdict', t.verdict],
    ['target', t.target.description],
    ...(impl ? [['implementation', implementationName(impl)] as [string, string]] : []),
    ...(r.targets.length > 1 ? [['run.verdict', r.verdict] as [string, string]] : []),
    ['seed', r.seed],
    ['runs', r.runs],
    ['strict', String(r.strict)],
    ['schema', r.schema.$id],
    ['schema.sha256', r.schema.sha256],
    ['tool', `${r.tool.name} ${r.tool.version}`],
  ];
  if (r.shard) props.push(['shard', `${r.shard.index}/${r.shard.count}`]);
  props.push(...trafficProperties(r));
  const lines = props.map(
    ([name, value]) =>
      `      <property${attrs([
        ['name', name],
        ['value', value],
      ])}/>\n`,
  );
  return `    <properties>\n${lines.join('')}    </properties>\n`;
}

const errorText = (e: RunError): string =>
  `${e.internal ? 'internal error (a bug in paragon-conformance, not in the target): ' : ''}${e.check ? `${e.check}: ` : ''}${e.message}`;

/** Run-level items (no target) belong to every suite; the others to their own. */
const concerns = (i: number) => (x: { target?: number }) => x.target === undefined || x.target === i;

function suite(r: Report, i: number, timestamp: string): { xml: string; cases: JunitCase[] } {
  const checks = checksOf(r, i);
  const errors = r.errors.filter(concerns(i));
  const cases = checks.flatMap((c) => checkCases(c, r, errors));
  const shown = new Set(checks.filter((c) => c.status === 'errored').map((c) => c.id));
  const loose = errors.filter((e) => !e.check || !shown.has(e.check)).map(errorText);
  const out = r.warnings.filter(concerns(i)).map((w) => `warning (run health): ${w.message} [${w.code}]`);
  if (i === 0) for (const f of r.baseline?.fixed ?? []) out.push(`fixed: remove it from the baseline: ${f.check} finding ${f.fingerprint} (${f.reason})`);
  const time = seconds(checks.reduce((n, c) => n + c.durationMs, 0));
  const xml = [
    `  <testsuite${attrs([['name', r.targets[i]!.target.description], ...totals(cases), ['time', time], ['timestamp', timestamp]])}>\n`,
    properties(r, i),
    ...cases.map((c) => c.xml),
    out.length ? `    <system-out>${xmlText(out.join('\n'))}</system-out>\n` : '',
    loose.length ? `    <system-err>${xmlText(loose.join('\n'))}</system-err>\n` : '',
    '  </testsuite>\n',
  ].join('');
  return { xml, cases };
}

/** Under `--strict-baseline` stale entries alone can fail the run: then each is a failing testcase, so the XML is red too. */
function baselineSuite(r: Report, timestamp: string): { xml: string; cases: JunitCase[] } | undefined {
  const fixed = r.baseline?.fixed ?? [];
  const gates = r.verdict === 'non-conformant' && !r.targets.some((t) => t.verdict === 'non-conformant');
  if (!gates || fixed.length === 0) return undefined;
  const cases = fixed.map((f) => {
    const message = `fixed: remove it from the baseline (${f.reason}); stale entries fail the gate under --strict-baseline`;
    return testcase('paragon-conformance.baseline', `${f.check} ${f.fingerprint}`, '0.000', `      <failure${attrs([['message', message]])}/>\n`, 'failure');
  });
  const name = `baseline ${r.baseline!.file}`;
  return {
    xml: `  <testsuite${attrs([['name', name], ...totals(cases), ['time', '0.000'], ['timestamp', timestamp]])}>\n${cases.map((c) => c.xml).join('')}  </testsuite>\n`,
    cases,
  };
}

/** `junit.xml`: a `<testsuite>` per target (named after it) with a testcase per check or per finding, and run facts as properties. */
export function renderJunit(report: Report): string {
  const r = normalize(report);
  const timestamp = r.startedAt.replace(/(\.\d+)?(Z|[+-]\d\d:\d\d)$/, '');
  const suites = r.targets.map((_, i) => suite(r, i, timestamp));
  const extra = baselineSuite(r, timestamp);
  if (extra) suites.push(extra);
  const all = suites.flatMap((s) => s.cases);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<testsuites${attrs([['name', 'paragon-conformance'], ...totals(all), ['time', seconds(r.durationMs)]])}>\n`,
    ...suites.map((s) => s.xml),
    '</testsuites>\n',
  ].join('');
}
