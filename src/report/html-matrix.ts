/** The multi-target tables of `conformance.html`: targets, who fails what (checks and findings), and disagreements. Pure. */
import type { Report, Verdict } from '../core/types.js';
import { checkAnchor, findingAnchor, implementationName, targetTag } from './findings.js';
import { escapeHtml as h } from './html-escape.js';
import { checkMatrix, findingMatrix } from './matrix.js';
import { describeViolation, ellipsis, previewJson, summaryLine, truncate } from './text.js';

/** A verdict as a coloured chip. */
export const verdictChip = (v: Verdict): string => `<span class="chip v-${v}">${v.toUpperCase()}</span>`;

/** Column heads: `T1` with the target's description as tooltip and a short label under it. */
function targetHeads(r: Report): string {
  return r.targets
    .map((t, i) => {
      const d = t.target.description;
      return `<th class="tcol" title="${h(truncate(d, 500))}"><a href="#target-${i + 1}">${targetTag(i)}</a><div class="tname">${h(ellipsis(d, 28))}</div></th>`;
    })
    .join('');
}

/** `#targets`: one row per target with its verdict and summary. */
export function targetsTable(r: Report): string {
  const rows = r.targets.map((t, i) => {
    const name = implementationName(t.target.implementation);
    return `<tr id="target-${i + 1}"><td class="id">${targetTag(i)}</td><td><code>${h(t.target.description)}</code> (${h(t.target.kind)})</td><td>${h(name)}</td><td>${verdictChip(t.verdict)}</td><td>${h(summaryLine(t.summary))}</td></tr>`;
  });
  return `<section id="targets"><h2>Targets</h2><table><thead><tr><th></th><th>Target</th><th>Implementation</th><th>Verdict</th><th>Checks</th></tr></thead><tbody>${rows.join('\n')}</tbody></table></section>`;
}

/** `#matrix`: targets × checks; each cell with findings links to that target's findings for that check. */
export function checkMatrixTable(r: Report): string {
  const rows = checkMatrix(r).map((row) => {
    const cells = row.cells.map((c, i) => {
      const cls = `m m-${c.word.replace(/\s+/g, '-').toLowerCase()}`;
      const counts = c.fresh ? ` ${c.fresh}${c.known ? ` +${c.known} known` : ''}` : c.known ? ` ${c.known}` : '';
      const text = `${c.word}${counts}`;
      const href = c.fresh || c.check?.status === 'failed' ? checkAnchor(i, row.id) : c.known ? `known-${checkAnchor(i, row.id)}` : '';
      const tip = c.check?.reason ? ` title="${h(truncate(c.check.reason, 300))}"` : '';
      return `<td class="${cls}"${tip}>${href ? `<a href="#${h(href)}">${h(text)}</a>` : h(text)}</td>`;
    });
    return `<tr data-check="${h(row.id)}"><td class="id"><code>${h(row.id)}</code></td><td>${row.level}</td>${cells.join('')}</tr>`;
  });
  return `<section id="matrix"><h2>Targets × checks</h2><p>Who fails what: a cell links to that target's findings for that check.</p><table class="matrix"><thead><tr><th>Check</th><th>Level</th>${targetHeads(r)}</tr></thead><tbody>${rows.join('\n')}</tbody></table></section>`;
}

/** `#finding-matrix`: targets × findings, a row per fingerprint; cells that hold the finding link to it. */
export function findingMatrixTable(r: Report): string {
  const rows = findingMatrix(r).map((row) => {
    const cells = row.cells.map((c, i) => {
      const cls = `m f-${c.word.replace(/\s+/g, '-').toLowerCase()}`;
      if (!c.failure) return `<td class="${cls}">${h(c.word)}</td>`;
      return `<td class="${cls}"><a href="#${h(findingAnchor(i, row.check, c.failure, c.index ?? 0))}">${h(c.word)}</a></td>`;
    });
    return `<tr data-fingerprint="${h(row.fingerprint)}"><td class="id"><code>${h(row.fingerprint)}</code></td><td><code>${h(truncate(row.signature, 300))}</code></td>${cells.join('')}</tr>`;
  });
  if (rows.length === 0) return '';
  return `<section id="finding-matrix"><h2>Targets × findings</h2><table class="matrix"><thead><tr><th>Finding</th><th>Signature</th>${targetHeads(r)}</tr></thead><tbody>${rows.join('\n')}</tbody></table></section>`;
}

/** `#disagreements`: findings some targets have and others not, with each target's outcome on the re-run. */
export function disagreementsSection(r: Report): string {
  const all = r.disagreements ?? [];
  if (all.length === 0) return '';
  const rows = all.map((d) => {
    const cells = r.targets.map((_, i) => `<td class="m o-${d.outcomes[i] ?? 'none'}">${h(d.outcomes[i] ?? '')}</td>`).join('');
    const violation = d.violation ? `<div>Violation: <code>${h(describeViolation(d.violation))}</code></div>` : '';
    const example = `<details><summary>counterexample</summary>${violation}<pre class="counterexample">${h(previewJson(d.counterexample, 5_000))}</pre></details>`;
    return `<tr data-fingerprint="${h(d.fingerprint)}"><td class="id"><code>${h(d.fingerprint)}</code></td><td><code>${h(truncate(d.signature, 300))}</code>${example}</td>${cells}</tr>`;
  });
  return `<section id="disagreements"><h2>Disagreements</h2><p>Findings some targets have and others not, re-run on every target.</p><table class="matrix"><thead><tr><th>Finding</th><th>Signature</th>${targetHeads(r)}</tr></thead><tbody>${rows.join('\n')}</tbody></table></section>`;
}
