/**
 * The server side of the HTTP benchmark, run as its own process: the reference `sdk/me` service on loopback, counting
 * what it answers (method × status class) and when the first and last request arrived, so that every client is
 * measured by the same server and the suite's request rate is the one the server saw.
 *
 * Protocol (IPC): prints `{"url","keyFile"}` as its first message; answers `"stats"` with {@link ServerStats} and
 * `"reset"` by zeroing the counters.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startReferenceService } from '../src/http/service.js';

/** What the server saw since the last reset. */
export interface ServerStats {
  /** Requests by `METHOD status-class`, e.g. `PATCH 4xx`. */
  counts: Record<string, number>;
  total: number;
  /** performance.timeOrigin-based milliseconds of the first request and of the last response. */
  firstMs: number;
  lastMs: number;
  /** CPU time (user + system, ms) this process used since the last reset. */
  cpuMs: number;
}

const service = await startReferenceService();
const dir = mkdtempSync(join(tmpdir(), 'pc-bench-http-'));
const keyFile = join(dir, 'private.pem');
writeFileSync(keyFile, service.keys.privateKeyPem, { mode: 0o600 });

let stats: ServerStats = { counts: {}, total: 0, firstMs: 0, lastMs: 0, cpuMs: 0 };
let cpu = process.cpuUsage();
// The service's own http.Server is not exposed: count at the socket level of every server in this process instead.
const { Server } = await import('node:http');
const emit = Server.prototype.emit as (this: unknown, event: string, ...args: unknown[]) => boolean;
Server.prototype.emit = function (this: unknown, event: string, ...args: unknown[]) {
  if (event === 'request') {
    const [req, res] = args as [import('node:http').IncomingMessage, import('node:http').ServerResponse];
    const now = performance.timeOrigin + performance.now();
    if (stats.total === 0) stats.firstMs = now;
    res.once('finish', () => {
      const key = `${req.method} ${Math.floor(res.statusCode / 100)}xx`;
      stats.counts[key] = (stats.counts[key] ?? 0) + 1;
      stats.total++;
      stats.lastMs = performance.timeOrigin + performance.now();
    });
  }
  return emit.call(this, event, ...args);
} as typeof Server.prototype.emit;

process.on('message', (m) => {
  if (m === 'stats') {
    const used = process.cpuUsage(cpu);
    process.send?.({ ...stats, cpuMs: (used.user + used.system) / 1000 });
  }
  if (m === 'reset') {
    stats = { counts: {}, total: 0, firstMs: 0, lastMs: 0, cpuMs: 0 };
    cpu = process.cpuUsage();
    process.send?.('reset');
  }
  if (m === 'stop') void service.close().then(() => process.exit(0));
});
process.send?.({ url: service.url, keyFile });
