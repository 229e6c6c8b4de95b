/** Typed errors that map to the CLI's exit codes (SPEC §5). */

/** A usage, configuration or schema error: exit code 2. The message says what was wrong and what to do. */
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
  constructor(message: string, readonly request?: string) {
    super(message);
    this.name = 'TargetError';
  }
}

/** Exit codes of the CLI. */
export const ExitCode = { conformant: 0, nonConformant: 1, usage: 2, target: 3 } as const;
