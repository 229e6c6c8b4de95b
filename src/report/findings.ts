/** What every renderer says about one finding (standing, title, cause) and how findings are grouped, in one place. Pure. */
import type { CheckResult, Failure, Report, TargetInfo } from '../core/types.js';
import { upgradeReport } from './merge.js';
import { plural } from './text.js';
import { isWarning } from './verdict.js';

/** A finding's standing against the baseline; `none` when no baseline was in use. */
export type Standing = 'new' | 'known' | 'expired' | 'none';

/** The finding's standing (`none` for reports without a baseline). */
export function standingOf(f: Failure): Standing {
  return f.baseline?.status ?? 'none';
}

/** True when the baseline accepts this finding (it does not gate). */
export const isKnown = (f: Failure): boolean => f.baseline?.status === 'known';

/** `NEW`, `KNOWN`, `EXPIRED (accepted until 2026-01-01)`, or empty without a baseline (the terminal's words). */
export function standingWord(f: Failure): string {
  const s = standingOf(f);
  if (s === 'none') return '';
  if (s === 'expired') return `EXPIRED${f.baseline?.expires ? ` (accepted until ${f.baseline.expires})` : ''}`;
  return s.toUpperCase();
}

/** What the finding is: its signature, else its failure class, else what was expected. */
export function findingTitle(f: Failure): string {
  return f.signature ?? f.failureClass ?? f.expected;
}

/** `15 cases`, or empty when the report does not count hits. */
export function hitsText(f: Failure): string {
  return f.hits === undefined ? '' : plural(f.hits, 'case');
}

/** `follows from parse.accepts-valid 1a2b3c4d5e6f` for a consequence of another finding, else undefined. */
export function followsFrom(f: Failure): string | undefined {
  return f.causedBy ? `follows from ${f.causedBy.check} ${f.causedBy.fingerprint}` : undefined;
}

/** The sentence that keeps a consequence from reading as a second bug. */
export const CONSEQUENCE = 'a consequence of that finding, not a separate bug: fix that one first';

/** The baseline entry's reason and link: `tracked upstream (https://…)`. */
export function baselineReason(f: Failure): string {
  const b = f.baseline;
  return `${b?.reason ?? 'accepted in the baseline'}${b?.link ? ` (${b.link})` : ''}`;
}

/** `known: reason (link)` for a known finding (also the JUnit skip message). */
export const knownText = (f: Failure): string => `known: ${baselineReason(f)}`;

/** `3 entries; 2 known findings (not gating), 1 expired (gating)`, and whether `--update-baseline` rewrote the file. */
export function baselineCounts(b: NonNullable<Report['baseline']>): string {
  return `${b.entries} entr${b.entries === 1 ? 'y' : 'ies'}; ${plural(b.known, 'known finding')} (not gating), ${b.expired} expired (gating)${b.updated ? '; rewritten by --update-baseline' : ''}.`;
}

/** A check's findings split into those that gate (new, expired, or no baseline) and the known ones; order kept. */
export function splitFindings(c: CheckResult): { fresh: Failure[]; known: Failure[] } {
  return { fresh: c.failures.filter((f) => !isKnown(f)), known: c.failures.filter(isKnown) };
}

/** Checks to show in a findings section: failed ones (even without findings) and any check that has fresh findings. */
export function checksWithFindings(checks: readonly CheckResult[]): CheckResult[] {
  return checks.filter((c) => c.status === 'failed' || splitFindings(c).fresh.length > 0);
}

/** The checks that every given finding follows from, when all of them are consequences (else empty): a check that fails only as an echo. */
export function onlyConsequencesOf(fresh: readonly Failure[]): string[] {
  if (fresh.length === 0 || fresh.some((f) => !f.causedBy)) return [];
  return [...new Set(fresh.map((f) => f.causedBy!.check))];
}

/** The status word of a check (failed SHOULD checks without --strict read `warning`). */
export function statusWord(check: Pick<CheckResult, 'status' | 'level'>, strict: boolean): string {
  if (check.status === 'failed') return isWarning(check, strict) ? 'warning' : 'FAILED';
  return check.status === 'errored' ? 'ERRORED' : check.status;
}

/** `2 new, 1 expired, 3 known` (counts by standing; `2 findings` without a baseline). */
export function findingCounts(failures: readonly Failure[]): string {
  const n = (s: Standing) => failures.filter((f) => standingOf(f) === s).length;
  const parts: string[] = [];
  const plain = n('none');
  if (plain) parts.push(plural(plain, 'finding'));
  if (n('new')) parts.push(`${n('new')} new`);
  if (n('expired')) parts.push(`${n('expired')} expired`);
  if (n('known')) parts.push(`${n('known')} known`);
  return parts.join(', ') || 'no findings';
}

/** `… and 4 more failing cases not attributed (raise --max-findings to see more)`, or undefined. */
export function unattributedText(c: CheckResult): string | undefined {
  const n = c.unattributed ?? 0;
  return n ? `… and ${plural(n, 'more failing case')} not attributed (raise --max-findings to see more)` : undefined;
}

/** `name language version` of what a target announced (empty parts left out; empty when it announced nothing). */
export function implementationName(impl: TargetInfo['implementation']): string {
  return impl ? [impl.name, impl.language, impl.version].filter(Boolean).join(' ') : '';
}

/** `T1`, `T2`, … : how tables name targets. */
export const targetTag = (i: number): string => `T${i + 1}`;

/** The report as renderers expect it: reports read from disk may predate `targets` and `warnings`. */
export function normalize(report: Report): Report {
  return upgradeReport(report);
}

/** The checks of target `i`, in report order. */
export function checksOf(r: Report, i: number): CheckResult[] {
  return r.checks.filter((c) => (c.target ?? 0) === i);
}

/** In-page anchor of a check's findings for one target, e.g. `t2-validate.rejects-invalid`. */
export const checkAnchor = (target: number, check: string): string => `t${target + 1}-${check}`;

/** In-page anchor of one finding: by fingerprint, or by position for reports without fingerprints. */
export const findingAnchor = (target: number, check: string, f: Failure, index: number): string =>
  `${checkAnchor(target, check)}-${f.fingerprint ?? `n${index + 1}`}`;

/** Errored checks whose reason no run error of the same check and target already gives (so error lists do not repeat). */
export function erroredChecksToList(r: Report): CheckResult[] {
  const said = (c: CheckResult) => r.errors.some((e) => e.check === c.id && (e.target ?? 0) === (c.target ?? 0) && (c.reason ?? '').includes(e.message));
  return r.checks.filter((c) => c.status === 'errored' && c.reason && !said(c));
}
