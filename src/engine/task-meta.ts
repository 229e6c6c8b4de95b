/** What the vitest worker hands the host through `task.meta.paragon`: one check's result, or the whole run's parts. */
import type { CheckResult, TargetInfo } from '../core/types.js';
import type { RunParts } from './report.js';

/** What each conformance test leaves in `task.meta.paragon` for the host (`paragon-conformance check`). */
export type ParagonTaskMeta =
  | { kind: 'check'; target: number; info: TargetInfo; result: CheckResult; usageError?: string }
  | { kind: 'finish'; parts: RunParts; usageError?: string };
