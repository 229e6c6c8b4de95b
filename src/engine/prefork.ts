/**
 * The vitest worker, started before vitest is loaded: the CLI forks it at once (`early-worker.ts`, which builds the
 * run's cases, loads this package's checking code and then vitest's own fork-worker entry), so that the worker's
 * start-up overlaps the CLI's loading and starting of vitest instead of following it. vitest adopts the process
 * through its pool-worker interface (`pool: {name, createPoolWorker}`) when it asks for vitest's fork entry with the
 * same flags; the environment vitest computes (vite's too) is sent to the process on adoption, before any test runs,
 * and replaces its own. Otherwise the early process is ended and vitest's worker is forked as usual.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { isatty } from 'node:tty';
import { pathToFileURL } from 'node:url';
import type { PoolOptions, PoolWorker, WorkerRequest } from 'vitest/node';
import { type WarmSpec, warmEnv } from './warm-spec.js';

/** A worker process started early, waiting for vitest to adopt it. */
export interface Prefork {
  /**
   * The process, once ready, when vitest asks for one with the same entry and flags (at most once); undefined when it
   * cannot be used (then vitest's worker is forked as usual).
   */
  adopt(options: PoolOptions): Promise<ChildProcess | undefined>;
  /** Ends the process unless it was adopted (vitest ends adopted ones). */
  dispose(): void;
}

/**
 * vitest's environment for its workers (`resolveOptions` in vitest/node, then vite's mode variables), as far as it can
 * be known before vite resolves its config; the exact one replaces it on adoption (see {@link envMessage}).
 */
function workerEnv(): NodeJS.ProcessEnv {
  const nodeEnv = process.env.NODE_ENV || 'development';
  return {
    ...process.env,
    TEST: 'true',
    VITEST: 'true',
    NODE_ENV: nodeEnv,
    VITEST_MODE: 'RUN',
    FORCE_TTY: isatty(1) ? 'true' : '',
    BASE_URL: '/',
    MODE: 'test',
    DEV: nodeEnv === 'production' ? '' : '1',
    PROD: nodeEnv === 'production' ? '1' : '',
  };
}

/** The message that gives an adopted process vitest's environment (`early-worker.ts` applies it). */
export interface EnvMessage {
  paragonEnv: Partial<NodeJS.ProcessEnv>;
}

/** What the early process sends once vitest's fork-worker entry is loaded (its message listener is in place). */
export const readyMessage = { paragonReady: true } as const;

/** Replaces `process.env` by `next`, exactly (keys not in it are removed). */
export function applyEnv(next: Partial<NodeJS.ProcessEnv>): void {
  for (const k of Object.keys(process.env)) if (!Object.hasOwn(next, k)) delete process.env[k];
  for (const [k, v] of Object.entries(next)) if (v !== undefined) process.env[k] = v;
}

/** vitest's flags for its workers: profiling flags of this process, import.meta.resolve, its warning filter, conditions. */
function workerFlags(vitestDir: string): string[] {
  const profiling = process.execArgv.filter((a) => a.startsWith('--cpu-prof') || a.startsWith('--heap-prof') || a.startsWith('--diagnostic-dir'));
  return [
    ...profiling,
    '--experimental-import-meta-resolve',
    '--require',
    join(vitestDir, 'suppress-warnings.cjs'),
    '--conditions',
    'node',
    '--conditions',
    'development',
  ];
}

const sameList = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Forks `earlyEntry` (the compiled `early-worker.ts`) now with `spec`, to load vitest's fork-pool entry. Undefined
 * when vitest cannot be found from here (the usual fork then happens later).
 */
export function startPrefork(earlyEntry: string, spec: WarmSpec): Prefork | undefined {
  let vitestDir: string;
  try {
    vitestDir = dirname(createRequire(import.meta.url).resolve('vitest/package.json'));
  } catch {
    return undefined;
  }
  const entry = join(vitestDir, 'dist/workers/forks.js');
  const env = workerEnv();
  const flags = workerFlags(vitestDir);
  const child = fork(earlyEntry, [pathToFileURL(entry).href], {
    env: { ...env, [warmEnv]: JSON.stringify(spec) },
    execArgv: flags,
    stdio: 'pipe',
    serialization: 'advanced',
  });
  // Ready once vitest's entry is loaded in it; a process that fails or exits before is simply not used.
  const ready = new Promise<boolean>((done) => {
    const onMessage = (m: unknown): void => {
      if (typeof m === 'object' && m !== null && 'paragonReady' in m) finish(true);
    };
    const finish = (ok: boolean): void => {
      child.off('message', onMessage);
      child.off('error', failed);
      child.off('exit', failed);
      done(ok);
    };
    const failed = (): void => finish(false);
    child.on('message', onMessage);
    child.once('error', failed);
    child.once('exit', failed);
  });
  let adopted = false;
  return {
    async adopt(options) {
      if (adopted || resolve(options.distPath, 'workers/forks.js') !== entry || !sameList(flags, options.execArgv)) return undefined;
      adopted = true;
      child.send({ paragonEnv: options.env } satisfies EnvMessage);
      if (await ready) return child;
      child.kill('SIGKILL');
      return undefined;
    },
    dispose() {
      if (!adopted) child.kill('SIGKILL');
    },
  };
}

/** How long a worker that ignores SIGTERM gets before SIGKILL (as vitest's own fork worker does). */
const killAfterMs = 500;

/**
 * vitest's fork-pool worker (the `PoolWorker` interface of vitest/node), running in the early process when it can be
 * adopted, else in a process forked now exactly as vitest forks its own.
 */
export class AdoptingForkWorker implements PoolWorker {
  readonly name = 'forks';
  readonly cacheFs = true;
  private child: ChildProcess | undefined;
  /** Messages vitest sends before the process is ready (a cancel while it starts), delivered once it is. */
  private queued: WorkerRequest[] | undefined = [];

  constructor(
    private readonly options: PoolOptions,
    private readonly prefork: Prefork | undefined,
  ) {}

  private get process(): ChildProcess {
    if (!this.child) throw new Error('the vitest worker process is not running');
    return this.child;
  }

  on(event: string, callback: (arg: unknown) => void): void {
    this.process.on(event, callback);
  }

  off(event: string, callback: (arg: unknown) => void): void {
    this.process.off(event, callback);
  }

  send(message: WorkerRequest): void {
    if (this.queued) this.queued.push(message);
    else this.process.send(message);
  }

  async start(): Promise<void> {
    const o = this.options;
    this.child ??=
      (await this.prefork?.adopt(o)) ??
      fork(resolve(o.distPath, 'workers/forks.js'), [], { env: o.env, execArgv: o.execArgv, stdio: 'pipe', serialization: 'advanced' });
    const logger = o.project.vitest.logger;
    this.child.stdout?.pipe(logger.outputStream);
    this.child.stderr?.pipe(logger.errorStream);
    const queued = this.queued ?? [];
    this.queued = undefined;
    for (const m of queued) this.child.send(m);
  }

  async stop(): Promise<void> {
    const child = this.process;
    const exited = new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) done();
      else child.once('exit', () => done());
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.kill();
    await exited;
    clearTimeout(timer);
    const logger = this.options.project.vitest.logger;
    child.stdout?.unpipe(logger.outputStream);
    child.stderr?.unpipe(logger.errorStream);
    this.child = undefined;
  }

  deserialize(data: unknown): unknown {
    return data;
  }
}
