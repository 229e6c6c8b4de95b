/** The run-level sections of `conformance.html`: run health, errors, the baseline, spec ambiguities and notes. Pure. */
import type { Report, RunError } from '../core/types.js';
import { baselineCounts, erroredChecksToList, targetTag } from './findings.js';
import { escapeHtml as h } from './html-escape.js';
import { ellipsis, truncate } from './text.js';

/** Items listed per section (the rest are counted; all are in conformance.json). */
const MAX_ITEMS = 200;

/** A section holding a list of already-escaped items (nothing when empty). */
function section(id: string, title: string, items: string[], intro = '', cls = ''): string {
  if (items.length === 0) return '';
  const shown = items.slice(0, MAX_ITEMS).map((t) => `<li>${t}</li>`);
  if (items.length > MAX_ITEMS) shown.push(`<li>… and ${items.length - MAX_ITEMS} more (see conformance.json)</li>`);
  return `<section id="${id}"${cls ? ` class="${cls}"` : ''}><h2>${h(title)}</h2>${intro ? `<p>${h(intro)}</p>` : ''}<ul class="plain">${shown.join('')}</ul></section>`;
}

const who = (r: Report, target: number | undefined): string =>
  target !== undefined && r.targets.length > 1
    ? `<strong>${targetTag(target)}</strong> <code>${h(ellipsis(r.targets[target]?.target.description ?? '', 120))}</code>: `
    : '';

/** `#warnings`: reasons not to trust this run's results (run health), each with its stable code. */
export function warningsSection(r: Report): string {
  const items = r.warnings.map((w) => `${who(r, w.target)}${h(truncate(w.message, 2_000))} <code class="muted">${h(w.code)}</code>`);
  return section('warnings', 'Warnings (run health)', items, 'These results may not be trusted:', 'callout warn');
}

function errorItem(r: Report, e: RunError): string {
  const where = `${e.check ? `<code>${h(e.check)}</code>: ` : ''}${h(truncate(e.message, 2_000))}`;
  const internal = e.internal ? '<strong class="internal">Internal error</strong> (a bug in paragon-conformance, not in the target: please report it): ' : '';
  return `${who(r, e.target)}${internal}${where}`;
}

/** `#errors`: run errors (internal ones named as bugs of this tool), then errored checks' reasons not said yet. */
export function errorsSection(r: Report): string {
  const multi = r.targets.length > 1;
  const checks = erroredChecksToList(r).map(
    (c) => `${multi ? `<strong>${targetTag(c.target ?? 0)}</strong> ` : ''}<code>${h(c.id)}</code>: ${h(truncate(c.reason!, 2_000))}`,
  );
  return section('errors', 'Errors', [...r.errors.map((e) => errorItem(r, e)), ...checks], '', 'callout error');
}

/** `#baseline`: the file, known and expired counts, and the entries to remove ("fixed: remove it"). */
export function baselineSection(r: Report): string {
  const b = r.baseline;
  if (!b) return '';
  const fixed = b.fixed.map(
    (f) => `<li>fixed: remove it: <code>${h(f.check)}</code> finding <code>${h(f.fingerprint)}</code> (${h(truncate(f.reason, 500))})</li>`,
  );
  const list = fixed.length
    ? `<p>These entries no longer match any finding in a run that exercised their check (they fail the gate under <code>--strict-baseline</code>):</p><ul class="plain fixed">${fixed.join('')}</ul>`
    : '';
  return `<section id="baseline"><h2>Baseline</h2><p><code>${h(truncate(b.file, 500))}</code>: ${h(baselineCounts(b))}</p>${list}</section>`;
}

/** `#ambiguities`: cases the oracle and the second opinion judge differently; they count against no target. */
export function ambiguitiesSection(r: Report): string {
  const items = (r.ambiguities ?? []).map(
    (a) =>
      `${h(a.kind)} case: ajv says ${a.oracle ? 'valid' : 'invalid'}, the second opinion ${a.secondOpinion ? 'valid' : 'invalid'}${a.label ? ` (${h(a.label)})` : ''}<pre>${h(truncate(a.json, 5_000))}</pre>`,
  );
  return section('ambiguities', 'Spec ambiguities', items, 'The two validators disagree on these cases, so they count against no target.');
}

/** `#notes`: remarks such as "read-only: writes were not sent". */
export function notesSection(r: Report): string {
  return section(
    'notes',
    'Notes',
    r.notes.map((n) => h(truncate(n, 2_000))),
  );
}
