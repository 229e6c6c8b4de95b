/** `check`: runs the conformance suites against a target, prints failures with replay commands, writes reports. */
import { accessSync, constants, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { selectChecks } from '../checks/index.js';
import { parseFlags } from '../cli/args.js';
import type { Command, Io } from '../cli/command.js';
import { UsageError } from '../core/errors.js';
import { redactReport } from '../core/redact.js';
import type { CheckResult, Report } from '../core/types.js';
import { killDescendants } from '../engine/children.js';
import { describeTarget, finishReport, notRun, runConformance } from '../engine/conformance.js';
import { formatFailure, formatLine } from '../engine/format.js';
import type { CheckOptions } from '../engine/options.js';
import { prepare } from '../engine/session.js';
import { runInVitest } from '../engine/vitest-host.js';
import type { Format } from '../report/formats.js';
import { writeReports, writeReportsSync } from '../report/write.js';
import { readConfig } from './check-config.js';
import { checkFlags, type FlagValues, toCheckOptions, wantsInline } from './check-flags.js';

const usage = `Usage: paragon-conformance check [options]

Runs the conformance checks against a target and writes reports. Exit: 0 conformant, 1 non-conformant,
2 usage/config/schema error, 3 target error.

  --target T          reference (default) | module:PATH | cmd:COMMAND LINE | http(s)://BASE
  --runs N            random cases per check after the edge-case phase (default 200)
  --seed S            seed (default: random, printed); same seed, same cases
  --check ID          run only this check (repeatable)
  --strict            SHOULD failures fail the gate too
  --timeout MS        per-call / per-request timeout (default 10000)
  --report-dir DIR    where reports go (default reports/)
  --format LIST       json,junit,md,html (default all)
  --shard I/N         run the I-th of N deterministic slices (needs --seed)
  --schema FILE       another version of the Connected User schema
  --replay FILE       re-run exactly one saved counterexample (printed with each failure)
  --runner R          vitest (default: the suites run through vitest) | inline (same checks, no vitest)
HTTP targets:
  --project-id ID     default test-project
  --token-env VAR     env var holding a user token (default PARAGON_USER_TOKEN)
  --signing-key PEM   RS256 private key file: mint a fresh user token per case
  --header "N: v"     extra request header (repeatable; never logged)
  --allow-writes      send PATCH requests (off by default for live endpoints)
  --concurrency N     parallel requests (default 4)
  --rate N            requests per second limit
Flags can also come from paragon-conformance.config.json in the working directory (flags win).
`;

/** Values never to be written anywhere: the user token and --header values. */
function secretsOf(o: CheckOptions, env: NodeJS.ProcessEnv): string[] {
  const token = env[o.http.tokenEnv];
  const headerValues = o.http.headers.map((h) => h.slice(h.indexOf(':') + 1).trim());
  return [token, ...headerValues].filter((s): s is string => typeof s === 'string' && s.length >= 4);
}

async function execute(options: CheckOptions, flags: FlagValues, io: Io): Promise<number> {
  const prepared = prepare(options); // usage errors surface before anything starts
  const checks = selectChecks(options.checks);
  const reportDir = resolve(options.cwd, options.reportDir);
  assertWritableDir(reportDir);
  const secrets = secretsOf(options, io.env);
  const started = new Date();
  const t0 = performance.now();
  const seen: CheckResult[] = [];
  const progress = (r: CheckResult) => {
    seen.push(r);
    if (io.interactive) io.stderr.write(`\r\x1b[K[${seen.length}/${checks.length}] ${r.id} ${r.status}`);
  };
  io.stderr.write(
    `paragon-conformance check: target ${describeTarget(options.target).description}, seed ${options.seed}, ${options.runs} runs${options.shard ? `, shard ${options.shard.index}/${options.shard.count}` : ''}\n`,
  );

  const controller = new AbortController();
  let cancel: (() => Promise<void>) | undefined;
  const onSigint = () => {
    if (controller.signal.aborted) {
      io.stderr.write('\ninterrupted twice: stopping now\n');
      killDescendants();
      process.exit(3);
    }
    controller.abort();
    void cancel?.();
    // Leave a partial report even if the run does not wind down in time.
    const partial = partialReport();
    try {
      writeReportsSync(partial, reportDir, options.formats as Format[], { secrets });
    } catch {
      /* best effort */
    }
    io.stderr.write(`\ninterrupted: partial report written to ${reportDir}; stopping the run\n`);
    // Give the run a moment to wind down and write a fuller report; then stop with the partial one.
    setTimeout(() => {
      io.stderr.write('the run did not stop in time: exiting with the partial report\n');
      killDescendants();
      process.exit(3);
    }, 5000).unref();
  };
  const partialReport = (): Report => {
    const results = checks.map((d) => seen.find((r) => r.id === d.id) ?? notRun(d, 'not run: the run was interrupted'));
    return finishReport(
      prepared,
      describeTarget(options.target),
      started,
      t0,
      results,
      [],
      [{ message: 'the run was interrupted before it finished; results are partial' }],
    );
  };
  process.on('SIGINT', onSigint);
  process.on('SIGTERM', onSigint);
  let report: Report;
  try {
    if (wantsInline(flags)) {
      report = await runConformance(options, { env: io.env, signal: controller.signal, onResult: progress });
    } else {
      const out = await runInVitest(options, progress, (c) => (cancel = c));
      if (out.usageError) throw new UsageError(out.usageError);
      const missing = checks.filter((d) => !out.results.some((r) => r.id === d.id));
      const results = checks.map(
        (d) =>
          out.results.find((r) => r.id === d.id) ??
          notRun(d, controller.signal.aborted ? 'not run: the run was interrupted' : 'not run: the suite did not report it'),
      );
      const errors = [...out.errors];
      if (missing.length && !controller.signal.aborted)
        errors.push({ message: `the suite did not report ${missing.map((d) => d.id).join(', ')}; see the errors above` });
      for (const r of results) if (r.status === 'errored') errors.push({ message: r.reason ?? 'target error', check: r.id });
      if (controller.signal.aborted) errors.push({ message: 'the run was interrupted before it finished; results are partial' });
      report = finishReport(prepared, out.target ?? describeTarget(options.target), started, t0, results, out.latencies, errors, out.coverage);
    }
  } finally {
    process.removeListener('SIGINT', onSigint);
    process.removeListener('SIGTERM', onSigint);
  }
  if (io.interactive) io.stderr.write('\r\x1b[K');
  const written = await writeReports(report, reportDir, options.formats as Format[], { secrets });
  print(redactReport(report, secrets), io, options.strict);
  io.stdout.write(`reports: ${written.join(', ')}\n`);
  return report.verdict === 'conformant' ? 0 : report.verdict === 'non-conformant' ? 1 : 3;
}

/** The report directory must be usable before the run starts, or the run's result would be lost. */
function assertWritableDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
  } catch (e) {
    throw new UsageError(
      `cannot write reports to ${dir} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}). Pass a writable directory to --report-dir.`,
    );
  }
}

function print(report: Report, io: Io, strict: boolean): void {
  const out: string[] = [];
  for (const r of report.checks) out.push(formatLine(r, strict));
  for (const r of report.checks) if (r.status === 'failed') out.push('', formatFailure(r));
  for (const e of report.errors) out.push('', `target error${e.check ? ` in ${e.check}` : ''}: ${e.message}`);
  const s = report.summary;
  out.push(
    '',
    `verdict: ${report.verdict} — ${s.passed} passed, ${s.failed} failed, ${s.warnings} warnings, ${s.skipped} skipped, ${s.errored} errored; ${report.timing.cases} cases in ${(report.durationMs / 1000).toFixed(1)}s (seed ${report.seed})`,
  );
  io.stdout.write(`${out.join('\n')}\n`);
}

export const checkCommand: Command = {
  name: 'check',
  summary: 'run the conformance checks against a target (the CI gate)',
  usage,
  async run(argv, io) {
    const { values } = parseFlags('check', argv, checkFlags);
    const merged: FlagValues = { ...readConfig(io.cwd), ...(values as FlagValues) };
    return execute(toCheckOptions(merged, io.cwd, io.env), merged, io);
  },
};
