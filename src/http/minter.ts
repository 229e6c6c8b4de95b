/**
 * Fresh users for `--signing-key` runs, minted ahead on a thread of their own: RS256 signing (~0.3–0.5 ms of CPU each,
 * one per case) stays off the thread that sends requests and judges answers, and a token is ready when a case asks for
 * it. A run that knows how many fresh users it will ask for says so (`expect`): they are minted while it starts and
 * while its first requests are in flight, instead of one by one as its cases ask. A warm start (`premint`) begins even
 * before the run's target exists. At most `MAX_LEAD` users wait, and a user that waited `MAX_AGE_MS` is dropped
 * unused: whatever the pace of the run, a token is far within its hour of validity when it is sent.
 */
import { Worker } from 'node:worker_threads';
import type { UserCredential } from '../core/http.js';
import { mark } from '../core/trace.js';
import { workerFile } from '../core/worker-file.js';
import { mintUser, type SigningKeys } from './tokens.js';

/** Users minted ahead, by default: two rounds of the widest concurrency a run uses. */
const AHEAD = 64;

/** Most users minted ahead of the cases, however many a run expects (a few MB of tokens). */
const MAX_LEAD = 4096;

/** A user waits at most this long (a quarter of a token's hour): a slow or paced run gets fresh ones instead. */
const MAX_AGE_MS = 15 * 60_000;

/** Users asked of the thread at a time (small batches come back sooner: the first cases wait less). */
const BATCH = 8;

/** A queue of freshly minted users, refilled by a worker thread (or, if no thread can start, on this one). */
export class TokenMinter {
  private readonly ready: { user: UserCredential; at: number }[] = [];
  private readonly waiting: ((u: UserCredential) => void)[] = [];
  private worker: Worker | undefined;
  private failed = false;
  private asked = 0;
  /** Users asked for so far (handed out or waited for), and users the thread made. */
  private handed = 0;
  private made = 0;
  private dropped = 0;
  /** Users the run expects to ask for in all: minted ahead up to this many. */
  private goal = 0;

  private readonly ahead: number;
  private readonly lead: number;
  private readonly clock: () => number;

  /** `ahead`: users kept ready when nothing is expected; `lead`: most users minted ahead; `clock`: for tests. */
  constructor(
    private readonly keys: SigningKeys,
    opts: { ahead?: number; lead?: number; clock?: () => number } = {},
  ) {
    this.ahead = opts.ahead ?? AHEAD;
    this.lead = opts.lead ?? MAX_LEAD;
    this.clock = opts.clock ?? Date.now;
  }

  /** How many users are minted and waiting to be handed out (none of them too old). */
  get available(): number {
    this.dropOld();
    return this.ready.length;
  }

  /**
   * Has the `users` fresh users the run will still ask for (from now on) minted ahead of the cases that will ask; a
   * later call replaces the count (a first guess, then the real one).
   */
  expect(users: number): void {
    if (!Number.isFinite(users) || users < 0) return;
    this.goal = this.handed + users;
    this.start();
    this.topUp();
  }

  /** A fresh user (random `sub`) with its token. */
  next(): Promise<UserCredential> {
    this.start();
    this.handed++;
    if (this.failed) return this.mintHere();
    this.dropOld();
    const next = this.ready.shift();
    if (next) {
      this.topUp();
      return Promise.resolve(next.user);
    }
    const waited = new Promise<UserCredential>((resolve) => this.waiting.push(resolve));
    this.topUp();
    this.hold();
    return waited;
  }

  /** Ends the thread (users already handed out stay valid; later ones are minted on the calling thread). */
  close(): void {
    mark(`minter: ${this.handed} users asked for, ${this.made} minted on its thread (goal ${this.goal}; ${this.dropped} too old)`);
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
      if (this.failed) return; // closed: what the thread still sends is not needed
      this.asked -= m.length;
      this.made += m.length;
      for (const user of m) {
        const w = this.waiting.shift();
        if (w) w(user);
        else this.ready.push({ user, at: this.clock() });
      }
      this.topUp();
      this.hold();
    });
    const worker = this.worker;
    worker.on('error', () => this.worker === worker && this.fail());
    worker.on('exit', () => this.worker === worker && this.fail());
    this.topUp();
    this.hold();
  }

  /**
   * Asks the thread for what is missing to have ready all the users still expected (at most `lead`), or else a batch
   * (`ahead` when the run expects nothing), and one for each waiting case; in batches of `BATCH` once that many are
   * missing: a message per token would cost the sending thread more than the signing.
   */
  private topUp(): void {
    // Past a run's expected users, only a batch is kept ready (for the shrinking of a failure): not `ahead` unused.
    const margin = this.goal > 0 ? Math.min(BATCH, this.ahead) : this.ahead;
    let want = Math.max(margin, Math.min(this.lead, this.goal - this.handed)) + this.waiting.length - this.ready.length - this.asked;
    if (!this.worker || want < Math.min(BATCH, this.ahead, this.waiting.length || BATCH)) return;
    while (want > 0) {
      const n = Math.min(want, BATCH);
      this.asked += n;
      want -= n;
      this.worker.postMessage(n);
    }
  }

  /** Drops the users that waited longer than `MAX_AGE_MS` (the oldest are first). */
  private dropOld(): void {
    const oldest = this.clock() - MAX_AGE_MS;
    while (this.ready.length > 0 && this.ready[0]!.at < oldest) {
      this.ready.shift();
      this.dropped++;
    }
  }

  /**
   * The thread keeps the process alive only while a case waits for a user: minting ahead for cases that may never come
   * (a run that stopped early) must not hold a finished process open.
   */
  private hold(): void {
    if (this.waiting.length > 0) this.worker?.ref();
    else this.worker?.unref();
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

/** Minters started before their run's target exists (warm start), by private key, until a target adopts them. */
const early = new Map<string, TokenMinter>();

/** Starts minting `users` fresh users with `keys` now, for the target that will ask for them (`adoptMinter`). */
export function premint(keys: SigningKeys, users: number): TokenMinter {
  const m = early.get(keys.privateKeyPem) ?? new TokenMinter(keys);
  early.set(keys.privateKeyPem, m);
  m.expect(users);
  return m;
}

/** The minter started early for `keys`, handed over once (a second target with the same key gets its own). */
export function adoptMinter(keys: SigningKeys): TokenMinter | undefined {
  const m = early.get(keys.privateKeyPem);
  early.delete(keys.privateKeyPem);
  return m;
}
