/** What a run tells its observers (terminal output, progress line, partial reports): optional hooks, one line each. */
import type { CheckResult, Failure, Level, Report, TargetInfo } from '../core/types.js';

/** Follows a run. Every hook is optional; they are called in run order. */
export interface RunObserver {
  /** The run starts: its targets (as described before opening) and checks. */
  onRunStart?(e: {
    targets: TargetInfo[];
    checks: readonly { id: string; level: Level; title: string }[];
    seed: number;
    runs: number;
    schema: Report['schema'];
  }): void;
  /** A target was opened (`error` set when it could not be). */
  onTargetOpen?(e: { target: number; info: TargetInfo; error?: string }): void;
  /** A check starts on a target. */
  onCheckStart?(e: { target: number; check: string }): void;
  /** A finding of a check, shrunk, with its fingerprint. */
  onFinding?(e: { target: number; check: string; finding: Failure }): void;
  /** A check finished on a target. */
  onCheckEnd?(e: { target: number; result: CheckResult }): void;
  /** The run finished (also after an interrupt): its report. */
  onRunEnd?(report: Report): void;
}

/** Calls one hook on every observer. */
export function notify<K extends keyof RunObserver>(observers: readonly RunObserver[], hook: K, ...args: Parameters<NonNullable<RunObserver[K]>>): void {
  for (const o of observers) (o[hook] as ((...a: unknown[]) => void) | undefined)?.(...args);
}
