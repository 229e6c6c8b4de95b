/** The run-level parts of `conformance.md`: run health, the baseline, spec ambiguities and errors. Pure. */
import type { Report, RunError } from '../core/types.js';
import { baselineCounts, erroredChecksToList, targetTag } from './findings.js';
import { mdCode, mdText } from './md-escape.js';
import { ellipsis } from './text.js';

/** Longest list shown in full; the rest are counted (they are in conformance.json). */
export const MAX_LIST = 20;

/** Bullets, capped at `MAX_LIST` items with a line saying how many more there are. */
export function bullets(items: readonly string[]): string[] {
  const shown = items.slice(0, MAX_LIST).map((t) => `- ${t}`);
  if (items.length > MAX_LIST) shown.push(`- … and ${items.length - MAX_LIST} more (see conformance.json)`);
  return shown;
}

/** A bulleted section (nothing when there are no items). */
export function list(title: string, items: readonly string[], intro?: string): string[] {
  if (items.length === 0) return [];
  return ['', `## ${title}`, '', ...(intro ? [intro, ''] : []), ...bullets(items)];
}

const who = (r: Report, target: number | undefined): string =>
  target !== undefined && r.targets.length > 1 ? `${targetTag(target)} ${mdCode(ellipsis(r.targets[target]?.target.description ?? '', 120))}: ` : '';

/** `## Warnings (run health)`: reasons not to trust this run's results, each naming the likely cause. */
export function warningsSection(r: Report): string[] {
  return list(
    'Warnings (run health)',
    r.warnings.map((w) => `${who(r, w.target)}${mdText(w.message)} (${mdCode(w.code)})`),
    'These results may not be trusted:',
  );
}

/** `## Baseline`: file, known and expired counts, and the entries to remove ("fixed: remove it"). */
export function baselineSection(r: Report): string[] {
  const b = r.baseline;
  if (!b) return [];
  const summary = `${mdCode(b.file, 300)}: ${baselineCounts(b)}`;
  const fixed = b.fixed.map((f) => `fixed: remove it: ${mdCode(f.check)} finding ${mdCode(f.fingerprint)} (${mdText(f.reason, 300)})`);
  const out = ['', '## Baseline', '', summary];
  if (fixed.length === 0) return out;
  const why = 'These entries no longer match any finding in a run that exercised their check (they fail the gate under --strict-baseline):';
  return [...out, '', why, '', ...bullets(fixed)];
}

/** One error line: internal errors are named as bugs of paragon-conformance, target errors name their target. */
function errorLine(r: Report, e: RunError): string {
  const where = `${e.check ? `${mdCode(e.check)}: ` : ''}${mdText(e.message)}`;
  const internal = e.internal ? '**internal error** (a bug in paragon-conformance, not in the target: please report it): ' : '';
  return `${who(r, e.target)}${internal}${where}`;
}

/** `## Errors`: run errors in the order they happened, then errored checks whose reason no run error already gives. */
export function errorsSection(r: Report): string[] {
  const multi = r.targets.length > 1;
  const checks = erroredChecksToList(r).map((c) => `${multi ? `${targetTag(c.target ?? 0)} ` : ''}${mdCode(c.id)}: ${mdText(c.reason!)}`);
  return list('Errors', [...r.errors.map((e) => errorLine(r, e)), ...checks]);
}

/** `## Spec ambiguities`: cases the two validators judge differently; they count against no target. */
export function ambiguitiesSection(r: Report, max: number): string[] {
  const all = r.ambiguities ?? [];
  return list(
    `Spec ambiguities (${all.length})`,
    all.map(
      (a) =>
        `${a.kind} case: ajv says ${a.oracle ? 'valid' : 'invalid'}, the second opinion ${a.secondOpinion ? 'valid' : 'invalid'}: ${mdCode(a.json, max)}${a.label ? ` (${mdText(a.label)})` : ''}`,
    ),
    'The two validators disagree on these cases, so they count against no target:',
  );
}
