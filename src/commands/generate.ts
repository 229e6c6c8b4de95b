/** `generate`: streams reproducible valid or labelled invalid Connected Users as fixtures (SPEC §2, §5, §7). */
import { randomInt } from 'node:crypto';
import { resolve } from 'node:path';
import { UsageError } from '../core/errors.js';
import { type Chunks, writeChunks, writeFileAtomic } from '../core/files.js';
import { EngineError } from '../fixtures/engine-error.js';
import { type FixtureMeta, render } from '../fixtures/format.js';
import { fixtureFormats } from '../fixtures/formats.js';
import { BLOCK, defaultThreads, PARALLEL_FROM, parallelStream, ThreadError } from '../fixtures/parallel.js';
import { parseSeed } from '../options/seed.js';
import { embeddedDocument } from '../schema/embedded.js';
import { intFlag, parseFlags } from './args.js';
import type { Command, Io } from './command.js';

const usage = `Usage: paragon-conformance generate [options]

Streams reproducible Connected Users (valid, or labelled invalid) for use as fixtures.

Options:
  --count N        how many instances (default 100)
  --seed S         integer seed (default: random, printed to stderr so the run can be repeated)
  --invalid        labelled invalid instances: {"instance":…,"violation":{instancePath,keyword,schemaPath}}
  --engine E       fast-check (schema-derived; edge cases first, then random) | faker (json-schema-faker
                   with a realism overlay; every instance checked by the oracle; with --invalid, realistic
                   users with one oracle-labelled fault). Default fast-check
  --format F       ndjson (one per line, default) | json (one array) | jsts (JSON-Schema-Test-Suite)
  --out FILE       write to FILE atomically (temp file + rename) instead of stdout
  --schema FILE    generate for another version of the schema (default: the embedded one)
  --threads N      threads generating side by side (fast-check engine, 20,000+ instances; default: one per
                   core, at most 4); the output is the same whatever N
`;

const options = {
  count: { type: 'string' },
  seed: { type: 'string' },
  invalid: { type: 'boolean' },
  engine: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  schema: { type: 'string' },
  threads: { type: 'string' },
} as const;

/** Upper bound of the random default seed (any safe integer is accepted with --seed, as in `check`). */
const MAX_SEED = 0x7fffffff;

/** Looks `name` up in a table, or throws a usage error naming the flag and the choices. */
function choose<T>(flag: string, table: Readonly<Record<string, T>>, name: string): T {
  const hit = Object.hasOwn(table, name) ? table[name] : undefined;
  if (hit === undefined) throw new UsageError(`--${flag} must be one of ${Object.keys(table).join(', ')}; got '${name}'.`);
  return hit;
}

/** The parsed settings of one `generate` run. */
interface Settings {
  count: number;
  seed: number;
  seedGiven: boolean;
  kind: 'valid' | 'invalid';
  engine: string;
  format: string;
  out?: string | undefined;
  schema?: string | undefined;
  threads: number;
}

function settingsFrom(argv: string[]): Settings {
  const { values } = parseFlags('generate', argv, options);
  const str = (k: keyof typeof options): string | undefined => values[k] as string | undefined;
  const seedText = str('seed');
  const seed = seedText === undefined ? randomInt(0, MAX_SEED) : parseSeed(seedText, '--seed');
  const s: Settings = {
    count: intFlag('count', str('count'), 100),
    seed,
    seedGiven: seedText !== undefined,
    kind: values.invalid === true ? 'invalid' : 'valid',
    engine: str('engine') ?? 'fast-check',
    format: str('format') ?? 'ndjson',
    out: str('out'),
    schema: str('schema'),
    threads: intFlag('threads', str('threads'), defaultThreads(), 1),
  };
  if (s.out === '') throw new UsageError('--out needs a file name (omit --out to write to stdout).');
  return s;
}

async function run(argv: string[], io: Io): Promise<number> {
  const s = settingsFrom(argv);
  const format = choose('format', fixtureFormats, s.format);
  const parallel = s.engine === 'fast-check' && s.threads > 1 && s.count >= PARALLEL_FROM;
  // Threads load the generators and the validator themselves; this process then only writes (its memory stays small).
  const engines = parallel ? undefined : await import('../fixtures/engines.js');
  const engine = engines && choose('engine', engines.fixtureEngines, s.engine);
  const doc = s.schema === undefined ? embeddedDocument() : (await import('../schema/load.js')).loadSchema(resolve(io.cwd, s.schema)).document;
  const title = typeof doc.title === 'string' ? doc.title : typeof doc.$id === 'string' && doc.$id ? doc.$id : 'schema';
  const meta: FixtureMeta = { title, schema: doc, kind: s.kind, engine: s.engine, seed: s.seed };
  if (!s.seedGiven) io.stderr.write(`generate: seed ${s.seed} (pass --seed ${s.seed} to reproduce this output)\n`);
  const tally: { n: number; done?: boolean } = { n: 0 };
  let chunks: Chunks;
  let written: ((bytes: Uint8Array) => void) | undefined;
  if (!engine) {
    const task = { doc, seed: s.seed, kind: s.kind, count: s.count, format: s.format };
    const stream = parallelStream(task, Math.min(s.threads, Math.ceil(s.count / BLOCK)), format, meta, tally);
    chunks = io.interactive ? withByteProgress(stream.chunks, tally, s.count, io) : stream.chunks;
    written = stream.written;
  } else {
    const cases = counted(engine(doc, s.seed, s.kind, s.count), tally);
    chunks = render(format, meta, io.interactive ? withProgress(cases, s.count, io) : cases);
  }
  try {
    if (s.out === undefined) {
      await writeChunks(chunks, io.stdout, written);
    } else {
      await writeOut(resolve(io.cwd, s.out), chunks, written);
      io.stderr.write(`generate: wrote ${tally.n} ${s.kind} instance(s) to ${s.out}\n`);
    }
    if (tally.done && tally.n < s.count) {
      io.stderr.write(`generate: the schema yields only ${tally.n} ${s.kind} instance(s) with this engine (asked for ${s.count}).\n`);
    }
  } catch (e) {
    if (e instanceof EngineError) throw new UsageError(e.message);
    if (e instanceof ThreadError) throw new UsageError(new EngineError(s.engine, e).message);
    throw e;
  }
  return 0;
}

/** Passes the cases through, counting them; `done` is set once the stream ran out by itself. */
function* counted<T>(cases: Iterable<T>, tally: { n: number; done?: boolean }): Generator<T> {
  for (const c of cases) {
    tally.n++;
    yield c;
  }
  tally.done = true;
}

/** Passes the cases through, redrawing a progress line on stderr about once a second (TTY only). */
function* withProgress<T>(cases: Iterable<T>, total: number, io: Io): Generator<T> {
  let n = 0;
  let last = Date.now();
  for (const c of cases) {
    yield c;
    if (++n % 1000 === 0 && Date.now() - last >= 1000) {
      last = Date.now();
      io.stderr.write(`\rgenerate: ${n.toLocaleString('en-US')} / ${total.toLocaleString('en-US')}`);
    }
  }
  if (n >= 1000) io.stderr.write('\r\x1b[K');
}

/** Passes the threads' chunks through, redrawing the progress line from the tally (TTY only). */
async function* withByteProgress(chunks: AsyncIterable<string | Uint8Array>, tally: { n: number }, total: number, io: Io): AsyncGenerator<string | Uint8Array> {
  let last = Date.now();
  for await (const c of chunks) {
    yield c;
    if (Date.now() - last >= 1000) {
      last = Date.now();
      io.stderr.write(`\rgenerate: ${tally.n.toLocaleString('en-US')} / ${total.toLocaleString('en-US')}`);
    }
  }
  if (tally.n >= 1000) io.stderr.write('\r\x1b[K');
}

async function writeOut(path: string, chunks: Chunks, written?: (bytes: Uint8Array) => void): Promise<void> {
  try {
    await writeFileAtomic(path, chunks, written);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR' || code === 'ENOTDIR' || code === 'EROFS') {
      throw new UsageError(`cannot write --out ${path} (${code}). Check that the directory exists and is writable.`);
    }
    throw e;
  }
}

/** The `generate` command (SPEC §5). */
export const generateCommand: Command = {
  name: 'generate',
  usage,
  run,
};
