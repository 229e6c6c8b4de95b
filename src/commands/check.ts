/** `check`: runs the conformance checks against one or more targets, prints findings with replay commands, writes reports. */
import { resolve } from 'node:path';
import { redactValue } from '../core/redact.js';
import { mark } from '../core/trace.js';
import type { CheckResult, Report, TargetInfo } from '../core/types.js';
import { resultsOrNotRun } from '../engine/check-run.js';
import type { RunObserver } from '../engine/events.js';
import { assembleReport } from '../engine/report.js';
import { runConformance } from '../engine/runner.js';
import { type RunStop, runInVitest } from '../engine/vitest-host.js';
import { recordLedger } from '../ledger/record.js';
import { readConfig } from '../options/config.js';
import { checkFlags, checkUsage, fromFlags } from '../options/flags.js';
import { resolveCheckOptions } from '../options/resolve.js';
import { secretsOf } from '../options/secrets.js';
import type { CheckOptions } from '../options/types.js';
import { renderTerminal } from '../report/terminal.js';
import { exitCodeFor } from '../report/verdict.js';
import { writeReports, writeReportsSync } from '../report/write.js';
import { parseFlags, writableDir } from './args.js';
import type { Command, Io } from './command.js';

type CheckInfo = { id: string; level: CheckResult['level']; title: string };

/** Keeps what the run has reported so far, for a partial report when it is interrupted; draws the progress line. */
class Follower implements RunObserver {
  readonly results: CheckResult[] = [];
  targets: TargetInfo[] = [];
  checks: readonly CheckInfo[] = [];
  schema: Report['schema'] = { $id: '', sha256: '0'.repeat(64) };
  private total = 0;
  constructor(private readonly io: Io) {}
  onRunStart(e: { targets: TargetInfo[]; checks: readonly CheckInfo[]; schema: Report['schema'] }): void {
    this.targets = [...e.targets];
    this.checks = e.checks;
    this.schema = e.schema;
    this.total = e.targets.length * e.checks.length;
  }
  onTargetOpen(e: { target: number; info: TargetInfo }): void {
    this.targets[e.target] = e.info;
  }
  onCheckEnd(e: { result: CheckResult }): void {
    this.results.push(e.result);
    if (this.io.interactive) this.io.stderr.write(`\r\x1b[K[${this.results.length}/${this.total}] ${e.result.id} ${e.result.status}`);
  }
}

async function execute(options: CheckOptions, io: Io): Promise<number> {
  const reportDir = resolve(options.cwd, options.reportDir);
  writableDir(reportDir, '--report-dir', 'reports to');
  const secrets = secretsOf(options, io.env);
  const follower = new Follower(io);
  const started = new Date();
  const t0 = performance.now();
  const shard = options.shard ? `, shard ${options.shard.index}/${options.shard.count}` : '';
  const targets = options.targets.length === 1 ? `target ${redactValue(options.targets[0], secrets)}` : `${options.targets.length} targets`;
  io.stderr.write(`paragon-conformance check: ${targets}, seed ${options.seed}, ${options.runs} runs${shard}\n`);

  const controller = new AbortController();
  let stop: RunStop | undefined;
  /** Ends the vitest workers (one stuck in a synchronous loop too), waiting at most 2 s, then exits. */
  const forceExit = async (): Promise<never> => {
    await Promise.race([stop?.close(), new Promise((r) => setTimeout(r, 2000).unref())]);
    process.exit(3);
  };
  const partialReport = (): Report =>
    assembleReport(options, follower.schema, started, performance.now() - t0, {
      targets: follower.targets.map((info) => ({ info, latencies: [] })),
      checks: resultsOrNotRun(follower.targets.length, follower.checks, follower.results, 'not run: the run was interrupted'),
      errors: [{ message: 'the run was interrupted before it finished; results are partial' }],
      warnings: [],
      coverage: [],
    });
  const onSignal = () => {
    if (controller.signal.aborted) {
      io.stderr.write('\ninterrupted twice: stopping now\n');
      void forceExit();
      return;
    }
    controller.abort();
    void stop?.cancel();
    // Leave a partial report even if the run does not wind down in time.
    try {
      writeReportsSync(partialReport(), reportDir, options.formats, { secrets });
    } catch {
      /* best effort: the fuller report below may still be written */
    }
    io.stderr.write(`\ninterrupted: partial report written to ${reportDir}; stopping the run\n`);
    setTimeout(() => {
      io.stderr.write('the run did not stop in time: exiting with the partial report\n');
      void forceExit();
    }, 5000).unref();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  let report: Report;
  try {
    report = await runConformance(options, {
      env: io.env,
      signal: controller.signal,
      observers: [follower],
      vitest: runInVitest,
      registerStop: (s) => {
        stop = s;
      },
    });
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
  if (io.interactive) io.stderr.write('\r\x1b[K');
  report = await recordLedger(report, options, reportDir);
  const written = await writeReports(report, reportDir, options.formats, { secrets });
  io.stdout.write(`${renderTerminal(redactValue(report, secrets))}\n`);
  io.stdout.write(`reports: ${written.join(', ')}\n`);
  mark('reports written');
  if (report.baseline?.updated) io.stdout.write(`baseline written: ${report.baseline.file}\n`);
  return exitCodeFor(report);
}

export const checkCommand: Command = {
  name: 'check',
  usage: checkUsage,
  async run(argv, io) {
    const { values } = parseFlags('check', argv, checkFlags);
    const options = resolveCheckOptions([readConfig(io.cwd), fromFlags(values)], { cwd: io.cwd, env: io.env });
    return execute(options, io);
  },
};
