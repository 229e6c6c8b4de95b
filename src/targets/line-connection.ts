/** One harness process speaking the line protocol: spawn, framing, seq matching, timeouts and crash detection. */
import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { TargetError } from '../core/errors.js';
import { checkIncoming, checkOutgoing, type IncomingMessage, type OutgoingMessage } from './protocol.js';

/** A reply to one request (never an `error` reply: those reject). `threw`: the implementation raised (protocol 1.1). */
export type Reply = { seq: number; valid: boolean } | { seq: number; instance: unknown } | { seq: number; rejected: string } | { seq: number; threw: string };
/** The `ready` message. */
export type Ready = Extract<IncomingMessage, { ready: true }>;

interface Pending {
  cmd: string;
  json: string;
  resolve(r: Reply): void;
  reject(e: Error): void;
  timer: NodeJS.Timeout;
}

const excerpt = (s: string, n = 200): string => (s.length > n ? `${s.slice(0, n)}…` : s);

/**
 * A running harness. `request` sends one message and resolves with its reply (matched by `seq`, any order).
 * Any protocol violation, crash or timeout breaks the connection: pending and later requests reject with it.
 */
export class LineConnection {
  private readonly child: ChildProcess;
  private readonly pending = new Map<number, Pending>();
  private readonly stderrTail: string[] = [];
  private nextSeq = 1;
  private broken: TargetError | undefined;
  private stopping = false;
  private readyWaiter: { resolve(r: Ready): void; reject(e: Error): void } | undefined;
  private readonly exited: Promise<void>;
  private readonly killOnExit = (): void => this.kill();

  constructor(
    private readonly commandLine: string,
    where: { cwd?: string | undefined; env?: NodeJS.ProcessEnv | undefined },
    private readonly timeoutMs: number,
  ) {
    this.child = spawn(commandLine, { shell: true, cwd: where.cwd, env: where.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
    process.once('exit', this.killOnExit);
    this.child.stdin!.on('error', () => {}); // EPIPE after a crash: reported by the close handler
    this.child.stderr!.setEncoding('utf8').on('data', (chunk: string) => this.keepStderr(chunk));
    const lines = createInterface({ input: this.child.stdout!.setEncoding('utf8'), crlfDelay: Infinity });
    lines.on('line', (line) => this.onLine(line));
    this.exited = new Promise((resolve) => {
      this.child.on('error', (e) => {
        this.fail(`cannot start harness \`${commandLine}\`: ${e.message}. Check the command line given to --target cmd:…`);
        resolve();
      });
      this.child.on('close', (code, signal) => {
        process.removeListener('exit', this.killOnExit);
        if (!this.stopping)
          this.fail(
            `harness \`${commandLine}\` exited before it was told to stop (${signal ? `signal ${signal}` : `exit code ${code}`}). A harness must keep answering until it reads {"cmd":"stop"}.`,
          );
        resolve();
      });
    });
  }

  /** Sends `start` and waits (up to `startTimeoutMs`) for `ready`. */
  start(startTimeoutMs: number): Promise<Ready> {
    return new Promise<Ready>((resolve, reject) => {
      const timer = setTimeout(
        () =>
          this.fail(
            `harness \`${this.commandLine}\` sent no {"ready":true,…} line within ${startTimeoutMs} ms of {"cmd":"start","version":1}. Make it answer start, or raise --timeout.`,
          ),
        startTimeoutMs,
      );
      this.readyWaiter = {
        resolve: (r) => {
          clearTimeout(timer);
          resolve(r);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      };
      this.send({ cmd: 'start', version: 1 });
    });
  }

  /** Sends a validate/roundtrip request for the instance in `json`; resolves with the reply. */
  request(cmd: 'validate' | 'roundtrip', json: string): Promise<Reply> {
    if (this.broken) return Promise.reject(this.broken);
    const seq = this.nextSeq++;
    return new Promise<Reply>((resolve, reject) => {
      const timer = setTimeout(
        () => this.fail(`no reply to ${cmd} request seq ${seq} within ${this.timeoutMs} ms (instance: ${excerpt(json)}). Fix the hang, or raise --timeout.`),
        this.timeoutMs,
      );
      this.pending.set(seq, { cmd, json, resolve, reject, timer });
      this.sendCase(cmd, seq, json);
    });
  }

  /**
   * Sends a request with the case's JSON text spliced in as it is, so numbers JavaScript cannot hold (`-0`,
   * `9007199254740993`) reach the harness exactly; text that is not one line of JSON is re-serialised first.
   */
  private sendCase(cmd: 'validate' | 'roundtrip', seq: number, json: string): void {
    const check = checkOutgoing({ cmd, seq, instance: null });
    if (!check.ok) throw new TargetError(`internal error: the suite built an invalid message (${check.why})`);
    const text = /[\n\r]/.test(json) ? JSON.stringify(JSON.parse(json)) : json;
    if (this.child.stdin!.writable) this.child.stdin!.write(`{"cmd":${JSON.stringify(cmd)},"seq":${seq},"instance":${text}}\n`);
  }

  /** Sends stop, closes stdin and waits up to `graceMs` for the process to exit, then kills it. */
  async stop(graceMs = 1000): Promise<void> {
    if (!this.stopping && !this.broken) this.send({ cmd: 'stop' });
    this.stopping = true;
    this.child.stdin!.end();
    this.fail('the cmd target is closed: no more requests can be sent (requests still waiting were abandoned)');
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.exited, new Promise<void>((r) => (timer = setTimeout(r, graceMs)))]);
    clearTimeout(timer);
    this.kill();
  }

  private send(msg: OutgoingMessage): void {
    const check = checkOutgoing(msg);
    if (!check.ok) throw new TargetError(`internal error: the suite built an invalid message (${check.why})`);
    if (this.child.stdin!.writable) this.child.stdin!.write(`${JSON.stringify(msg)}\n`);
  }

  private onLine(line: string): void {
    const problem = this.take(line);
    if (problem !== undefined) this.fail(problem);
  }

  /** Handles one line from the harness; returns what is wrong with it (the connection then breaks), or undefined. */
  private take(line: string): string | undefined {
    if (this.broken || line.trim() === '') return undefined;
    let msg: unknown;
    try {
      msg = JSON.parse(line);
    } catch {
      return `harness printed a line that is not JSON: ${JSON.stringify(excerpt(line))}. Print only protocol messages on stdout (one JSON object per line); write logs to stderr.`;
    }
    const check = checkIncoming(msg);
    if (!check.ok) return `protocol violation: ${check.why} in ${JSON.stringify(excerpt(line))}. See schemas/line-protocol.schema.json.`;
    const m = msg as IncomingMessage;
    if ('ready' in m) {
      if (!this.readyWaiter) return 'protocol violation: a second ready message';
      const waiter = this.readyWaiter;
      this.readyWaiter = undefined;
      waiter.resolve(m);
      return undefined;
    }
    if (this.readyWaiter) return `protocol violation: a reply (${excerpt(line)}) before the ready message`;
    const p = this.pending.get(m.seq);
    if (!p)
      return `protocol violation: reply for unknown seq ${m.seq} (${JSON.stringify(excerpt(line))}); every reply must carry the seq of a request still waiting for its answer.`;
    const fits = 'error' in m || 'threw' in m || (p.cmd === 'validate' ? 'valid' in m : 'instance' in m || 'rejected' in m);
    if (!fits) return `protocol violation: the reply to ${p.cmd} request seq ${m.seq} has the wrong shape: ${excerpt(line)}`;
    this.pending.delete(m.seq);
    clearTimeout(p.timer);
    if ('error' in m) p.reject(this.error(`harness could not handle ${p.cmd} request seq ${m.seq}: ${m.error} (instance: ${excerpt(p.json)})`));
    else p.resolve(m);
    return undefined;
  }

  private keepStderr(chunk: string): void {
    this.stderrTail.push(...chunk.split('\n').filter((l) => l.trim() !== ''));
    if (this.stderrTail.length > 10) this.stderrTail.splice(0, this.stderrTail.length - 10);
  }

  private error(message: string): TargetError {
    const tail = this.stderrTail.length > 0 ? `\nlast stderr lines of the harness:\n  ${this.stderrTail.map((l) => excerpt(l, 300)).join('\n  ')}` : '';
    return new TargetError(`${message}${tail}`);
  }

  /** Breaks the connection: every waiting request (and every later one) rejects with this error. */
  private fail(message: string): void {
    if (this.broken) return;
    const wasStopping = this.stopping;
    this.broken = this.error(message);
    for (const p of this.pending.values()) {
      clearTimeout(p.timer);
      p.reject(this.broken);
    }
    this.pending.clear();
    this.readyWaiter?.reject(this.broken);
    this.readyWaiter = undefined;
    if (!wasStopping) this.kill();
  }

  private kill(): void {
    if (this.child.exitCode !== null || this.child.signalCode !== null || this.child.pid === undefined) return;
    try {
      process.kill(-this.child.pid, 'SIGKILL'); // the whole group: the shell and the harness it started
    } catch {
      this.child.kill('SIGKILL');
    }
  }
}
