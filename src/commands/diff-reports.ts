/** `diff-reports OLD NEW`: new, fixed and unchanged findings between two runs, by fingerprint (SPEC §12). */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UsageError } from '../core/errors.js';
import { diffReports } from '../diff/compare.js';
import { renderDiffMarkdown, renderDiffText } from '../diff/render.js';
import { readReportFile } from '../report/read.js';
import { parseFlags } from './args.js';
import type { Command } from './command.js';

const usage = `Usage: paragon-conformance diff-reports OLD NEW [--format text|md] [--md FILE]

Compares the findings of two runs by fingerprint: new findings (in NEW, not in OLD), fixed ones (in OLD, gone
from NEW where their check ran) and unchanged ones. OLD and NEW are report directories (holding
conformance.json) or conformance.json files, e.g. the main branch's report and the pull request's.

Options:
  --format F   text (default) or md: what to print on stdout
  --md FILE    also write the Markdown (e.g. to "$GITHUB_STEP_SUMMARY", appended)

Exit codes: 0 no new findings, 1 new findings, 2 a report is missing or invalid, 4 internal error.
`;

export const diffReportsCommand: Command = {
  name: 'diff-reports',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseFlags('diff-reports', argv, { format: { type: 'string' }, md: { type: 'string' } }, true);
    if (positionals.length !== 2)
      throw new UsageError(`diff-reports takes two reports (OLD NEW), got ${positionals.length}. Example: diff-reports reports-main reports`);
    const format = typeof values.format === 'string' ? values.format : 'text';
    if (format !== 'text' && format !== 'md') throw new UsageError(`--format must be text or md, got '${format}'.`);
    const [older, newer] = await Promise.all(positionals.map((p) => readReportFile(resolve(io.cwd, p))));
    const d = diffReports(older!, newer!);
    io.stdout.write(`${format === 'md' ? renderDiffMarkdown(d) : renderDiffText(d)}\n`);
    if (typeof values.md === 'string') await writeFile(resolve(io.cwd, values.md), renderDiffMarkdown(d), { flag: 'a' });
    return d.added.length > 0 ? 1 : 0;
  },
};
