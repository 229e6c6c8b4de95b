/** The shape of a CLI command: parse its own argv, do the work, return an exit code. */
import type { Io } from '../core/io.js';

export type { Io } from '../core/io.js';

/** A command (its one-line summary lives in the table, `cli/commands.ts`, so `--help` loads no command). */
export interface Command {
  name: string;
  /** Usage text shown on `COMMAND --help` and after usage errors. */
  usage: string;
  run(argv: string[], io: Io): Promise<number>;
}
