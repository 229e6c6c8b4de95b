/**
 * Fresh users for `--signing-key` runs, minted ahead on a thread of their own: RS256 signing (~0.5 ms of CPU each, one
 * per case) stays off the thread that sends requests and judges answers, and a token is ready when a case asks for it.
 * Tokens wait at most `ahead` users long (seconds), far within their hour of validity.
 */
import { Worker } from 'node:worker_threads';
import type { UserCredential } from '../core/http.js';
import { workerFile } from '../core/worker-file.js';
import { mintUser, type SigningKeys } from './tokens.js';

/** Users minted ahead, by default: two rounds of the widest concurrency a run uses. */
const AHEAD = 64;

/** Users asked of the thread at a time (small batches come back sooner: the first cases wait less). */
const BATCH = 8;

/** A queue of freshly minted users, refilled by a worker thread (or, if no thread can start, on this one). */
export class TokenMinter {
  private readonly ready: UserCredential[] = [];
  private readonly waiting: ((u: UserCredential) => void)[] = [];
  private worker: Worker | undefined;
  private failed = false;
  private asked = 0;

  constructor(
    private readonly keys: SigningKeys,
    private readonly ahead = AHEAD,
  ) {}

  /** How many users are minted and waiting to be handed out. */
  get available(): number {
    return this.ready.length;
  }

  /** A fresh user (random `sub`) with its token. */
  next(): Promise<UserCredential> {
    this.start();
    if (this.failed) return this.mintHere();
    const user = this.ready.shift();
    if (user) {
      this.topUp();
      return Promise.resolve(user);
    }
    const waited = new Promise<UserCredential>((resolve) => this.waiting.push(resolve));
    this.topUp();
    return waited;
  }

  /** Ends the thread (users already handed out stay valid; later ones are minted on the calling thread). */
  close(): void {
    const w = this.worker;
    this.fail();
    void w?.terminate();
  }

  /** Starts the thread and has it mint the first users (a run's first cases then need not wait). */
  start(): void {
    if (this.worker || this.failed) return;
    try {
      const file = workerFile(import.meta.url, 'minter-worker.js', 'src/http/minter-worker.js');
      this.worker = new Worker(file, { workerData: { pem: this.keys.privateKeyPem } });
    } catch {
      this.failed = true;
      return;
    }
    this.worker.on('message', (m: UserCredential[]) => {
      this.asked -= m.length;
      // Idle, the thread must not keep the process alive; asked for users, it must (a case may be waiting).
      if (this.asked === 0) this.worker?.unref();
      for (const user of m) {
        const w = this.waiting.shift();
        if (w) w(user);
        else this.ready.push(user);
      }
      this.topUp();
    });
    const worker = this.worker;
    worker.on('error', () => this.worker === worker && this.fail());
    worker.on('exit', () => this.worker === worker && this.fail());
    this.topUp();
  }

  /**
   * Asks the thread for what is missing to have `ahead` users ready (and one for each waiting case), in batches of
   * `BATCH` once that many are missing: a message per token would cost the sending thread more than the signing.
   */
  private topUp(): void {
    let want = this.ahead + this.waiting.length - this.ready.length - this.asked;
    if (!this.worker || want < Math.min(BATCH, this.ahead, this.waiting.length || BATCH)) return;
    this.worker.ref();
    while (want > 0) {
      const n = Math.min(want, BATCH);
      this.asked += n;
      want -= n;
      this.worker.postMessage(n);
    }
  }

  /** The thread is gone: whoever waits gets a token minted here, and so does every later case. */
  private fail(): void {
    if (this.failed) return;
    this.failed = true;
    this.worker = undefined;
    for (const w of this.waiting.splice(0)) void this.mintHere().then(w);
  }

  private mintHere(): Promise<UserCredential> {
    return mintUser(this.keys.privateKey);
  }
}
