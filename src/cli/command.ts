/** The shape of a CLI command: parse its own argv, do the work, return an exit code. */
import type { Writable } from 'node:stream';

/** What a command may touch of the outside world (injected so commands are testable in-process). */
export interface Io {
  stdout: Writable;
  stderr: Writable;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** True when progress lines may be drawn (a TTY and not CI). */
  interactive: boolean;
}

export interface Command {
  name: string;
  /** One line for `--help`. */
  summary: string;
  /** Usage text shown on `COMMAND --help` and after usage errors. */
  usage: string;
  run(argv: string[], io: Io): Promise<number>;
}
