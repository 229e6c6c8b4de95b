/** The conformance ledger's lines and the series the HTML report draws from them (SPEC §13). Pure. */
import type { HistorySeries, Report, Verdict } from '../core/types.js';

/** One line of `conformance-history.jsonl`: one target's result of one run. */
export interface HistoryLine {
  date: string;
  target: string;
  kind?: string;
  implementation?: { name?: string; language?: string; version?: string };
  schemaSha256: string;
  tool: string;
  verdict: Verdict;
  counts: { passed: number; failed: number; skipped: number; errored: number; warnings: number; known?: number; findings: number };
  fingerprints: string[];
  seed: number;
  runs: number;
}

/** The ledger lines of a report: one per target. */
export function linesOf(report: Report, date = new Date().toISOString()): HistoryLine[] {
  return report.targets.map((t, i) => {
    const checks = report.checks.filter((c) => (c.target ?? 0) === i);
    const fingerprints = [...new Set(checks.flatMap((c) => c.failures.map((f) => f.fingerprint ?? '')).filter((f) => f !== ''))].sort();
    return {
      date,
      target: t.target.description,
      kind: t.target.kind,
      ...(t.target.implementation ? { implementation: t.target.implementation } : {}),
      schemaSha256: report.schema.sha256,
      tool: report.tool.version,
      verdict: t.verdict,
      counts: { ...t.summary, findings: fingerprints.length },
      fingerprints,
      seed: report.seed,
      runs: report.runs,
    };
  });
}

/** Parses ledger text; lines that are not JSON objects are skipped (the ledger is append-only and may be hand-edited). */
export function parseLines(text: string): HistoryLine[] {
  const out: HistoryLine[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    try {
      const v = JSON.parse(line) as HistoryLine;
      if (v && typeof v === 'object' && typeof v.target === 'string' && typeof v.verdict === 'string') out.push(v);
    } catch {
      /* skipped: not a ledger line */
    }
  }
  return out;
}

/** The history of each target of a report (its last `max` runs, oldest first), for the HTML chart. */
export function seriesOf(report: Report, lines: readonly HistoryLine[], max = 50): HistorySeries[] {
  return report.targets.map((t) => ({
    target: t.target.description,
    points: lines
      .filter((l) => l.target === t.target.description)
      .slice(-max)
      .map((l) => ({
        date: l.date,
        ...(l.implementation?.version ? { version: l.implementation.version } : {}),
        verdict: l.verdict,
        findings: l.counts.findings,
      })),
  }));
}

/** A badge in the shields.io endpoint format for one target. */
export function badgeOf(t: Report['targets'][number], findings: number): { schemaVersion: 1; label: string; message: string; color: string } {
  const message =
    t.verdict === 'conformant'
      ? t.summary.known
        ? `conformant (${t.summary.known} known)`
        : 'conformant'
      : t.verdict === 'error'
        ? 'error'
        : `${findings} finding${findings === 1 ? '' : 's'}`;
  const color = t.verdict === 'conformant' ? (t.summary.known ? 'yellowgreen' : 'brightgreen') : t.verdict === 'error' ? 'lightgrey' : 'red';
  return { schemaVersion: 1, label: 'Connected User conformance', message, color };
}

/** A file-name-safe name for a target description (`module:./impl.mjs` → `module-impl-mjs`). */
export function slugOf(description: string): string {
  return (
    description
      .replace(/\(.*$/, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'target'
  );
}
