/** `audit`: the proxy's judgement offline, over HAR files and ndjson exchange logs, streamed with flat memory (SPEC §15). */
import { closeSync, createReadStream, openSync, readSync, statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { UsageError } from '../core/errors.js';
import type { Report } from '../core/types.js';
import { startProgress } from '../traffic/progress.js';
import { readHar } from '../traffic/read-har.js';
import { type LogItem, readNdjson } from '../traffic/read-ndjson.js';
import { openTrafficSession, summaryText, trafficExitCode } from '../traffic/session.js';
import { parseFlags } from './args.js';
import type { Command, Io } from './command.js';
import { trafficFlags, trafficSettings, trafficUsage } from './traffic-options.js';

const usage = `Usage: paragon-conformance audit FILE… [options]

Judges recorded traffic like the proxy does: GET/PATCH …/projects/{id}/sdk/me 2xx response bodies against the schema,
PATCH request bodies against the profile. FILE is a HAR file (.har) or an ndjson exchange log (one exchange per line:
{"request":{"method","url","headers","body"},"response":{"status","headers","body"}}); - reads an ndjson log from
stdin. Files are streamed (flat memory); a malformed line or entry is counted and reported, never fatal.
Exit: 0 nothing violated the schema, 1 violations, 2 usage error (a missing file).

${trafficUsage}`;

type Kind = 'har' | 'ndjson';

/** HAR by extension, ndjson by extension, else by the first bytes (`{"log":` is a HAR). */
function kindOf(file: string): Kind {
  const ext = extname(file).toLowerCase();
  if (ext === '.har') return 'har';
  if (ext === '.ndjson' || ext === '.jsonl') return 'ndjson';
  const head = Buffer.alloc(256);
  const fd = openSync(file, 'r');
  const n = readSync(fd, head, 0, head.length, 0);
  closeSync(fd);
  return /^\s*\{\s*"log"\s*:/.test(head.subarray(0, n).toString('utf8')) ? 'har' : 'ndjson';
}

interface Input {
  name: string;
  kind: Kind;
  size: number;
  open(): Readable;
}

function inputOf(arg: string, io: Io): Input {
  if (arg === '-') return { name: 'stdin', kind: 'ndjson', size: 0, open: () => process.stdin };
  const file = resolve(io.cwd, arg);
  let size: number;
  try {
    const st = statSync(file);
    if (!st.isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
    size = st.size;
  } catch (e) {
    throw new UsageError(`cannot read ${arg} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}). Pass HAR files or ndjson exchange logs.`);
  }
  return { name: arg, kind: kindOf(file), size, open: () => createReadStream(file, { highWaterMark: 1024 * 1024 }) };
}

/** Runs `audit`; exported for tests. */
export async function runAudit(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseFlags('audit', argv, trafficFlags, true);
  if (positionals.length === 0) throw new UsageError('name at least one HAR file or ndjson exchange log (or - for stdin).');
  const inputs = positionals.map((p) => inputOf(p, io));
  const settings = trafficSettings(values, io.cwd);
  const source = inputs.map((i) => i.name).join(', ');
  const session = openTrafficSession('audit', settings.schema, { kind: 'audit', description: source }, settings.output);
  const { ledger } = session;
  const total = inputs.reduce((n, i) => n + i.size, 0);
  let read = 0;
  const percent = () => (total > 0 ? `${Math.min(100, Math.floor((read / total) * 100))}%, ` : '');
  const stopProgress = startProgress(io.stderr, io.interactive, () => `audit: ${percent()}${ledger.exchanges} exchanges, ${ledger.violations} violations`);
  let interrupted = false;
  const stop = () => {
    if (interrupted) process.exit(trafficExitCode(session.finishSync([{ message: 'interrupted twice: the audit stopped at once; results are partial' }])));
    interrupted = true;
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  const errors: Report['errors'] = [];
  try {
    for (const input of inputs) {
      const items: AsyncIterable<LogItem[]> =
        input.kind === 'har'
          ? readHar(input.open(), input.name, settings.captureLimit)
          : readNdjson(input.open(), input.name, settings.captureLimit, (n) => (read += n));
      for await (const batch of items) {
        for (const item of batch) {
          if ('exchange' in item) ledger.record(item.exchange);
          else ledger.malformedInput(item.where, item.malformed);
        }
        if (interrupted) break;
      }
      if (input.kind === 'har') read += input.size;
      if (interrupted) {
        errors.push({ message: 'the audit was interrupted before it finished; results are partial' });
        break;
      }
    }
  } finally {
    stopProgress();
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
  const { report, written } = await session.finish(errors);
  io.stdout.write(summaryText(report, written));
  return trafficExitCode(report);
}

/** The `audit` command. */
export const auditCommand: Command = {
  name: 'audit',
  usage,
  run: (argv, io) => runAudit(argv, io),
};
