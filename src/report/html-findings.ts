/** The findings of `conformance.html`: one block per finding with an id to link to, known ones after the new ones. Pure. */
import type { CheckResult, Failure, Report } from '../core/types.js';
import {
  baselineReason,
  CONSEQUENCE,
  checkAnchor,
  checksOf,
  checksWithFindings,
  findingAnchor,
  findingCounts,
  findingTitle,
  hitsText,
  knownText,
  onlyConsequencesOf,
  splitFindings,
  standingOf,
  standingWord,
  statusWord,
  targetTag,
  unattributedText,
} from './findings.js';
import { escapeHtml as h } from './html-escape.js';
import { describeViolation, previewJson, truncate } from './text.js';

/** Longest value shown, and findings per check shown in full (the rest as headlines; all are in conformance.json). */
const MAX_VALUE = 20_000;
const MAX_FULL = 50;

/** The coloured status word of a check. */
export function statusBadge(c: Pick<CheckResult, 'status' | 'level'>, strict: boolean): string {
  const word = statusWord(c, strict);
  return `<span class="status s-${word.toLowerCase()}">${h(word)}</span>`;
}

/** The coloured standing of a finding (`NEW`, `KNOWN`, `EXPIRED`), or nothing without a baseline. */
function standingBadge(f: Failure): string {
  const s = standingOf(f);
  return s === 'none' ? '' : ` <span class="standing st-${s}">${h(standingWord(f))}</span>`;
}

/** Finding id, standing, signature and hits in one line. */
function head(f: Failure, k: number): string {
  const id = f.fingerprint ? `<code class="fp">${h(f.fingerprint)}</code>` : `<span class="fp">#${k + 1}</span>`;
  const hits = hitsText(f);
  return `<div class="fhead">${id}${standingBadge(f)} <span class="sig">${h(truncate(findingTitle(f), 500))}</span>${hits ? ` <span class="hits">${h(hits)}</span>` : ''}</div>`;
}

/** "Follows from …" with a link to the cause when this report holds it. */
function cause(r: Report, t: number, f: Failure): string {
  if (!f.causedBy) return '';
  const { check, fingerprint } = f.causedBy;
  const failures = checksOf(r, t).find((c) => c.id === check)?.failures ?? [];
  const index = failures.findIndex((x) => x.fingerprint === fingerprint);
  const label = `<code>${h(check)}</code> <code>${h(fingerprint)}</code>`;
  const link = index >= 0 ? `<a href="#${h(findingAnchor(t, check, failures[index]!, index))}">${label}</a>` : label;
  return `<p class="cause">Follows from ${link}: ${h(CONSEQUENCE)}.</p>`;
}

function details(f: Failure): string {
  const rows: [string, string][] = [];
  if (f.baseline?.status === 'expired') rows.push(['Baseline', `${standingWord(f)}: ${baselineReason(f)}`]);
  if (f.violation) rows.push(['Violation', describeViolation(f.violation)]);
  rows.push(['Expected', truncate(f.expected, MAX_VALUE)], ['Actual', truncate(f.actual, MAX_VALUE)]);
  if (f.http) {
    rows.push(['Request', `${f.http.request.method} ${f.http.request.path}`]);
    if (f.http.response)
      rows.push(['Response', `${f.http.response.status} ${f.http.response.contentType ?? ''} ${truncate(f.http.response.bodyExcerpt ?? '', 2_000)}`.trim()]);
  }
  if (f.shrinkSteps !== undefined) rows.push(['Shrink steps', String(f.shrinkSteps)]);
  const dl = rows.map(([k, v]) => `<dt>${h(k)}</dt><dd>${h(v)}</dd>`).join('');
  return `<dl>${dl}</dl><div>Counterexample</div><pre class="counterexample">${h(previewJson(f.counterexample, MAX_VALUE))}</pre><div>Replay</div><pre class="replay">${h(f.replay)}</pre>`;
}

function checkBlock(r: Report, t: number, c: CheckResult): string {
  const { fresh, known } = splitFindings(c);
  const echo = onlyConsequencesOf(fresh);
  const follows = echo.length ? ` <span class="muted">(all follow from ${echo.map((x) => `<code>${h(x)}</code>`).join(', ')})</span>` : '';
  const aside = known.length ? ` <a class="muted" href="#${h(`known-${checkAnchor(t, c.id)}`)}">+${known.length} known</a>` : '';
  const blocks = fresh.map((f, k) => {
    const full = k < MAX_FULL ? details(f) : '<p class="muted">Details are in conformance.json.</p>';
    return `<div class="finding fs-${standingOf(f)}${f.causedBy ? ' consequence' : ''}" id="${h(findingAnchor(t, c.id, f, c.failures.indexOf(f)))}">${head(f, k)}${cause(r, t, f)}${full}</div>`;
  });
  const more = unattributedText(c);
  const attrs = `id="${h(checkAnchor(t, c.id))}" data-check="${h(c.id)}" data-target="${t + 1}"`;
  return `<details open class="check-findings" ${attrs}><summary><code>${h(c.id)}</code> ${c.level} ${statusBadge(c, r.strict)} ${h(findingCounts(fresh))}${follows}${aside}</summary>${blocks.join('')}${more ? `<p class="muted">${h(more)}</p>` : ''}</details>`;
}

/** `#findings`: per target (multi-target runs) and failing check, every finding that gates, in full. */
export function findingsSection(r: Report): string {
  const multi = r.targets.length > 1;
  const parts = r.targets.map((tr, t) => {
    const failing = checksWithFindings(checksOf(r, t));
    if (failing.length === 0) return '';
    const title = multi ? `<h3 id="findings-t${t + 1}">${targetTag(t)} <code>${h(tr.target.description)}</code></h3>` : '';
    return title + failing.map((c) => checkBlock(r, t, c)).join('\n');
  });
  if (parts.every((p) => p === '')) return '';
  return `<section id="findings"><h2>Findings</h2>${parts.join('\n')}</section>`;
}

/** `#known`: findings the baseline accepts, compact (headline, reason, link), after the new ones. */
export function knownSection(r: Report): string {
  const multi = r.targets.length > 1;
  const groups = r.checks.flatMap((c) => {
    const t = c.target ?? 0;
    const { known } = splitFindings(c);
    if (known.length === 0) return [];
    const items = known.map(
      (f, k) => `<li class="finding fs-known" id="${h(findingAnchor(t, c.id, f, c.failures.indexOf(f)))}">${head(f, k)}<p>${h(knownText(f))}</p></li>`,
    );
    const who = multi ? `${targetTag(t)} ` : '';
    return [
      `<div id="${h(`known-${checkAnchor(t, c.id)}`)}"><h3>${who}<code>${h(c.id)}</code> ${c.level}</h3><ul class="known-list">${items.join('')}</ul></div>`,
    ];
  });
  if (groups.length === 0) return '';
  return `<section id="known"><h2>Known findings</h2><p>Accepted by the baseline: they do not fail the gate.</p>${groups.join('\n')}</section>`;
}
