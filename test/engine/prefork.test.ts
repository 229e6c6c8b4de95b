// The early vitest worker's plumbing: vitest's messages sent while the process is still starting are delivered once
// it is adopted, in order; the environment sent on adoption replaces the process's own exactly.
import type { ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { PoolOptions, WorkerRequest } from 'vitest/node';
import { AdoptingForkWorker, applyEnv, type Prefork } from '../../src/engine/prefork.js';

function fakeChild(): ChildProcess & { sent: unknown[] } {
  const child = Object.assign(new EventEmitter(), { sent: [] as unknown[], stdout: new PassThrough(), stderr: new PassThrough(), exitCode: null });
  return Object.assign(child, {
    send: (m: unknown) => {
      child.sent.push(m);
      return true;
    },
  }) as unknown as ChildProcess & { sent: unknown[] };
}

const options = {
  distPath: '/nowhere',
  env: {},
  execArgv: [],
  project: { vitest: { logger: { outputStream: new PassThrough(), errorStream: new PassThrough() } } },
} as unknown as PoolOptions;
const request = (type: string) => ({ __vitest_worker_request__: true, type }) as unknown as WorkerRequest;

describe('AdoptingForkWorker', () => {
  it('delivers messages sent before the adopted process is ready, in order, then sends directly', async () => {
    const child = fakeChild();
    let release: (c: ChildProcess) => void = () => {};
    const prefork: Prefork = { adopt: () => new Promise((r) => (release = r)), dispose: () => {} };
    const worker = new AdoptingForkWorker(options, prefork);
    const starting = worker.start();
    worker.send(request('cancel'));
    worker.send(request('other'));
    expect(child.sent).toEqual([]);
    release(child);
    await starting;
    worker.send(request('start'));
    expect(child.sent.map((m) => (m as { type: string }).type)).toEqual(['cancel', 'other', 'start']);
  });
});

describe('applyEnv', () => {
  it('makes process.env exactly the given environment', () => {
    const saved = { ...process.env };
    try {
      process.env.PC_ONLY_HERE = 'x';
      applyEnv({ ...saved, PC_NEW: '1' });
      expect(process.env.PC_ONLY_HERE).toBeUndefined();
      expect(process.env.PC_NEW).toBe('1');
      expect(Object.keys(process.env).sort()).toEqual(Object.keys({ ...saved, PC_NEW: '1' }).sort());
    } finally {
      applyEnv(saved);
    }
  });
});
