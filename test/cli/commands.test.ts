// The command table loads each command only when it runs: every row must load the command it names.
import { describe, expect, it } from 'vitest';
import { commands } from '../../src/cli/commands.js';
import { runCli } from '../support/in-process.js';

describe('command table', () => {
  it.each(commands.map((c) => [c.name, c] as const))('%s loads the command of that name, with its usage', async (name, entry) => {
    const command = await entry.load();
    expect(command.name).toBe(name);
    expect(command.usage).toMatch(/^Usage: paragon-conformance /);
    expect(entry.summary.length).toBeGreaterThan(10);
  });

  it('--help lists every command with its summary; COMMAND --help prints that command usage', async () => {
    const help = await runCli(process.cwd(), '--help');
    expect(help.code).toBe(0);
    for (const c of commands) expect(help.out).toContain(`${c.name.padEnd(14)} ${c.summary}`);
    const usage = await runCli(process.cwd(), 'generate', '--help');
    expect(usage.code).toBe(0);
    expect(usage.out).toContain('Usage: paragon-conformance generate');
    const unknown = await runCli(process.cwd(), 'nope');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/unknown command 'nope'/);
  });
});
