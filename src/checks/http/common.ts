/** What the `http.*` checks share: skip rules, sending with latency and redaction, JSON reading, a parallel loop. */

import type { ClientResponse, HttpEndpoint, MeCall } from '../../core/http.js';
import { isObject } from '../../core/json.js';
import { pointerTokens } from '../../core/pointer.js';
import type { HttpExchange, Target } from '../../core/types.js';
import type { Miss } from '../../findings/types.js';
import { exchangeOf } from '../../http/log.js';
import type { CheckContext } from '../types.js';

/** Skip reason for every HTTP check. */
export const needsHttp = (t: Target): string | undefined =>
  t.http ? undefined : 'the target is not an HTTP service (use --target http://… or the embedded reference)';

/** Skip reason for the checks that send PATCH requests. */
export const needsWrites = (t: Target): string | undefined =>
  needsHttp(t) ?? (t.http?.allowWrites ? undefined : 'read-only: pass --allow-writes to send PATCH requests');

/** A sent request and its answer, with the report form of the exchange built on demand. */
export interface Sent {
  res: ClientResponse;
  exchange(): HttpExchange;
}

/** Why an HTTP case failed: a miss with the exchange that shows it. */
export type HttpMiss = Miss & { http: HttpExchange };

/** The endpoint of an HTTP check (the engine only runs it when `skipReason` passed). */
export function endpointOf(ctx: CheckContext): HttpEndpoint {
  const ep = ctx.target.http;
  if (!ep) throw new Error('http check run on a target without an HTTP endpoint');
  return ep;
}

/** Sends one request, recording its latency. `TargetError`s propagate. */
export async function send(ctx: CheckContext, call: MeCall): Promise<Sent> {
  const ep = endpointOf(ctx);
  const res = await ep.send(call);
  ctx.recordLatency(res.latencyMs);
  const req = { method: call.method, path: call.path ?? ep.mePath, authorization: call.authorization, ...(call.body !== undefined ? { body: call.body } : {}) };
  return { res, exchange: () => exchangeOf(req, res, ep.secrets) };
}

/** A miss for `sent`, with expected and actual texts and its failure class. */
export const missOf = (sent: Sent, expected: string, actual: string, failureClass: string, more: Partial<Miss> = {}): HttpMiss => ({
  expected,
  actual,
  failureClass,
  ...more,
  http: sent.exchange(),
});

/** True for `application/json` and `application/*+json` content types. */
export function isJsonType(contentType: string | undefined): boolean {
  return contentType !== undefined && /^application\/([\w.+-]+\+)?json\s*(;|$)/i.test(contentType.trim());
}

/** Parses a response body as JSON. */
export function readJson(res: ClientResponse): { ok: true; value: unknown } | { ok: false; why: string } {
  try {
    return { ok: true, value: JSON.parse(res.body) as unknown };
  } catch (e) {
    return { ok: false, why: `the body is not JSON (${(e as Error).message}): ${res.body.slice(0, 120)}` };
  }
}

/** The `meta` of a parsed user as a plain record (absent → `{}`), or undefined when it is not an object. */
export function metaOf(user: unknown): Record<string, unknown> | undefined {
  if (!isObject(user)) return undefined;
  if (!Object.hasOwn(user, 'meta')) return {};
  return isObject(user.meta) ? user.meta : undefined;
}

/** Short text of a status for messages. */
export const statusText = (res: ClientResponse): string => `${res.status}${res.contentType ? ` (${res.contentType})` : ''}`;

/**
 * Checks a successful user answer: `okStatus`, a JSON content type, a JSON body the oracle accepts.
 * Returns the parsed user, or the miss.
 */
export function judgeUser(
  ctx: CheckContext,
  sent: Sent,
  okStatus: (s: number) => boolean,
  what: string,
): { user: Record<string, unknown> } | { miss: HttpMiss } {
  const { res } = sent;
  if (!okStatus(res.status))
    return { miss: missOf(sent, what, `status ${statusText(res)}: ${res.body.slice(0, 200)}`, `status-${Math.floor(res.status / 100)}xx`) };
  if (!isJsonType(res.contentType))
    return { miss: missOf(sent, `${what} with a JSON content type`, `content type ${res.contentType ?? '(none)'}`, 'not-json-content-type') };
  const body = readJson(res);
  if (!body.ok) return { miss: missOf(sent, `${what} with a JSON body`, body.why, 'not-json-body') };
  const verdict = ctx.oracle.check(body.value);
  if (!verdict.valid) {
    const errs = verdict.errors
      .slice(0, 3)
      .map((e) => `${e.keyword} at ${e.instancePath || '/'} (${e.schemaPath})`)
      .join('; ');
    const first = verdict.errors[0];
    const where = first ? { keyword: first.keyword, at: pointerTokens(first.instancePath) } : {};
    return { miss: missOf(sent, `${what} with a valid Connected User`, `a user the schema rejects: ${errs}`, 'invalid-user', where) };
  }
  return { user: body.value as Record<string, unknown> };
}

/**
 * The rest of a case's judging, once its answers are in: run after the case's lane has sent its next request, so
 * that this process judges while the service answers (instead of each waiting for the other). True stops the loop.
 */
export type Later = () => boolean | Promise<boolean>;

const afterIo = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Runs `fn` over `items` with up to `width` in flight; stops pulling new items once `fn` returns true (or its `Later`
 * does) or `stop()` holds. A `Later` is judged after the lane's next item has started.
 */
export async function forEachParallel<T>(
  items: Iterable<T>,
  width: number,
  fn: (item: T) => Promise<boolean | Later>,
  stop: () => boolean = () => false,
): Promise<void> {
  const it = items[Symbol.iterator]();
  let done = false;
  // The first failure in time is the one reported (a service that dies fails every lane; the first saw it die).
  let failure: { error: unknown } | undefined;
  const fail = (e: unknown): void => {
    done = true;
    failure ??= { error: e };
  };
  const later: Promise<void>[] = [];
  const finish = async (judge: Later): Promise<void> => {
    await afterIo();
    try {
      if (await judge()) done = true;
    } catch (e) {
      fail(e);
    }
  };
  const worker = async () => {
    while (!done && !stop()) {
      const next = it.next();
      if (next.done) return;
      try {
        const r = await fn(next.value);
        if (typeof r === 'function') later.push(finish(r));
        else if (r) done = true;
      } catch (e) {
        fail(e);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, width) }, worker));
  await Promise.all(later);
  if (failure) throw failure.error;
}
