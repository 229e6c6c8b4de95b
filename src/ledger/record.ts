/** Appends a run to the conformance ledger, writes a badge per target, and puts each target's history into the report. */
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { writeFileAtomic } from '../core/files.js';
import type { Report } from '../core/types.js';
import type { CheckOptions } from '../options/types.js';
import { badgeOf, linesOf, parseLines, seriesOf, slugOf } from './lines.js';

/** Where the ledger of a run is: `--history FILE`, else `conformance-history.jsonl` in the report directory. */
export function historyFileOf(options: Pick<CheckOptions, 'cwd' | 'historyPath'>, reportDir: string): string {
  return options.historyPath !== undefined ? resolve(options.cwd, options.historyPath) : join(reportDir, 'conformance-history.jsonl');
}

/**
 * Appends one line per target (shard runs append nothing: `merge-reports` appends the merged run), writes the badges
 * next to the reports, and returns the report with its `history` series.
 */
export async function recordLedger(report: Report, options: Pick<CheckOptions, 'cwd' | 'historyPath' | 'shard'>, reportDir: string): Promise<Report> {
  const file = historyFileOf(options, reportDir);
  if (!options.shard && report.checks.some((c) => c.status !== 'skipped')) {
    await mkdir(dirname(file), { recursive: true });
    await appendFile(
      file,
      linesOf(report)
        .map((l) => `${JSON.stringify(l)}\n`)
        .join(''),
    );
    for (const [i, t] of report.targets.entries()) {
      const findings = new Set(report.checks.filter((c) => (c.target ?? 0) === i).flatMap((c) => c.failures.map((f) => f.fingerprint))).size;
      await writeFileAtomic(join(reportDir, `badge-${slugOf(t.target.description)}.json`), `${JSON.stringify(badgeOf(t, findings), null, 2)}\n`);
    }
  }
  let text = '';
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return report;
  }
  const history = seriesOf(report, parseLines(text));
  return history.some((s) => s.points.length > 0) ? { ...report, history } : report;
}
