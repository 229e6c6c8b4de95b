/** `proxy`: a reverse proxy that forwards live sdk/me traffic unchanged and judges it (SPEC §15); the report comes on SIGINT/SIGTERM or --duration. */

import { internalErrorText, UsageError } from '../core/errors.js';
import { redactTarget } from '../core/redact.js';
import { startProgress } from '../traffic/progress.js';
import { startProxy } from '../traffic/proxy.js';
import { openTrafficSession, summaryText, trafficExitCode } from '../traffic/session.js';
import { intFlag, parseFlags } from './args.js';
import type { Command, Io } from './command.js';
import { untilSignal } from './signals.js';
import { trafficFlags, trafficSettings, trafficUsage } from './traffic-options.js';

const usage = `Usage: paragon-conformance proxy --upstream URL [options]

Forwards every request to URL and every answer back, unchanged, and judges the Connected Users that pass:
GET/PATCH …/projects/{id}/sdk/me 2xx response bodies against the schema, PATCH request bodies against the profile.
Ctrl-C (SIGINT), SIGTERM or --duration writes the report. Exit: 0 nothing violated the schema, 1 violations,
2 usage error. Authorization headers go to the upstream only and are never stored or printed.

  --upstream URL      the service to forward to (http:// or https://, may include a base path)
  --port P            port to listen on (default 4011; 0 picks a free one)
  --host H            interface to bind (default 127.0.0.1)
  --duration S        stop after S seconds and write the report
${trafficUsage}`;

const options = { upstream: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' }, duration: { type: 'string' }, ...trafficFlags } as const;

function upstreamOf(value: string | undefined): URL {
  if (!value) throw new UsageError('--upstream is required: the base URL of the service to forward to, e.g. --upstream http://127.0.0.1:4010.');
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`--upstream must be an http:// or https:// URL, got '${redactTarget(value)}'.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new UsageError(`--upstream must be an http:// or https:// URL, got '${redactTarget(value)}'.`);
  if (url.username || url.password) throw new UsageError("--upstream must not carry credentials: the proxy forwards the clients' own Authorization headers.");
  if (url.search || url.hash) throw new UsageError('--upstream must be a base URL without query or fragment.');
  return url;
}

/** Runs `proxy` until `until` settles (default: SIGINT/SIGTERM) or --duration passes. Exported for tests. */
export async function runProxy(argv: string[], io: Io, until: () => Promise<unknown> = untilSignal): Promise<number> {
  const { values } = parseFlags('proxy', argv, options);
  const str = (k: keyof typeof options) => values[k] as string | undefined;
  const upstream = upstreamOf(str('upstream'));
  const port = intFlag('port', str('port'), 4011);
  if (port > 65535) throw new UsageError(`--port must be between 0 and 65535, got ${port}.`);
  const duration = str('duration') === undefined ? undefined : intFlag('duration', str('duration'), 0, 1);
  const host = str('host') ?? '127.0.0.1';
  const settings = trafficSettings(values, io.cwd);
  const description = redactTarget(upstream.toString());
  const session = openTrafficSession('proxy', settings.schema, { kind: 'proxy', description }, settings.output);
  const { ledger } = session;
  let bug: unknown;
  const judging = (fn: () => void) => {
    try {
      fn();
    } catch (e) {
      bug ??= e;
    }
  };
  const proxy = await startProxy({
    upstream,
    host,
    port,
    captureLimit: settings.captureLimit,
    // A bug while judging must never touch the forwarding: keep the first one, report it at the end (exit 4).
    onExchange: (ex) => judging(() => ledger.record(ex)),
    onUpstreamError: (ex, reason) => judging(() => ledger.upstreamError(ex, reason)),
  }).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'EADDRINUSE') throw new UsageError(`port ${port} is already in use. Pass another --port (or --port 0 for a free one).`);
    if (e.code === 'EADDRNOTAVAIL' || e.code === 'ENOTFOUND' || e.code === 'EACCES')
      throw new UsageError(`cannot listen on ${host}:${port} (${e.code}). Pass a local address to --host and a free --port.`);
    throw e;
  });
  io.stdout.write(
    `paragon-conformance proxy: ${proxy.url} → ${description} (judging GET/PATCH …/projects/{id}/sdk/me); ${duration ? `stops after ${duration} s` : 'Ctrl-C writes the report'}\n`,
  );
  const stopProgress = startProgress(io.stderr, io.interactive, () => `proxy: ${ledger.exchanges} requests, ${ledger.violations} violations`);
  let timer: NodeJS.Timeout | undefined;
  const timeUp = duration ? new Promise<void>((done) => (timer = setTimeout(done, duration * 1000))) : new Promise<void>(() => undefined);
  // A second signal while the report is being written: write what is known at once and leave.
  const hurry = () => {
    const report = session.finishSync([{ message: 'stopped by a second signal while finishing; exemplars may be missing' }]);
    process.exit(trafficExitCode(report));
  };
  try {
    await Promise.race([until(), timeUp]);
  } finally {
    clearTimeout(timer);
    stopProgress();
  }
  process.on('SIGINT', hurry);
  process.on('SIGTERM', hurry);
  try {
    await proxy.close();
    await new Promise((done) => setImmediate(done)); // exchanges that ended during close are handed over on the next tick
    const errors =
      bug === undefined
        ? []
        : [
            {
              message: 'internal error while judging (a bug in paragon-conformance; the traffic was forwarded unchanged); see the stack on stderr',
              internal: true,
            },
          ];
    const { report, written } = await session.finish(errors);
    io.stdout.write(summaryText(report, written));
    if (bug !== undefined) io.stderr.write(`${internalErrorText(bug)}\n`);
    return trafficExitCode(report);
  } finally {
    process.off('SIGINT', hurry);
    process.off('SIGTERM', hurry);
  }
}

/** The `proxy` command. */
export const proxyCommand: Command = {
  name: 'proxy',
  usage,
  run: (argv, io) => runProxy(argv, io),
};
