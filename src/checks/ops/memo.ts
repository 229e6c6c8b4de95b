/**
 * One call per (case, operation) for in-process targets: eight checks judge the same calls (validate.* and the
 * purity/safety checks all validate every case, three roundtrip checks round-trip the same valid cases), so each
 * observation, with the pollution its call caused, is made once and judged by every check that needs it.
 */
import type { Op, Target } from '../../core/types.js';

/** Observations kept per target: beyond this many, calls are made again (memory stays bounded on huge runs). */
const MAX_KEPT = 50_000;

/** The remembered results of one target's calls, by op and then by the case's JSON text. */
class CallMemo<R> {
  private readonly byOp = new Map<Op, Map<string, R>>();
  private size = 0;

  get(op: Op, json: string): R | undefined {
    return this.byOp.get(op)?.get(json);
  }

  set(op: Op, json: string, result: R): void {
    if (this.size >= MAX_KEPT) return;
    let m = this.byOp.get(op);
    if (!m) {
      m = new Map();
      this.byOp.set(op, m);
    }
    if (!m.has(json)) this.size++;
    m.set(json, result);
  }
}

const memos = new WeakMap<Target, CallMemo<unknown>>();

/**
 * The result of `call()` for (target, op, json), calling it only the first time. Only deterministic, in-process
 * calls are worth remembering; a rejected call (a target error) is never remembered. Results are shared between the
 * checks: they only read them.
 */
export async function once<R>(target: Target, op: Op, json: string, call: () => Promise<R>): Promise<R> {
  let memo = memos.get(target) as CallMemo<R> | undefined;
  if (!memo) {
    memo = new CallMemo<R>();
    memos.set(target, memo as CallMemo<unknown>);
  }
  const hit = memo.get(op, json);
  if (hit !== undefined) return hit;
  const result = await call();
  memo.set(op, json, result);
  return result;
}
