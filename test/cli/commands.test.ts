// The command table loads each command only when it runs: every row must load the command it names.
import { describe, expect, it } from 'vitest';
import { commands } from '../../src/cli/commands.js';
import { main } from '../../src/cli/main.js';

const sink = () => {
  let text = '';
  const write = (s: string): boolean => {
    text += s;
    return true;
  };
  return { stream: { write } as unknown as NodeJS.WritableStream, text: () => text };
};

describe('command table', () => {
  it.each(commands.map((c) => [c.name, c] as const))('%s loads the command of that name, with its usage', async (name, entry) => {
    const command = await entry.load();
    expect(command.name).toBe(name);
    expect(command.usage).toMatch(/^Usage: paragon-conformance /);
    expect(entry.summary.length).toBeGreaterThan(10);
  });

  it('--help lists every command with its summary; COMMAND --help prints that command usage', async () => {
    const out = sink();
    const err = sink();
    const io = { stdout: out.stream, stderr: err.stream, cwd: process.cwd(), env: {}, interactive: false } as unknown as Parameters<typeof main>[1];
    expect(await main(['--help'], io)).toBe(0);
    for (const c of commands) expect(out.text()).toContain(`${c.name.padEnd(14)} ${c.summary}`);
    expect(await main(['generate', '--help'], io)).toBe(0);
    expect(out.text()).toContain('Usage: paragon-conformance generate');
    expect(await main(['nope'], io)).toBe(2);
    expect(err.text()).toMatch(/unknown command 'nope'/);
  });
});
