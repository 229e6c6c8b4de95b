/** The flags of `check`, as one table: parsed from argv or read from the config file (same names), turned into `CheckInput`. */
import type { DictionaryEntry } from '../../generators/data/dictionary.js';
import { UsageError } from '../core/errors.js';
import { parseSeed } from './seed.js';
import type { CheckInput } from './types.js';

/** Flag table: long name → parseArgs type and whether it repeats. Config-file keys are the same names. */
export const checkFlags = {
  target: { type: 'string', multiple: true },
  runs: { type: 'string' },
  seed: { type: 'string' },
  check: { type: 'string', multiple: true },
  strict: { type: 'boolean' },
  timeout: { type: 'string' },
  'report-dir': { type: 'string' },
  format: { type: 'string' },
  shard: { type: 'string' },
  schema: { type: 'string' },
  replay: { type: 'string' },
  runner: { type: 'string' },
  'project-id': { type: 'string' },
  'token-env': { type: 'string' },
  'signing-key': { type: 'string' },
  header: { type: 'string', multiple: true },
  'allow-writes': { type: 'boolean' },
  concurrency: { type: 'string' },
  rate: { type: 'string' },
  'max-findings': { type: 'string' },
  baseline: { type: 'string' },
  'update-baseline': { type: 'boolean' },
  'strict-baseline': { type: 'boolean' },
  'second-opinion': { type: 'boolean' },
  history: { type: 'string' },
} as const;

/** Raw values by flag name: strings from argv, typed values from the config file. */
export type FlagValues = Record<string, unknown>;

/** A count flag: an integer (or its text) >= `min`. */
function count(flag: string, v: unknown, min = 0): number {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min) throw new UsageError(`--${flag} must be an integer >= ${min}, got '${String(v)}'.`);
  return n;
}

function shardOf(v: string): { index: number; count: number } {
  const m = /^(\d+)\/(\d+)$/.exec(v.trim());
  const index = Number(m?.[1]);
  const total = Number(m?.[2]);
  if (!m || total < 1 || index < 1 || index > total) throw new UsageError(`--shard must be I/N with 1 <= I <= N (e.g. 2/4), got '${v}'.`);
  return { index, count: total };
}

const list = (v: unknown): string[] => (v === undefined ? [] : Array.isArray(v) ? v.map(String) : [String(v)]);

/** Turns flag values into `CheckInput` (only what was given; defaults come from the resolver). */
export function fromFlags(v: FlagValues): CheckInput {
  const out: CheckInput = {};
  const http: NonNullable<CheckInput['http']> = {};
  const str = (k: string): string | undefined => (v[k] === undefined ? undefined : String(v[k]));
  if (v.target !== undefined || v.targets !== undefined) out.targets = [...list(v.targets), ...list(v.target)];
  if (v.runs !== undefined) out.runs = count('runs', v.runs);
  if (v.seed !== undefined) out.seed = typeof v.seed === 'number' ? v.seed : parseSeed(String(v.seed), '--seed');
  if (v.check !== undefined) out.checks = list(v.check);
  if (v.strict !== undefined) out.strict = v.strict === true;
  if (v.timeout !== undefined) out.timeoutMs = count('timeout', v.timeout, 1);
  if (v['report-dir'] !== undefined) out.reportDir = String(v['report-dir']);
  if (v.format !== undefined) out.formats = list(v.format);
  if (v.shard !== undefined) out.shard = shardOf(String(v.shard));
  if (v.schema !== undefined) out.schemaPath = String(v.schema);
  if (v.replay !== undefined) out.replayPath = String(v.replay);
  if (v.runner !== undefined) out.runner = String(v.runner) as 'vitest' | 'inline';
  if (v['max-findings'] !== undefined) out.maxFindings = count('max-findings', v['max-findings'], 1);
  if (v.baseline !== undefined) out.baselinePath = String(v.baseline);
  if (v['update-baseline'] !== undefined) out.updateBaseline = v['update-baseline'] === true;
  if (v['strict-baseline'] !== undefined) out.strictBaseline = v['strict-baseline'] === true;
  if (v['second-opinion'] !== undefined) out.secondOpinion = v['second-opinion'] === true;
  if (v.history !== undefined) out.historyPath = String(v.history);
  if (Array.isArray(v.dictionary)) out.dictionary = v.dictionary as DictionaryEntry[];
  if (str('project-id') !== undefined) http.projectId = str('project-id')!;
  if (str('token-env') !== undefined) http.tokenEnv = str('token-env')!;
  if (str('signing-key') !== undefined) http.signingKey = str('signing-key')!;
  if (v.header !== undefined) http.headers = list(v.header);
  if (v['allow-writes'] !== undefined) http.allowWrites = v['allow-writes'] === true;
  if (v.concurrency !== undefined) http.concurrency = count('concurrency', v.concurrency, 1);
  if (v.rate !== undefined) http.rate = count('rate', v.rate, 1);
  if (Object.keys(http).length > 0) out.http = http;
  return out;
}

/** `--help` of `check`. */
export const checkUsage = `Usage: paragon-conformance check [options]

Runs the conformance checks against one or more targets and writes reports. Exit: 0 conformant, 1 non-conformant,
2 usage/config/schema/setup error, 3 target error, 4 internal error (a bug in paragon-conformance).

  --target T          reference (default) | module:PATH | cmd:COMMAND LINE | http(s)://BASE (repeatable: every
                      target sees the same cases; the report compares them)
  --runs N            random cases per check after the dictionary and edge-case phases (default 200)
  --seed S            seed (default: $PARAGON_SEED, else random, printed); same seed, same cases
  --check ID          run only this check (repeatable)
  --strict            SHOULD failures fail the gate too
  --max-findings N    distinct findings kept per check, each shrunk (default 10)
  --baseline FILE     known findings that do not fail the gate (default paragon-conformance.baseline.json)
  --update-baseline   write the current findings to the baseline (keeping reasons)
  --strict-baseline   baseline entries whose finding is gone fail the gate ("fixed: remove it")
  --second-opinion    judge every case with a second JSON Schema validator too; where the two disagree the
                      case is a spec ambiguity, never counted against a target
  --history FILE      the conformance ledger to append to (default REPORT-DIR/conformance-history.jsonl)
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
Flags can also come from paragon-conformance.config.json in the working directory (flags win); there, "targets"
takes a list and "dictionary" extends the hostile dictionary.
`;
