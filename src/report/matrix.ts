/** The two matrices of a multi-target run (targets × checks, targets × findings) as data, so every format shows the same cells. Pure. */
import type { CheckResult, Disagreement, Failure, Report } from '../core/types.js';
import { checksOf, findingTitle, standingOf, statusWord, targetTag } from './findings.js';

/** One cell of the targets × checks matrix: the check's status word and how many findings it has (absent: not run). */
export interface CheckCell {
  check?: CheckResult;
  word: string;
  /** Findings that gate (new, expired, or no baseline). */
  fresh: number;
  known: number;
}

/** One row of the targets × checks matrix. */
export interface CheckRow {
  id: string;
  level: CheckResult['level'];
  cells: CheckCell[];
}

/** The targets × checks matrix: one row per check id (first-seen order), one cell per target. */
export function checkMatrix(r: Report): CheckRow[] {
  const ids = [...new Set(r.checks.map((c) => c.id))];
  return ids.map((id) => {
    const cells = r.targets.map((_, i): CheckCell => {
      const check = checksOf(r, i).find((c) => c.id === id);
      if (!check) return { word: 'not run', fresh: 0, known: 0 };
      const known = check.failures.filter((f) => standingOf(f) === 'known').length;
      return { check, word: statusWord(check, r.strict), fresh: check.failures.length - known, known };
    });
    return { id, level: r.checks.find((c) => c.id === id)!.level, cells };
  });
}

/**
 * A target's relation to one finding: it has it (`NEW`, `KNOWN`, `EXPIRED`, or `fails` without a baseline), or not
 * (`passes`, `not found` when the check failed otherwise, `skipped`, `errored`, `not run`). Re-runs recorded as
 * disagreements decide the cells of targets that lack the finding.
 */
export type FindingCellWord = 'NEW' | 'KNOWN' | 'EXPIRED' | 'fails' | 'passes' | 'not found' | 'skipped' | 'errored' | 'not run';

/** One cell of the targets × findings matrix; `failure` is set when the target's report holds the finding. */
export interface FindingCell {
  word: FindingCellWord;
  failure?: Failure;
  /** Position of the finding in its check's failures (for anchors). */
  index?: number;
}

/** One row of the targets × findings matrix: a fingerprint (with its check) and a cell per target. */
export interface FindingRow {
  check: string;
  fingerprint: string;
  signature: string;
  cells: FindingCell[];
}

const HAS: Record<ReturnType<typeof standingOf>, FindingCellWord> = { new: 'NEW', known: 'KNOWN', expired: 'EXPIRED', none: 'fails' };

function absentCell(r: Report, i: number, check: string, d: Disagreement | undefined): FindingCell {
  const outcome = d?.outcomes[i];
  if (outcome) return { word: outcome };
  const c = checksOf(r, i).find((x) => x.id === check);
  if (!c) return { word: 'not run' };
  if (c.status === 'skipped' || c.status === 'errored') return { word: c.status };
  return { word: c.status === 'passed' ? 'passes' : 'not found' };
}

/** The targets × findings matrix: one row per fingerprint (first-seen order, disagreements included). */
export function findingMatrix(r: Report): FindingRow[] {
  const rows = new Map<string, { check: string; fingerprint: string; signature: string }>();
  for (const c of r.checks)
    for (const f of c.failures) {
      const key = `${c.id}|${f.fingerprint}`;
      if (f.fingerprint && !rows.has(key)) rows.set(key, { check: c.id, fingerprint: f.fingerprint, signature: findingTitle(f) });
    }
  for (const d of r.disagreements ?? []) {
    const key = `${d.check}|${d.fingerprint}`;
    if (!rows.has(key)) rows.set(key, { check: d.check, fingerprint: d.fingerprint, signature: d.signature });
  }
  return [...rows.values()].map((row) => {
    const d = r.disagreements?.find((x) => x.check === row.check && x.fingerprint === row.fingerprint);
    const cells = r.targets.map((_, i): FindingCell => {
      const c = checksOf(r, i).find((x) => x.id === row.check);
      const index = c ? c.failures.findIndex((f) => f.fingerprint === row.fingerprint) : -1;
      const failure = c?.failures[index];
      return failure ? { word: HAS[standingOf(failure)], failure, index } : absentCell(r, i, row.check, d);
    });
    return { ...row, cells };
  });
}

/** A disagreement's targets grouped by outcome (`fails T1 T3`, `passes T2`, …; empty groups left out): readable for ten targets. */
export function outcomeGroups(d: Pick<Disagreement, 'outcomes'>): { outcome: Disagreement['outcomes'][number]; targets: string[] }[] {
  return (['fails', 'passes', 'skipped', 'errored'] as const)
    .map((outcome) => ({ outcome, targets: d.outcomes.flatMap((o, i) => (o === outcome ? [targetTag(i)] : [])) }))
    .filter((g) => g.targets.length > 0);
}
