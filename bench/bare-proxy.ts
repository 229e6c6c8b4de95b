/**
 * The fair baseline for `bench/proxy.ts`: the smallest reverse proxy on node:http (pipe the request, pipe the answer,
 * judge nothing). Run as `node dist/bench/bare-proxy.js UPSTREAM`; prints its URL; exits on SIGINT/SIGTERM.
 */
import { Agent, createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';

const upstream = new URL(process.argv[2] ?? 'http://127.0.0.1:4010');
const agent = new Agent({ keepAlive: true });
const server = createServer((req, res) => {
  const up = request({ hostname: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers, agent }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(res);
  });
  up.on('error', () => res.destroy());
  req.pipe(up);
});
server.listen(0, '127.0.0.1', () => process.stdout.write(`bare proxy on http://127.0.0.1:${(server.address() as AddressInfo).port}\n`));
for (const s of ['SIGINT', 'SIGTERM'] as const) process.on(s, () => process.exit(0));
