/**
 * Renders `junit.xml` for CI test viewers, in the common JUnit subset (testsuites / testsuite / testcase).
 * One testcase per check (`classname="paragon-conformance.<level>"`, `name="<check id>"`):
 * failed → `<failure>`; errored → `<error>`; skipped → `<skipped>`. A failed SHOULD check without `--strict`
 * is a warning: the testcase passes (it does not gate) and carries the counterexamples in `<system-out>`
 * under a `WARNING` line, so viewers show it without turning the build red. Under `--strict` it is a `<failure>`.
 */
import type { CheckResult, Report } from '../core/types.js';
import { trafficProperties } from '../traffic/render-junit.js';
import { failureText, replaceForbiddenChars, seconds, truncate } from './text.js';
import { isWarning } from './verdict.js';

/** Most counterexamples listed per testcase, and longest value shown, to keep the file loadable. */
const MAX_FAILURES = 20;
const MAX_VALUE = 8_000;

/** Escapes character data (element text). No CDATA is used, so `]]>` needs no special case beyond `>`. */
export function xmlText(text: string): string {
  return replaceForbiddenChars(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes an attribute value; newlines and tabs become character references so they survive normalisation. */
export function xmlAttr(text: string): string {
  return xmlText(text).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

const attrs = (pairs: [string, string | number][]): string => pairs.map(([k, v]) => ` ${k}="${xmlAttr(String(v))}"`).join('');

function failuresBody(check: CheckResult): string {
  const shown = check.failures.slice(0, MAX_FAILURES).map((f, i) => `#${i + 1} of ${check.failures.length}\n${failureText(f, MAX_VALUE)}`);
  if (check.failures.length > MAX_FAILURES) shown.push(`… ${check.failures.length - MAX_FAILURES} more counterexamples in conformance.json`);
  return shown.join('\n\n');
}

function failureMessage(check: CheckResult): string {
  const first = check.failures[0];
  const n = check.failures.length;
  const head = `${check.id} (${check.level}) failed with ${n} counterexample${n === 1 ? '' : 's'}`;
  return first ? truncate(`${head}: expected ${first.expected}, got ${first.actual}`, 500) : head;
}

function testcase(check: CheckResult, report: Report): string {
  const open = `    <testcase${attrs([
    ['classname', `paragon-conformance.${check.level}`],
    ['name', check.id],
    ['time', seconds(check.durationMs)],
  ])}`;
  const checkErrors = report.errors.filter((e) => e.check === check.id).map((e) => e.message);
  let body = '';
  if (check.status === 'failed' && isWarning(check, report.strict)) {
    body = `      <system-out>${xmlText(`WARNING (SHOULD, not gating without --strict): ${check.title}\n\n${failuresBody(check)}`)}</system-out>\n`;
  } else if (check.status === 'failed') {
    body = `      <failure${attrs([
      ['message', failureMessage(check)],
      ['type', check.level],
    ])}>${xmlText(failuresBody(check))}</failure>\n`;
  } else if (check.status === 'errored') {
    const reason = check.reason ?? checkErrors[0] ?? 'the check errored';
    body = `      <error${attrs([
      ['message', truncate(reason, 500)],
      ['type', 'TargetError'],
    ])}>${xmlText([reason, ...checkErrors.filter((m) => m !== reason)].join('\n'))}</error>\n`;
  } else if (check.status === 'skipped') {
    body = `      <skipped${attrs([['message', check.reason ?? 'skipped']])}/>\n`;
  }
  return body ? `${open}>\n${body}    </testcase>\n` : `${open}/>\n`;
}

/** `junit.xml`: one `<testsuite name="paragon-conformance">` with a testcase per check, and run facts as properties. */
export function renderJunit(report: Report): string {
  const count = (s: CheckResult['status']) => report.checks.filter((c) => c.status === s).length;
  const failures = report.checks.filter((c) => c.status === 'failed' && !isWarning(c, report.strict)).length;
  const totals: [string, string | number][] = [
    ['tests', report.checks.length],
    ['failures', failures],
    ['errors', count('errored')],
    ['skipped', count('skipped')],
    ['time', seconds(report.durationMs)],
  ];
  const props: [string, string | number][] = [
    ['verdict', report.verdict],
    ['target', report.target.description],
    ['seed', report.seed],
    ['runs', report.runs],
    ['strict', String(report.strict)],
    ['schema', report.schema.$id],
    ['schema.sha256', report.schema.sha256],
    ['tool', `${report.tool.name} ${report.tool.version}`],
  ];
  if (report.shard) props.push(['shard', `${report.shard.index}/${report.shard.count}`]);
  props.push(...trafficProperties(report));
  const properties = props
    .map(
      ([name, value]) =>
        `      <property${attrs([
          ['name', name],
          ['value', value],
        ])}/>\n`,
    )
    .join('');
  const loose = report.errors.filter((e) => !e.check || !report.checks.some((c) => c.id === e.check)).map((e) => e.message);
  const systemErr = loose.length ? `    <system-err>${xmlText(loose.join('\n'))}</system-err>\n` : '';
  const timestamp = report.startedAt.replace(/(\.\d+)?(Z|[+-]\d\d:\d\d)$/, '');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<testsuites${attrs([['name', 'paragon-conformance'], ...totals])}>\n`,
    `  <testsuite${attrs([['name', 'paragon-conformance'], ...totals, ['timestamp', timestamp]])}>\n`,
    `    <properties>\n${properties}    </properties>\n`,
    ...report.checks.map((c) => testcase(c, report)),
    systemErr,
    '  </testsuite>\n',
    '</testsuites>\n',
  ].join('');
}
