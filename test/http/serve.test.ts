import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { importSPKI, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/commands/command.js';
import { runServe } from '../../src/commands/serve.js';

function io(cwd: string): Io & { out(): string; err(): string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  return { stdout, stderr, cwd, env: {}, interactive: false, out: () => out, err: () => err };
}

const waitFor = async (cond: () => boolean) => {
  while (!cond()) await new Promise((r) => setTimeout(r, 10));
};

describe('serve', () => {
  it('prints the URL, where the keys are and how to get a token; serves until stopped', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'pc-serve-'));
    const term = io(cwd);
    let stop!: () => void;
    const stopped = new Promise<void>((r) => (stop = r));
    const running = runServe(['--port', '0'], term, () => stopped);
    await waitFor(() => term.out().includes('Ctrl-C'));
    const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(term.out())![1]!;
    expect(term.out()).toContain('.paragon/private.pem');
    expect(term.out()).toContain('export PARAGON_USER_TOKEN=$(npx paragon-conformance serve --print-token');
    expect(term.out()).toMatch(/check --target http:\/\/127\.0\.0\.1:\d+ --signing-key \.paragon\/private\.pem --allow-writes/);
    expect(existsSync(join(cwd, '.paragon/public.pem'))).toBe(true);
    expect(statSync(join(cwd, '.paragon/private.pem')).mode & 0o077).toBe(0);

    // A token printed with the same key dir works against the running service.
    const printer = io(cwd);
    expect(await runServe(['--print-token', '--sub', 'alice'], printer)).toBe(0);
    const token = printer.out().trim();
    const publicKey = await importSPKI(readFileSync(join(cwd, '.paragon/public.pem'), 'utf8'), 'RS256');
    expect((await jwtVerify(token, publicKey)).payload.sub).toBe('alice');
    const res = await fetch(`${url}/projects/test-project/sdk/me`, { headers: { authorization: `Bearer ${token}` } });
    expect(await res.json()).toMatchObject({ id: 'alice' });

    stop();
    expect(await running).toBe(0);
    await expect(fetch(url)).rejects.toThrow();
  });

  it('stops on SIGTERM and reuses an existing key', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'pc-serve-'));
    const first = io(cwd);
    expect(await runServe(['--print-token', '--key-dir', 'keys'], first)).toBe(0);
    const pem = readFileSync(join(cwd, 'keys/private.pem'), 'utf8');
    const term = io(cwd);
    const running = runServe(['--port', '0', '--key-dir', 'keys'], term);
    await waitFor(() => term.out().includes('Ctrl-C'));
    expect(term.out()).not.toContain('newly created');
    process.emit('SIGTERM');
    expect(await running).toBe(0);
    expect(readFileSync(join(cwd, 'keys/private.pem'), 'utf8')).toBe(pem);
  });

  it('is in the command table, with usage errors for bad flags', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'pc-serve-'));
    const help = io(cwd);
    expect(await main(['serve', '--help'], help)).toBe(0);
    expect(help.out()).toContain('--key-dir');
    const bad = io(cwd);
    expect(await main(['serve', '--port', 'x'], bad)).toBe(2);
    expect(bad.err()).toContain('--port');
  });
});
