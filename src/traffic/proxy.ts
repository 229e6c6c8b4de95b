/**
 * The conformance proxy's transport (SPEC §15): a streaming reverse proxy on node:http. Status, end-to-end headers and
 * body bytes pass unchanged; judged bodies are teed into a bounded copy and handed over once the exchange has ended,
 * so judging never sits on the forwarding path.
 */
import { createServer, Agent as HttpAgent, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { AddressInfo } from 'node:net';
import { Capture } from './capture.js';
import { endToEnd, rawHeader } from './hop.js';
import { isJudgedMethod, isSdkMe, pathOf } from './route.js';
import type { Exchange } from './types.js';

/** Options of `startProxy`. */
export interface ProxyOptions {
  /** Where requests go; its path (if any) is put in front of every request path. */
  upstream: URL;
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** Largest body copied for judging, in bytes. */
  captureLimit: number;
  /** Called (on a later tick) for every exchange that got an answer from the upstream. */
  onExchange(ex: Exchange): void;
  /** Called when the upstream did not answer (the client got a 502) or broke off mid-response. */
  onUpstreamError(ex: Exchange, reason: string): void;
}

/** A running proxy. */
export interface RunningProxy {
  url: string;
  port: number;
  /** Stops accepting, ends idle connections, resolves once the server is closed. */
  close(): Promise<void>;
}

const pick = (raw: readonly string[]) => ({ 'content-type': rawHeader(raw, 'content-type'), authorization: rawHeader(raw, 'authorization') });

/** Starts the proxy and resolves once it listens. */
export async function startProxy(o: ProxyOptions): Promise<RunningProxy> {
  const tls = o.upstream.protocol === 'https:';
  const agent = tls ? new HttpsAgent({ keepAlive: true }) : new HttpAgent({ keepAlive: true });
  const send = tls ? httpsRequest : httpRequest;
  const base = o.upstream.pathname.replace(/\/+$/, '');

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    res.sendDate = false; // the upstream's Date (or none) passes; the proxy adds nothing
    const method = req.method ?? 'GET';
    const url = req.url ?? '/';
    const path = pathOf(url);
    const judged = isSdkMe(path) && isJudgedMethod(method);
    const at = judged ? new Date().toISOString() : undefined;
    const requestCopy = judged && method.toUpperCase() === 'PATCH' ? new Capture(o.captureLimit) : undefined;
    const exchange = (status: number, raw: readonly string[]): Exchange => ({
      method,
      path,
      requestHeaders: judged ? pick(req.rawHeaders) : {},
      status,
      responseHeaders: judged ? { 'content-type': rawHeader(raw, 'content-type') } : {},
      where: 'proxy',
      ...(at ? { at } : {}),
    });
    const headers = endToEnd(req.rawHeaders, true);
    headers.push('Host', o.upstream.host);
    const up = send({
      protocol: o.upstream.protocol,
      hostname: o.upstream.hostname,
      port: o.upstream.port,
      method,
      path: base + url,
      headers,
      agent,
      setHost: false,
    });
    if (requestCopy) req.on('data', (c: Buffer) => requestCopy.add(c));
    req.pipe(up);
    req.on('error', () => up.destroy());
    let clientGone = false;
    res.on('close', () => {
      if (res.writableFinished) return;
      clientGone = true; // the client went away: stop the upstream request too (not an upstream error)
      up.destroy();
    });
    up.on('response', (answer) => {
      const status = answer.statusCode ?? 0;
      res.writeHead(status, answer.statusMessage, endToEnd(answer.rawHeaders));
      const responseCopy = judged && status >= 200 && status < 300 ? new Capture(o.captureLimit) : undefined;
      if (responseCopy) answer.on('data', (c: Buffer) => responseCopy.add(c));
      answer.pipe(res);
      answer.on('error', () => res.destroy());
      answer.on('aborted', () => res.destroy());
      res.on('finish', () => {
        const ex = exchange(status, answer.rawHeaders);
        const reqBody = requestCopy?.body();
        const resBody = responseCopy?.body();
        if (reqBody) ex.requestBody = reqBody;
        if (resBody) ex.responseBody = resBody;
        if (requestCopy?.overflow || responseCopy?.overflow) ex.tooLarge = true;
        setImmediate(() => o.onExchange(ex));
      });
    });
    up.on('error', (e: NodeJS.ErrnoException) => {
      if (clientGone) return;
      const reason = e.code ?? e.message;
      if (!res.headersSent) {
        const body = JSON.stringify({ error: 'bad_gateway', message: `paragon-conformance proxy: the upstream did not answer (${reason})` });
        res.writeHead(502, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
        res.end(body);
        setImmediate(() => o.onUpstreamError(exchange(502, []), reason));
      } else {
        res.destroy();
        setImmediate(() => o.onUpstreamError(exchange(0, []), `${reason} mid-response`));
      }
    });
  };

  const server = createServer({ keepAliveTimeout: 65_000 }, handle);
  server.on('clientError', (_e, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n');
    else socket.destroy();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port, o.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const urlHost = o.host.includes(':') ? `[${o.host}]` : o.host;
  return {
    url: `http://${urlHost}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        agent.destroy();
        setTimeout(() => server.closeAllConnections(), 2000).unref();
      }),
  };
}
