/** `fixtures check PATH…`: are committed fixtures still what they claim under the current schema? (SPEC §14) */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { escapeUnusual } from '../compat/show.js';
import { UsageError } from '../core/errors.js';
import { checkFixtures } from '../fixtures/check.js';
import { detectFormat, type FixtureFileFormat } from '../fixtures/check-read.js';
import { loadSchema } from '../schema/load.js';
import { oracleFor } from '../schema/oracle.js';
import { parseFlags } from './args.js';
import type { Command, Io } from './command.js';

const usage = `Usage: paragon-conformance fixtures check PATH… [options]

Checks committed fixtures against the current schema: valid ones must still be valid, labelled invalid ones
must still fail with exactly their label. PATH is a file or a directory (its .ndjson, .jsonl and .json files).
Formats are those generate writes: ndjson (an instance per line, or {"instance":…,"violation":{…}}), json (an
array of the same) and jsts (JSON-Schema-Test-Suite); files are streamed (any size, flat memory).

Options:
  --schema FILE    the schema to check against (default: the embedded one)
  --format F       ndjson | json | jsts for every file (default: by extension and content)

Exit codes: 0 no drift, 1 drift (each fixture named file:line with what changed), 2 nothing could be read
or bad input (malformed lines alone are reported, not fatal), 4 internal error.
`;

const options = { schema: { type: 'string' }, format: { type: 'string' } } as const;
const fixtureExt = /\.(ndjson|jsonl|json)$/i;

/** Files named on the command line; directories give their fixture files (recursively, sorted). */
function expand(paths: readonly string[], cwd: string): string[] {
  const out: string[] = [];
  const walk = (p: string) => {
    let st: ReturnType<typeof statSync>;
    try {
      st = statSync(p);
    } catch (e) {
      throw new UsageError(`cannot read ${relative(cwd, p) || p} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}). Check the path.`);
    }
    if (!st.isDirectory()) return void out.push(p);
    for (const name of readdirSync(p).sort()) {
      const child = join(p, name);
      if (statSync(child).isDirectory() || fixtureExt.test(name)) walk(child);
    }
  };
  for (const p of paths) walk(resolve(cwd, p));
  return out;
}

async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseFlags('fixtures', argv, options, true);
  const [sub, ...paths] = positionals;
  if (sub !== 'check')
    throw new UsageError(`fixtures takes the subcommand check, e.g. paragon-conformance fixtures check fixtures/users.ndjson (got ${sub ?? 'none'}).`);
  if (paths.length === 0) throw new UsageError('fixtures check needs at least one fixture file or directory.');
  const forced = values.format as string | undefined;
  if (forced !== undefined && !['ndjson', 'json', 'jsts'].includes(forced)) throw new UsageError(`--format must be ndjson, json or jsts; got '${forced}'.`);
  const schemaFlag = values.schema as string | undefined;
  const schema = loadSchema(schemaFlag === undefined ? undefined : resolve(io.cwd, schemaFlag));
  const files = expand(paths, io.cwd);
  if (files.length === 0) throw new UsageError(`no fixture files (.ndjson, .jsonl, .json) under ${paths.join(', ')}.`);
  // A reader that goes away (`| head`) is no error; stop printing, keep counting for the exit code.
  let gone = false;
  io.stdout.on('error', () => {
    gone = true;
  });
  const print = (text: string) => {
    if (!gone) io.stdout.write(text);
  };
  const listed = await Promise.all(
    files.map(async (path) => ({
      path,
      shown: relative(io.cwd, path) || path,
      format: (forced as FixtureFileFormat | undefined) ?? (await detectFormat(path)),
    })),
  );
  const tally = await checkFixtures(listed, oracleFor(schema.document), (l) =>
    print(`${l.where}: ${l.kind === 'malformed' ? 'malformed: ' : ''}${escapeUnusual(l.text)}\n`),
  );
  const what = `${tally.fixtures} fixture(s) in ${tally.files} file(s) against ${schema.source}: ${tally.drifted} drifted, ${tally.malformed} malformed part(s)`;
  if (tally.fixtures === 0) {
    io.stderr.write(`fixtures check: nothing could be read (${what}). Pass ndjson, json or JSON-Schema-Test-Suite files as generate writes them.\n`);
    return 2;
  }
  print(`fixtures check: ${what} — ${tally.drifted > 0 ? 'drift' : 'no drift'}\n`);
  return tally.drifted > 0 ? 1 : 0;
}

/** The `fixtures` command: `fixtures check` (SPEC §14). */
export const fixturesCommand: Command = {
  name: 'fixtures',
  usage,
  run,
};
