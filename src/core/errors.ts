/** Typed errors that map to the CLI's exit codes (SPEC §16). */

/** A usage, configuration, schema or setup error: exit code 2. The message says what was wrong and what to do. */
export class UsageError extends Error {
  readonly exitCode = 2 as const;
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/**
 * The target could not be loaded, spawned or reached, broke its protocol, crashed or timed out: exit code 3.
 * `request` names the call that failed (for HTTP: method and path) when there is one.
 */
export class TargetError extends Error {
  readonly exitCode = 3 as const;
  constructor(
    message: string,
    readonly request?: string,
    /** HTTP targets that stopped answering: the requests in flight at that moment (bodies redacted). */
    readonly inFlight?: readonly InFlightRequest[],
  ) {
    super(message);
    this.name = 'TargetError';
  }
}

/** A request that was on its way when a service stopped answering. */
export interface InFlightRequest {
  method: string;
  path: string;
  body?: string;
}

/**
 * A bug in paragon-conformance itself (an exception in a check, a generator or a renderer, a missing compiled file):
 * exit code 4. Never blames the target or the user.
 */
export class InternalError extends Error {
  readonly exitCode = 4 as const;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'InternalError';
  }
}

/** Exit codes of every command (SPEC §16). */
export const ExitCode = { ok: 0, failed: 1, usage: 2, target: 3, internal: 4 } as const;

/** The text printed for an internal error: what happened, that it is our bug, and the stack. */
export function internalErrorText(e: unknown): string {
  const err = e instanceof Error ? e : new Error(String(e));
  const cause = err.cause instanceof Error ? `\ncaused by: ${err.cause.stack ?? err.cause.message}` : '';
  return `internal error: this is a bug in paragon-conformance, not in the target or in how it was called. Please report it with the command line and this stack:\n${err.stack ?? err.message}${cause}`;
}
