/** Runs one check: skip, run, or error; adds replay commands (and saves each counterexample for `--replay`). */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { TargetError } from '../core/errors.js';
import type { CheckResult, Failure } from '../core/types.js';
import type { CheckContext, CheckDef, CheckOutcome } from './check.js';

/** Contents of a replay file. */
export interface ReplayFile {
  check: string;
  kind: 'valid' | 'invalid';
  json: string;
  violation?: Failure['violation'];
}

function saveReplay(ctx: CheckContext, id: string, f: CheckOutcome['failures'][number]): { file?: string; replay: string } {
  const { replayPrefix, seed, reportDir } = ctx.settings;
  const base = `${replayPrefix} --check ${id} --seed ${seed}`;
  if (id.startsWith('http.')) return { replay: base };
  const body: ReplayFile = {
    check: id,
    kind: f.violation ? 'invalid' : 'valid',
    json: JSON.stringify(f.counterexample),
    ...(f.violation ? { violation: f.violation } : {}),
  };
  const name = `${id}-${createHash('sha256').update(body.json).digest('hex').slice(0, 10)}.json`;
  try {
    mkdirSync(join(reportDir, 'replays'), { recursive: true });
    writeFileSync(join(reportDir, 'replays', name), `${JSON.stringify(body, null, 2)}\n`);
  } catch {
    return { replay: base };
  }
  const abs = join(reportDir, 'replays', name);
  const rel = relative(ctx.settings.cwd, abs);
  const file = rel.startsWith('..') || isAbsolute(rel) ? abs : rel;
  return { file, replay: `${base} --replay ${file}` };
}

/** Runs `def` against the context. Target errors become an `errored` result with the message. */
export async function runCheck(def: CheckDef, ctx: CheckContext): Promise<CheckResult> {
  const started = performance.now();
  const base = { id: def.id, level: def.level, title: def.title };
  const reason = def.skipReason(ctx.target);
  if (reason) return { ...base, status: 'skipped', cases: 0, failures: [], reason, durationMs: 0 };
  try {
    const outcome = await def.run(ctx);
    const failures: Failure[] = outcome.failures.map((f) => {
      const { file, replay } = saveReplay(ctx, def.id, f);
      return { ...f, replay, ...(file ? { replayFile: file } : {}) };
    });
    if (outcome.cases === 0 && failures.length === 0) {
      const why = ctx.replay ? `the replayed ${ctx.replay.kind} case does not apply to this check` : 'no case applied to this check';
      return { ...base, status: 'skipped', cases: 0, failures: [], reason: why, durationMs: Math.round(performance.now() - started) };
    }
    return {
      ...base,
      status: failures.length ? 'failed' : 'passed',
      cases: outcome.cases,
      failures,
      ...(outcome.notes?.length ? { reason: outcome.notes.join(' ') } : {}),
      durationMs: Math.round(performance.now() - started),
    };
  } catch (e) {
    const message =
      e instanceof TargetError
        ? `${e.message}${e.request ? ` (request: ${e.request})` : ''}`
        : `internal error in check ${def.id}: ${(e as Error).stack ?? String(e)}`;
    return { ...base, status: 'errored', cases: 0, failures: [], reason: message, durationMs: Math.round(performance.now() - started) };
  }
}
