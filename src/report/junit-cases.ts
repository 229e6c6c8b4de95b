/**
 * The testcases of one check in `junit.xml`: one per check without findings, one per finding otherwise
 * (`name="<check id> <fingerprint>"`, `classname="paragon-conformance.<level>.<check id>"`). New and expired findings
 * of a gating check are `<failure>`, known ones `<skipped message="known: …">`, and findings of a SHOULD check without
 * `--strict` pass with the text in `<system-out>` under a WARNING line.
 */
import type { CheckResult, Failure, Report, RunError } from '../core/types.js';
import { CONSEQUENCE, followsFrom, isKnown, knownText, splitFindings, unattributedText } from './findings.js';
import { attrs, type JunitCase, testcase, xmlText } from './junit-xml.js';
import { findingHeadline } from './terminal.js';
import { failureText, seconds, truncate } from './text.js';
import { isGatingFailure, isWarning } from './verdict.js';

/** Longest value shown in a testcase body, to keep the file loadable. */
const MAX_VALUE = 8_000;

/** The text of one finding: its headline, its cause, its baseline standing, then the failure block. */
export function findingText(f: Failure): string {
  const lines = [findingHeadline(f)];
  const cause = followsFrom(f);
  if (cause) lines.push(`${cause[0]!.toUpperCase()}${cause.slice(1)} (${CONSEQUENCE})`);
  if (f.baseline?.status === 'expired') lines.push(`Baseline: expired on ${f.baseline.expires ?? '?'}: ${f.baseline.reason ?? ''}`.trimEnd());
  return `${lines.join('\n')}\n${failureText(f, MAX_VALUE)}`;
}

const warningLine = (c: CheckResult) => `WARNING (SHOULD, not gating without --strict): ${c.title}`;

function findingCase(c: CheckResult, f: Failure, k: number, strict: boolean, time: string, tail: string): JunitCase {
  const name = `${c.id} ${f.fingerprint ?? `#${k + 1}`}`;
  const classname = `paragon-conformance.${c.level}.${c.id}`;
  const text = `${findingText(f)}${tail}`;
  if (isKnown(f)) return testcase(classname, name, time, `      <skipped${attrs([['message', knownText(f)]])}/>\n`, 'skipped');
  if (isWarning(c, strict)) return testcase(classname, name, time, `      <system-out>${xmlText(`${warningLine(c)}\n\n${text}`)}</system-out>\n`, 'passed');
  if (!isGatingFailure(c, strict)) return testcase(classname, name, time, `      <system-out>${xmlText(text)}</system-out>\n`, 'passed');
  const cause = followsFrom(f);
  const message = `${c.id} (${c.level}) ${findingHeadline(f)}${cause ? `; ${cause}` : ''}: expected ${f.expected}, got ${f.actual}`;
  const body = `      <failure${attrs([
    ['message', truncate(message, 500)],
    ['type', c.level],
  ])}>${xmlText(text)}</failure>\n`;
  return testcase(classname, name, time, body, 'failure');
}

function errored(c: CheckResult, errors: readonly RunError[], time: string): JunitCase {
  const own = errors.filter((e) => e.check === c.id).map((e) => `${e.internal ? 'internal error (a bug in paragon-conformance): ' : ''}${e.message}`);
  const reason = c.reason ?? own[0] ?? 'the check errored';
  const found = c.failures.map((f) => findingText(f));
  const text = [reason, ...own.filter((m) => m !== reason), ...found].join('\n\n');
  const type = errors.some((e) => e.check === c.id && e.internal) ? 'InternalError' : 'TargetError';
  const body = `      <error${attrs([
    ['message', truncate(reason, 500)],
    ['type', type],
  ])}>${xmlText(text)}</error>\n`;
  return testcase(`paragon-conformance.${c.level}`, c.id, time, body, 'error');
}

/** A failed check none of whose failing cases became a finding (all past `--max-findings`): still one testcase. */
function unattributedOnly(c: CheckResult, strict: boolean, time: string): JunitCase {
  const text = unattributedText(c) ?? `${c.id} failed`;
  const classname = `paragon-conformance.${c.level}`;
  if (!isGatingFailure(c, strict))
    return testcase(classname, c.id, time, `      <system-out>${xmlText(`${warningLine(c)}\n\n${text}`)}</system-out>\n`, 'passed');
  const body = `      <failure${attrs([
    ['message', truncate(`${c.id} (${c.level}) failed: ${text}`, 500)],
    ['type', c.level],
  ])}>${xmlText(text)}</failure>\n`;
  return testcase(classname, c.id, time, body, 'failure');
}

/** The testcases of one check of one target; `errors` are that target's run errors. */
export function checkCases(c: CheckResult, report: Pick<Report, 'strict'>, errors: readonly RunError[]): JunitCase[] {
  const classname = `paragon-conformance.${c.level}`;
  const time = seconds(c.durationMs);
  if (c.status === 'errored') return [errored(c, errors, time)];
  if (c.status === 'skipped') return [testcase(classname, c.id, time, `      <skipped${attrs([['message', c.reason ?? 'skipped']])}/>\n`, 'skipped')];
  if (c.failures.length === 0) return [c.status === 'failed' ? unattributedOnly(c, report.strict, time) : testcase(classname, c.id, time, '', 'passed')];
  const each = seconds(c.durationMs / c.failures.length);
  const more = unattributedText(c);
  const { fresh, known } = splitFindings(c);
  const ordered = [...fresh, ...known];
  const cases = ordered.map((f, k) => findingCase(c, f, c.failures.indexOf(f), report.strict, each, more && k === fresh.length - 1 ? `\n\n${more}` : ''));
  // Every finding known, yet the check failed (on cases past --max-findings): that failure keeps a testcase of its own.
  if (fresh.length === 0 && c.status === 'failed') cases.push(unattributedOnly(c, report.strict, time));
  return cases;
}
