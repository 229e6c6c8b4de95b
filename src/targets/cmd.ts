/** The `cmd:COMMAND LINE` target: a harness process in any language speaking the line protocol (SPEC §3.1). */
import { TargetError } from '../core/errors.js';
import type { Observed, Op, ParseOutcome, Target } from '../core/types.js';
import { LineConnection, type Reply } from './line-connection.js';

/** Options of a cmd target. */
export interface CmdTargetOptions {
  /** Working directory of the harness (default: `process.cwd()`). */
  cwd?: string;
  /** Per-request timeout in ms (`--timeout`). */
  timeoutMs: number;
  /** How long to wait for `ready` after `start` (default: `timeoutMs`, at least 15 s: runtimes can start slowly). */
  startTimeoutMs?: number;
  /** Description, secrets redacted (default `cmd:COMMAND LINE`). */
  description?: string;
  /** Environment of the harness (default `process.env`). */
  env?: NodeJS.ProcessEnv;
}

/** A round trip's outcome: `rejected`, and (protocol 1.1) `threw`, are rejections. */
const asOutcome = (r: Reply): ParseOutcome =>
  'rejected' in r
    ? { ok: false, rejected: r.rejected }
    : 'threw' in r
      ? { ok: false, rejected: `the implementation raised: ${r.threw}` }
      : { ok: true, output: (r as { instance: unknown }).instance };

/**
 * A validate answer; `threw` (protocol 1.1) rejects with a plain Error, as a throwing module does, so the checks see
 * an exception of the implementation (a `validate.total` verdict), never a target error.
 */
function asValid(r: Reply): unknown {
  if ('threw' in r) throw new Error(r.threw);
  return (r as { valid: boolean }).valid;
}

/** Spawns the harness through the shell, performs the start/ready handshake and returns the target. */
export async function openCmdTarget(commandLine: string, opts: CmdTargetOptions): Promise<Target> {
  if (commandLine.trim() === '') {
    throw new TargetError('empty command line. Pass --target "cmd:COMMAND LINE", e.g. --target "cmd:python3 examples/python-harness/harness.py".');
  }
  const conn = new LineConnection(commandLine, { cwd: opts.cwd, env: opts.env }, opts.timeoutMs);
  const ready = await conn.start(opts.startTimeoutMs ?? Math.max(opts.timeoutMs, 15_000));
  const ops = new Set<Op>();
  if (ready.ops.includes('validate')) ops.add('validate');
  if (ready.ops.includes('roundtrip')) {
    ops.add('roundtrip');
    ops.add('parse');
  }
  if (ops.size === 0) {
    await conn.stop();
    throw new TargetError(`harness \`${commandLine}\` offers no operation (its ready message lists ops: []). List "validate" and/or "roundtrip" in "ops".`);
  }
  const timed = async <T>(cmd: 'validate' | 'roundtrip', json: string, map: (r: Reply) => T): Promise<Observed<T>> => {
    const started = performance.now();
    const reply = await conn.request(cmd, json);
    return { result: map(reply), latencyMs: performance.now() - started };
  };
  const target: Target = {
    kind: 'cmd',
    description: opts.description ?? `cmd:${commandLine}`,
    ops,
    inProcess: false,
    ...(ready.implementation ? { implementation: ready.implementation } : {}),
    close: () => conn.stop(),
  };
  if (ops.has('validate')) target.validate = (json) => timed('validate', json, asValid);
  if (ops.has('roundtrip')) {
    target.roundtrip = (json) => timed('roundtrip', json, asOutcome);
    target.parse = (json) => timed('roundtrip', json, asOutcome);
  }
  return target;
}
