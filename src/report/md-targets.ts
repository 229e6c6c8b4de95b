/** The multi-target parts of `conformance.md`: targets, both matrices, disagreements, and each target's history. Pure. */
import type { Report, Verdict } from '../core/types.js';
import { implementationName, targetTag } from './findings.js';
import { checkMatrix, findingMatrix, outcomeGroups } from './matrix.js';
import { mdCode, mdFence, mdText } from './md-escape.js';
import type { MdDetail } from './md-findings.js';
import { describeViolation, ellipsis, plural, previewJson, summaryLine } from './text.js';

const DESCRIPTION_MAX = 300;
/** History points shown per target (the newest ones). */
const HISTORY_POINTS = 12;

const verdictWord = (v: Verdict): string => (v === 'conformant' ? v : `**${v.toUpperCase()}**`);

/** `## Targets`: one row per target with its verdict and summary. */
export function targetsTable(r: Report): string[] {
  const rows = r.targets.map((t, i) => {
    const name = implementationName(t.target.implementation);
    return `| ${targetTag(i)} | ${mdCode(t.target.description, DESCRIPTION_MAX)} (${mdText(t.target.kind)}) | ${mdText(name)} | ${verdictWord(t.verdict)} | ${summaryLine(t.summary)} |`;
  });
  return ['', '## Targets', '', '| | Target | Implementation | Verdict | Checks |', '|---|---|---|---|---|', ...rows];
}

/** `## Targets × checks`: who fails what, a column per target. */
export function checkMatrixTable(r: Report): string[] {
  const head = `| Check | Level | ${r.targets.map((_, i) => targetTag(i)).join(' | ')} |`;
  const rule = `|---|---|${r.targets.map(() => '---|').join('')}`;
  const rows = checkMatrix(r).map((row) => {
    const cells = row.cells.map((c) => {
      const counts = c.fresh ? ` (${c.fresh}${c.known ? ` +${c.known} known` : ''})` : c.known ? ` (${c.known})` : '';
      return c.word === 'FAILED' || c.word === 'ERRORED' ? `**${c.word}${counts}**` : `${c.word}${counts}`;
    });
    return `| ${mdCode(row.id)} | ${row.level} | ${cells.join(' | ')} |`;
  });
  return ['', '## Targets × checks', '', head, rule, ...rows];
}

/** `## Targets × findings`: one row per fingerprint, a column per target (`NEW`, `KNOWN`, `passes`, …). */
export function findingMatrixTable(r: Report, d: MdDetail): string[] {
  const rows = findingMatrix(r);
  if (rows.length === 0) return [];
  // Without details (the page would not fit otherwise) the signature column goes too; the fingerprint names the row.
  const withSig = d.mode !== 'ids';
  const head = `| Finding |${withSig ? ' Signature |' : ''} ${r.targets.map((_, i) => targetTag(i)).join(' | ')} |`;
  const rule = `|---|${withSig ? '---|' : ''}${r.targets.map(() => '---|').join('')}`;
  const sig = d.mode === 'full' ? 200 : 80;
  const body = rows.map((row) => {
    const cells = row.cells.map((c) => (c.failure && c.word !== 'KNOWN' ? `**${c.word}**` : c.word));
    return `| ${mdCode(row.fingerprint)} |${withSig ? ` ${mdCode(row.signature, sig)} |` : ''} ${cells.join(' | ')} |`;
  });
  return ['', '## Targets × findings', '', head, rule, ...body];
}

/** `## Disagreements`: findings some targets have and others not, with each target's outcome on the re-run. */
export function disagreementsSection(r: Report, d: MdDetail): string[] {
  const all = r.disagreements ?? [];
  if (all.length === 0) return [];
  const out = ['', `## Disagreements (${all.length})`, '', 'Findings some targets have and others not, re-run on every target.'];
  for (const x of all) {
    // Grouped by outcome, as the terminal says it.
    const outcomes = outcomeGroups(x)
      .map((g) => (g.outcome === 'fails' ? `**fails ${g.targets.join(' ')}**` : `${g.outcome} ${g.targets.join(' ')}`))
      .join('; ');
    out.push('', `### ${mdCode(x.fingerprint)} ${mdCode(x.check)}`, '', `${mdCode(x.signature, 300)}: ${outcomes}`);
    if (d.mode !== 'full') continue;
    if (x.violation) out.push('', `Violation: ${mdCode(describeViolation(x.violation))}`);
    out.push('', mdFence(previewJson(x.counterexample, d.value), 'json'));
  }
  return out;
}

/** `## History`: each target's findings over its recorded runs (the ledger), oldest to newest. */
export function historySection(r: Report): string[] {
  const series = (r.history ?? []).filter((s) => s.points.length > 0);
  if (series.length === 0) return [];
  const rows = series.map((s) => {
    const i = r.targets.findIndex((t) => t.target.description === s.target);
    const who = `${i >= 0 && r.targets.length > 1 ? `${targetTag(i)} ` : ''}${mdCode(ellipsis(s.target, 120))}`;
    const recent = s.points.slice(-HISTORY_POINTS);
    const trail = recent.map((p) => `${p.findings}${p.version ? ` (${mdText(p.version, 40)})` : ''}`).join(' → ');
    const last = recent[recent.length - 1]!;
    const earlier = s.points.length > recent.length ? '… → ' : '';
    return `| ${who} | ${s.points.length} | ${earlier}${trail} | ${last.verdict}, ${mdText(last.date.slice(0, 10))} |`;
  });
  return ['', '## History', '', '| Target | Runs | Findings, oldest to newest | Latest |', '|---|---:|---|---|', ...rows];
}

/** The header row that names the targets of a multi-target run without repeating every description. */
export function targetsFact(r: Report): string {
  return `| Targets | ${plural(r.targets.length, 'target')} (see Targets) |`;
}
