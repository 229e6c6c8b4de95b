/** The composition root: picks a command from the table and maps errors to exit codes (SPEC §16). */

import type { Io } from '../commands/command.js';
import { internalErrorText, TargetError, UsageError } from '../core/errors.js';
import { mark } from '../core/trace.js';
import { type CommandEntry, commands } from './commands.js';

function defaultIo(): Io {
  const ci = process.env.CI === 'true' || process.env.CI === '1';
  return { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env, interactive: Boolean(process.stderr.isTTY) && !ci };
}

function help(table: readonly CommandEntry[]): string {
  const lines = table.map((c) => `  ${c.name.padEnd(14)} ${c.summary}`);
  return `Usage: paragon-conformance <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun \`paragon-conformance <command> --help\` for a command's options.\nExit codes: 0 conformant (compatible, no drift, no violation), 1 non-conformant (breaking, drift, violations), 2 usage, config, schema or setup error, 3 target error, 4 internal error (a bug in paragon-conformance).\n`;
}

/** Runs the CLI with `argv` (without node and script) and resolves to the exit code. */
export async function main(argv: string[], io: Io = defaultIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    (name ? io.stdout : io.stderr).write(help(commands));
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    const { toolVersion } = await import('../core/tool.js');
    io.stdout.write(`${toolVersion}\n`);
    return 0;
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    io.stderr.write(`paragon-conformance: unknown command '${name}'. Commands: ${commands.map((c) => c.name).join(', ')}.\n`);
    return 2;
  }
  try {
    const command = await entry.load();
    mark(`loaded ${name}`);
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout.write(command.usage);
      return 0;
    }
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`paragon-conformance ${name}: ${e.message}\n`);
      return 2;
    }
    if (e instanceof TargetError) {
      io.stderr.write(`paragon-conformance ${name}: target error: ${e.message}\n`);
      return 3;
    }
    // Anything else is a bug in this tool: say so, with the stack, and never blame the target or the user.
    io.stderr.write(`paragon-conformance ${name}: ${internalErrorText(e)}\n`);
    return 4;
  }
}
