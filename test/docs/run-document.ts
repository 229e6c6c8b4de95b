/** Runs every `sh` command of one Markdown file in a fresh copy of the repository and asserts the documented exit codes. */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { freePort, repoCopy, runDocCommands } from './doc-run.js';
import { shellCommands } from './shell-blocks.js';
import { npxShimEnv } from './shim.js';

/** The runnable (not skipped) commands of a Markdown file. */
export const runnableCommands = (file: string) => shellCommands(readFileSync(file, 'utf8'), file).filter((c) => !c.skip);

/**
 * Runs the file's commands (port 4010 mapped to a free port) in a scratch copy of the repository, fails the test listing
 * every command that exited otherwise, lets `inspect` look at what they left, then removes the copy.
 */
export async function runDocument(file: string, inspect: (cwd: string) => void = () => {}): Promise<void> {
  const port = String(await freePort());
  const port2 = String(await freePort()); // a second service (the traffic guide's proxy on 4011)
  const commands = runnableCommands(file).map((c) => ({ ...c, command: c.command.replace(/\b4010\b/g, port).replace(/\b4011\b/g, port2) }));
  const cwd = repoCopy();
  // Time: every `check` in the docs runs its checks in-process (the vitest runner costs ~2 s of start-up per run and is
  // covered by test/cli). Flags win over the config file, so no documented command changes meaning.
  writeFileSync(join(cwd, 'paragon-conformance.config.json'), JSON.stringify({ runner: 'inline' }));
  const env = npxShimEnv();
  delete env.PARAGON_USER_TOKEN;
  delete env.PARAGON_SEED;
  try {
    const { outcomes, output } = await runDocCommands(commands, cwd, env, 170_000);
    expect(
      outcomes.filter((o) => o.actual !== o.expected),
      output.slice(-6000),
    ).toEqual([]);
    inspect(cwd);
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
}
