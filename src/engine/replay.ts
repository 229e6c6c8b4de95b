/** Replay files and commands: every finding can be re-run exactly, by itself (`check --replay FILE`). */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { CheckContext } from '../checks/types.js';
import { type InFlightRequest, UsageError } from '../core/errors.js';
import { writeFileAtomicSync } from '../core/files.js';
import { redact, redactTarget } from '../core/redact.js';
import type { Violation } from '../core/types.js';
import type { Found } from '../findings/types.js';
import { replayBody } from '../fixtures/replay-line.js';
import type { CheckOptions } from '../options/types.js';
import type { LoadedSchema } from '../schema/load.js';
import type { Oracle } from '../schema/oracle.js';

/** Contents of a replay file. */
export interface ReplayFile {
  check: string;
  kind: 'valid' | 'invalid' | 'requests';
  json: string;
  violation?: Violation;
  fingerprint?: string;
}

/** HTTP checks whose findings are single request bodies or sequences that can be sent again. */
const httpReplayable = new Set(['http.write.accepts-valid', 'http.write.rejects-invalid', 'http.write.persists']);

const quote = (s: string): string => (/^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);

/** The replay command prefix for one target of a run (no secrets: tokens come from the environment). */
export function replayPrefix(o: CheckOptions, target: string): string {
  const parts = ['npx', 'paragon-conformance', 'check'];
  if (target !== 'reference') parts.push('--target', quote(redactTarget(target)));
  if (o.schemaPath) parts.push('--schema', quote(o.schemaPath));
  if (/^https?:/i.test(target)) {
    if (o.http.projectId !== 'test-project') parts.push('--project-id', quote(o.http.projectId));
    if (o.http.signingKey) parts.push('--signing-key', quote(o.http.signingKey));
    else if (o.http.tokenEnv !== 'PARAGON_USER_TOKEN') parts.push('--token-env', quote(o.http.tokenEnv));
    if (o.http.allowWrites) parts.push('--allow-writes');
    if (o.http.headers.length) parts.push('--header', "'<redacted: repeat your --header flags>'");
  }
  if (o.runs !== 200) parts.push('--runs', String(o.runs));
  if (o.shard) parts.push('--shard', `${o.shard.index}/${o.shard.count}`);
  if (o.strict) parts.push('--strict');
  return parts.join(' ');
}

/** Where a run saves replay files, and how its commands are spelled. */
export interface ReplaySettings {
  prefix: string;
  seed: number;
  /** Absolute report directory (files go to `replays/` inside it). */
  reportDir: string;
  cwd: string;
  /** Secrets to keep out of the files (tokens, header values). */
  secrets: readonly string[];
}

/** Saves the counterexample of a finding (when it can be replayed) and returns its replay command and file. */
export function saveReplay(s: ReplaySettings, check: string, f: Found): { replay: string; replayFile?: string } {
  const base = `${s.prefix} --check ${check} --seed ${s.seed}`;
  if (check.startsWith('http.') && !httpReplayable.has(check)) return { replay: base };
  const body: ReplayFile = {
    check,
    kind: f.violation ? 'invalid' : 'valid',
    json: redact(JSON.stringify(f.counterexample) ?? 'null', s.secrets),
    ...(f.violation ? { violation: f.violation } : {}),
    fingerprint: f.fingerprint,
  };
  const name = `${check}-${createHash('sha256').update(body.json).digest('hex').slice(0, 10)}.json`;
  const abs = join(s.reportDir, 'replays', name);
  try {
    mkdirSync(join(s.reportDir, 'replays'), { recursive: true });
    writeFileAtomicSync(abs, `${JSON.stringify(body, null, 2)}\n`);
  } catch {
    return { replay: base };
  }
  const rel = relative(s.cwd, abs);
  const file = rel.startsWith('..') || isAbsolute(rel) ? abs : rel;
  return { replay: `${base} --replay ${quote(file)}`, replayFile: file };
}

/** Saves the requests in flight when a service stopped answering; returns the command that sends exactly them again. */
export function saveRequestsReplay(s: ReplaySettings, requests: readonly InFlightRequest[]): string {
  const json = redact(JSON.stringify(requests), s.secrets);
  const name = `in-flight-${createHash('sha256').update(json).digest('hex').slice(0, 10)}.json`;
  const abs = join(s.reportDir, 'replays', name);
  const base = `${s.prefix} --check http.no-server-error --seed ${s.seed}`;
  try {
    mkdirSync(join(s.reportDir, 'replays'), { recursive: true });
    writeFileAtomicSync(abs, `${JSON.stringify({ check: 'http.no-server-error', kind: 'requests', json } satisfies ReplayFile, null, 2)}\n`);
  } catch {
    return base;
  }
  const rel = relative(s.cwd, abs);
  return `${base} --replay ${quote(rel.startsWith('..') || isAbsolute(rel) ? abs : rel)}`;
}

/** Reads `--replay FILE`; the saved case must still be what it says under the schema in use. Problems are exit 2. */
export function readReplay(o: CheckOptions, schema: LoadedSchema, oracle: Oracle): CheckContext['replay'] {
  if (!o.replayPath) return undefined;
  const file = resolve(o.cwd, o.replayPath);
  const fix = 'Use the path printed with the failure.';
  let body: Partial<ReplayFile>;
  try {
    body = replayBody(readFileSync(file, 'utf8')) as Partial<ReplayFile>; // a replay file, or a fixture line (fixtures/replay-line.ts)
  } catch (e) {
    throw new UsageError(`cannot read replay file ${file} (${(e as Error).message}). ${fix}`);
  }
  if ((body.kind !== 'valid' && body.kind !== 'invalid' && body.kind !== 'requests') || typeof body.json !== 'string') {
    throw new UsageError(`${file} is not a replay file (expected {check, kind, json}). ${fix}`);
  }
  if (body.kind === 'requests') return { kind: 'requests', json: body.json };
  if (body.kind === 'invalid' && !body.violation) {
    throw new UsageError(
      `${file} is an invalid case without its violation label ({instancePath, keyword, schemaPath}), so it cannot be replayed as one. ${fix}`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(body.json);
  } catch {
    throw new UsageError(`${file} holds a case that is not JSON. ${fix}`);
  }
  const holds = body.kind === 'valid' ? oracle.isValid(value) : oracle.failsExactlyWith(value, body.violation!);
  if (!holds) {
    throw new UsageError(
      `the case in ${file} is no longer ${body.kind === 'valid' ? 'valid' : 'invalid with its saved label'} under the schema in use (${schema.source}); it was saved for another schema version. Run the check again without --replay.`,
    );
  }
  return { kind: body.kind, json: body.json, ...(body.violation ? { violation: body.violation } : {}) };
}
