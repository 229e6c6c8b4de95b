/** `merge-reports DIR… --report-dir OUT`: joins the shard reports of a CI matrix into one report (SPEC §7). */

import { copyFile, mkdir } from 'node:fs/promises';
import { dirname, isAbsolute, join, normalize, resolve } from 'node:path';
import { UsageError } from '../core/errors.js';
import type { Report } from '../core/types.js';
import { recordLedger } from '../ledger/record.js';
import { allFormats, parseFormats } from '../report/formats.js';
import { mergeReports } from '../report/merge.js';
import { readReportFile } from '../report/read.js';
import { renderTerminal } from '../report/terminal.js';
import { summaryLine } from '../report/text.js';
import { exitCodeFor } from '../report/verdict.js';
import { writeReports } from '../report/write.js';
import { parseFlags } from './args.js';
import type { Command } from './command.js';

const usage = `Usage: paragon-conformance merge-reports DIR... [--report-dir OUT] [--format json,junit,md,html] [--strict] [--strict-baseline] [--history FILE]

Joins the reports of \`check --shard I/N\` runs into one. Each DIR must hold a conformance.json
written by check (its schema is schemas/report.schema.json). The shards must share seed, runs,
schema, target and tool version; a missing shard makes the merged verdict 'error'.

Options:
  --report-dir OUT   where to write the merged report (default: reports)
  --format LIST      formats to write: json, junit, md, html (default: all)
  --strict           SHOULD failures fail the merged gate (default: strict if any shard was)
  --strict-baseline  baseline entries no shard met fail the merged gate (default: if any shard ran with it)
  --history FILE     the ledger to append the merged run to (default OUT/conformance-history.jsonl)

Exit codes: 0 conformant, 1 non-conformant, 2 usage error or a missing/invalid report, 3 error verdict, 4 internal error.
`;

/** Copies saved replay case files next to the merged report so replay commands keep working from OUT. */
async function copyReplayFiles(report: Report, fromDir: string, outDir: string): Promise<void> {
  if (resolve(fromDir) === resolve(outDir)) return;
  for (const f of report.checks.flatMap((c) => c.failures)) {
    const rel = f.replayFile;
    if (!rel || isAbsolute(rel) || normalize(rel).startsWith('..')) continue; // only files inside the shard dir
    const dest = join(outDir, rel);
    await mkdir(dirname(dest), { recursive: true });
    await copyFile(join(fromDir, rel), dest).catch(() => undefined); // a lost case file must not block the merge
  }
}

/** The `merge-reports` command. */
export const mergeReportsCommand: Command = {
  name: 'merge-reports',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseFlags(
      'merge-reports',
      argv,
      {
        'report-dir': { type: 'string' },
        format: { type: 'string' },
        strict: { type: 'boolean' },
        'strict-baseline': { type: 'boolean' },
        history: { type: 'string' },
      },
      true,
    );
    if (positionals.length === 0) throw new UsageError('no report directories given. Usage: merge-reports DIR... --report-dir OUT');
    const list = typeof values.format === 'string' ? parseFormats(values.format) : [...allFormats];
    const outDir = resolve(io.cwd, typeof values['report-dir'] === 'string' ? values['report-dir'] : 'reports');
    const dirs = positionals.map((d) => resolve(io.cwd, d));
    const files = dirs.map((d) => join(d, 'conformance.json'));
    const reports: Report[] = [];
    for (const file of files) reports.push(await readReportFile(file));
    const merged = mergeReports(reports, {
      names: files,
      ...(values.strict === true ? { strict: true } : {}),
      ...(values['strict-baseline'] === true ? { strictBaseline: true } : {}),
    });
    await mkdir(outDir, { recursive: true });
    for (const [i, r] of reports.entries()) await copyReplayFiles(r, dirs[i]!, outDir);
    // The merged run is one run of the ledger (shards append nothing themselves).
    const recorded = await recordLedger(merged, { cwd: io.cwd, ...(typeof values.history === 'string' ? { historyPath: values.history } : {}) }, outDir);
    const written = await writeReports(recorded, outDir, list);
    io.stdout.write(
      `merged ${reports.length} report${reports.length === 1 ? '' : 's'}: ${merged.verdict} (${summaryLine(merged.summary)})\n` +
        written.map((p) => `  wrote ${p}\n`).join(''),
    );
    io.stdout.write(`\n${renderTerminal(merged)}\n`);
    if (merged.verdict === 'error') {
      const why = merged.errors
        .slice(-5)
        .map((e) => `  ${e.check ? `${e.check}: ` : ''}${e.message}\n`)
        .join('');
      io.stderr.write(`merged verdict is 'error': conformance could not be established.\n${why}`);
    }
    return exitCodeFor(merged);
  },
};
