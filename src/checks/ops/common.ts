/** What the operation checks share: calling one op of the target (fenced against prototype pollution) and skip rules. */
import { TargetError } from '../../core/errors.js';
import type { Case, Observed, Op, ParseOutcome, Target } from '../../core/types.js';
import { PrototypeFence } from '../../targets/snapshot.js';
import type { CheckContext } from '../types.js';
import { once } from './memo.js';

/** The result of one operation call as a check sees it: the observation, or what the implementation threw. */
export type CallResult<T> = ({ ok: true; observed: Observed<T> } | { ok: false; threw: string }) & {
  /** In-process targets: changes the call made to built-in prototypes (already undone). */
  pollution: string[];
};

function describeThrown(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message}`;
  try {
    return `threw ${JSON.stringify(e)}`;
  } catch {
    return `threw ${String(e)}`;
  }
}

/** The fence of in-process calls (one realm, so one fence); created at the first fenced call. */
let fence: PrototypeFence | undefined;
const fenceNow = (): PrototypeFence => {
  fence ??= new PrototypeFence();
  return fence;
};

/**
 * Starts the fence over from the prototypes as they are now. Each check does so before its first call, so that what
 * code outside the target did between checks (a test project's setup adding to a prototype) is never blamed on it.
 */
export function renewFence(): void {
  fence?.renew();
}

/**
 * Calls one op of the target; implementation exceptions become `{ok:false}`, target errors propagate. An in-process
 * target is called once per (op, case): the checks that need the same call share its result (see `memo.ts`).
 */
export async function callOp(ctx: CheckContext, op: 'validate', json: string): Promise<CallResult<unknown>>;
export async function callOp(ctx: CheckContext, op: 'parse' | 'roundtrip', json: string): Promise<CallResult<ParseOutcome>>;
export async function callOp(ctx: CheckContext, op: Op, json: string): Promise<CallResult<unknown>> {
  return ctx.target.inProcess ? once(ctx.target, op, json, () => callNow(ctx, op, json)) : callNow(ctx, op, json);
}

async function callNow(ctx: CheckContext, op: Op, json: string): Promise<CallResult<unknown>> {
  const fn = ctx.target[op] as ((json: string) => Promise<Observed<unknown>>) | undefined;
  if (!fn) throw new TargetError(`target lost its ${op} operation`);
  // In-process calls are fenced: pollution of the built-in prototypes is recorded and undone at once, so one
  // polluting call can neither poison later cases nor the suite itself.
  const fenced = ctx.target.inProcess ? fenceNow() : undefined;
  const check = (): string[] => (fenced ? fenced.check() : []);
  const started = performance.now();
  try {
    const observed = await fn.call(ctx.target, json);
    if (!ctx.target.inProcess) ctx.recordLatency(observed.latencyMs ?? performance.now() - started);
    return { ok: true, observed, pollution: check() };
  } catch (e) {
    const pollution = check();
    if (e instanceof TargetError) throw e;
    return { ok: false, threw: describeThrown(e), pollution };
  }
}

/** Reason to skip when the target lacks every op in `ops`. */
export function needsOne(target: Target, ...ops: Op[]): string | undefined {
  return ops.some((o) => target.ops.has(o)) ? undefined : `the target offers no ${ops.join('/')} operation`;
}

/** Names a violation for messages: `enum at /integrations/x/credentialStatus`. */
export function violationText(c: Case): string {
  return c.violation ? `${c.violation.keyword} at ${c.violation.instancePath || '/'} (${c.violation.schemaPath})` : 'valid';
}
