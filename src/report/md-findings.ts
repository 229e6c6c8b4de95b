/** The findings of `conformance.md`: one slot per finding, new ones in full, known ones after them in a compact list. Pure. */
import type { CheckResult, Failure, Report } from '../core/types.js';
import {
  baselineReason,
  CONSEQUENCE,
  checksOf,
  checksWithFindings,
  findingCounts,
  findingTitle,
  hitsText,
  knownText,
  onlyConsequencesOf,
  splitFindings,
  standingWord,
  statusWord,
  targetTag,
  unattributedText,
} from './findings.js';
import { mdCode, mdFence, mdText } from './md-escape.js';
import { describeViolation, plural, previewJson, truncate } from './text.js';

/** How much of each finding is shown; the renderer steps down until the page fits the step summary. */
export interface MdDetail {
  /** Longest preview of a counterexample, expected or actual value, in characters. */
  value: number;
  /** `full`: every field; `headline`: one line per finding; `ids`: fingerprints only. */
  mode: 'full' | 'headline' | 'ids';
}

const SIGNATURE_MAX = 300;

/** `**Finding `1a2b…` NEW**: `signature`, 15 cases`, the one line that is never dropped. */
function headline(f: Failure, k: number, n: number, max = SIGNATURE_MAX): string {
  const id = f.fingerprint ? `Finding ${mdCode(f.fingerprint)}` : `Finding #${k + 1} of ${n}`;
  const standing = standingWord(f);
  const cause = f.causedBy ? ` (follows from ${mdCode(f.causedBy.check)} ${mdCode(f.causedBy.fingerprint)})` : '';
  const hits = hitsText(f);
  return `**${id}${standing ? ` ${mdText(standing)}` : ''}**${cause}: ${mdCode(findingTitle(f), max)}${hits ? `, ${hits}` : ''}`;
}

function details(f: Failure, d: MdDetail): string[] {
  const out: string[] = [];
  if (f.causedBy) out.push(`- Follows from: ${mdCode(f.causedBy.check)} finding ${mdCode(f.causedBy.fingerprint)} (${CONSEQUENCE})`);
  if (f.baseline?.status === 'expired') out.push(`- Baseline: ${mdText(`${standingWord(f)}: ${baselineReason(f)}`, d.value)}`);
  if (f.violation) out.push(`- Violation: ${mdCode(describeViolation(f.violation))}`);
  out.push(`- Expected: ${mdText(f.expected, d.value)}`, `- Actual: ${mdText(f.actual, d.value)}`);
  if (f.http)
    out.push(`- Request: ${mdCode(`${f.http.request.method} ${f.http.request.path}`)}${f.http.response ? ` answered ${f.http.response.status}` : ''}`);
  const replay = truncate(f.replay, Math.max(d.value, 1_000));
  out.push('', mdFence(previewJson(f.counterexample, d.value), 'json'), '', 'Replay:', '', mdFence(replay, 'sh'));
  return out;
}

function checkBlock(r: Report, c: CheckResult, multi: boolean, d: MdDetail): string[] {
  const { fresh, known } = splitFindings(c);
  const echo = onlyConsequencesOf(fresh);
  const aside = `${echo.length ? ` (all follow from ${echo.map((x) => mdCode(x)).join(', ')})` : ''}${known.length ? ` (+${known.length} known, listed below)` : ''}`;
  const head = `${multi ? '####' : '###'} ${mdCode(c.id)} ${c.level}, ${statusWord(c, r.strict)}: ${findingCounts(fresh)}${aside}`;
  const out = ['', head];
  if (d.mode === 'ids') {
    if (fresh.length) out.push('', fresh.map((f, k) => `${f.fingerprint ? mdCode(f.fingerprint) : `#${k + 1}`} ${standingWord(f)}`.trim()).join(', '));
  } else if (d.mode === 'headline') {
    out.push('', ...fresh.map((f, k) => `- ${headline(f, k, fresh.length, 120)}`));
  } else {
    for (const [k, f] of fresh.entries()) out.push('', headline(f, k, fresh.length), '', ...details(f, d));
  }
  const more = unattributedText(c);
  if (more) out.push('', mdText(more));
  return out;
}

/** `## Findings`: per target (multi-target runs) and failing check, every new, expired or unbaselined finding. */
export function findingsSection(r: Report, d: MdDetail, shortened = false): string[] {
  const multi = r.targets.length > 1;
  const out: string[] = [];
  let shown = 0;
  let checks = 0;
  r.targets.forEach((t, i) => {
    const failing = checksWithFindings(checksOf(r, i));
    if (failing.length === 0) return;
    if (multi) out.push('', `### ${targetTag(i)} ${mdCode(t.target.description, 300)}`);
    for (const c of failing) out.push(...checkBlock(r, c, multi, d));
    shown += failing.reduce((n, c) => n + splitFindings(c).fresh.length, 0);
    checks += failing.length;
  });
  if (out.length === 0) return [];
  const note = shortened
    ? [
        '',
        d.mode === 'full'
          ? `Values are cut at ${d.value} characters to fit the step summary; conformance.json has them in full.`
          : 'Findings are listed without their details to fit the step summary; conformance.json has them in full.',
      ]
    : [];
  return ['', `## Findings (${shown} in ${plural(checks, 'check')})`, ...note, ...out];
}

/** `## Known findings`: accepted by the baseline, after the new ones, one line each. */
export function knownSection(r: Report, d: MdDetail): string[] {
  const multi = r.targets.length > 1;
  const lines: string[] = [];
  for (const c of r.checks) {
    const { known } = splitFindings(c);
    if (known.length === 0) continue;
    const where = `${multi ? `${targetTag(c.target ?? 0)} ` : ''}${mdCode(c.id)}`;
    if (d.mode === 'ids') lines.push(`- ${where}: ${known.map((f, k) => (f.fingerprint ? mdCode(f.fingerprint) : `#${k + 1}`)).join(', ')}`);
    else lines.push(...known.map((f, k) => `- ${where} ${headline(f, k, known.length)}. ${mdText(knownText(f), Math.max(d.value, 200))}`));
  }
  if (lines.length === 0) return [];
  const n = r.checks.reduce((s, c) => s + splitFindings(c).known.length, 0);
  return ['', `## Known findings (${n}, accepted by the baseline: not gating)`, '', ...lines];
}
