/** What a command may touch of the outside world, injected so commands (and what they call) are testable in-process. */
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
