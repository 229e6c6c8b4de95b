/**
 * `http.no-server-error`: no request of the suite got a 5xx. Sends its own small battery (good and bad tokens,
 * valid and broken bodies), then reports every 5xx the endpoint's log holds — its own and those of the HTTP checks
 * that ran before it in this run (it is registered last).
 */

import type { InFlightRequest } from '../../core/errors.js';
import type { MeCall } from '../../core/http.js';
import { valueClass } from '../../findings/classes.js';
import { DirectFindings } from '../../findings/direct.js';
import type { CheckContext, CheckDef, CheckOutcome } from '../types.js';
import { endpointOf, forEachParallel, needsHttp, send } from './common.js';
import { rawBodies } from './write-rejects.js';

/** The shape of a request body for a fingerprint: not JSON, or the JSON type of `meta`. */
function bodyShape(body: string): string {
  try {
    const v = JSON.parse(body) as unknown;
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return valueClass(v);
    return Object.hasOwn(v, 'meta') ? `meta-${valueClass((v as { meta: unknown }).meta)}` : 'object';
  } catch {
    return 'not-json';
  }
}

/** Sends the saved requests one after another (writes only when allowed); a 5xx is a finding, a dead service a target error. */
async function replayRequests(ctx: CheckContext, requests: readonly InFlightRequest[]): Promise<CheckOutcome> {
  const ep = endpointOf(ctx);
  const found = new DirectFindings('http.no-server-error', ctx.settings.maxFindings);
  let cases = 0;
  for (const r of requests) {
    if (r.method !== 'GET' && !ep.allowWrites) continue;
    const user = await ep.newUser();
    const sent = await send(ctx, { method: r.method, path: r.path, ...(r.body !== undefined ? { body: r.body } : {}), authorization: user.authorization });
    cases++;
    if (sent.res.status >= 500) {
      found.add(
        {
          expected: 'no 5xx answer to any request',
          actual: `status ${sent.res.status}`,
          failureClass: 'server-error',
          keyword: String(sent.res.status),
          http: sent.exchange(),
        },
        `${r.method} replayed`,
        r,
      );
    }
  }
  return { cases, findings: found.findings() };
}

export const noServerError: CheckDef = {
  id: 'http.no-server-error',
  level: 'MUST',
  title: 'no request of the suite gets a 5xx',
  skipReason: needsHttp,
  freshUsers: () => 1,
  async run(ctx): Promise<CheckOutcome> {
    const ep = endpointOf(ctx);
    const user = await ep.newUser();
    // Replaying the requests a service died on: exactly those, in order, each with a fresh (or the fixed) user.
    if (ctx.replay?.kind === 'requests') return replayRequests(ctx, JSON.parse(ctx.replay.json) as InFlightRequest[]);
    const battery: MeCall[] = [
      { method: 'GET', authorization: user.authorization },
      { method: 'GET', authorization: null },
      { method: 'GET', authorization: 'Bearer not-a-token' },
    ];
    if (ep.allowWrites) {
      battery.push({ method: 'PATCH', body: '{"meta":{"conformance":"ok"}}', authorization: user.authorization });
      battery.push({ method: 'PATCH', body: '{"meta":{"conformance":"ok"}}', contentType: 'text/plain', authorization: user.authorization });
      for (const { body } of rawBodies) battery.push({ method: 'PATCH', body, authorization: user.authorization });
      battery.push({ method: 'PATCH', body: '{"meta":{}}', authorization: null });
    }
    await forEachParallel(
      battery,
      ep.concurrency,
      async (call) => {
        await send(ctx, call);
        return false;
      },
      () => ctx.signal.aborted,
    );
    const found = new DirectFindings('http.no-server-error', ctx.settings.maxFindings);
    for (const http of ep.log.serverErrors()) {
      const status = http.response?.status ?? 0;
      const miss = {
        expected: 'no 5xx answer to any request',
        actual: `status ${status || '?'}${ep.log.serverErrorCount > 1 ? ` (${ep.log.serverErrorCount} server errors in this run)` : ''}`,
        failureClass: 'server-error',
        keyword: String(status),
        http,
      };
      const counterexample = { method: http.request.method, path: http.request.path, ...(http.request.body !== undefined ? { body: http.request.body } : {}) };
      found.add(miss, `${http.request.method} ${http.request.body === undefined ? '' : `body:${bodyShape(http.request.body)}`}`.trim(), counterexample);
    }
    return { cases: ep.log.total, findings: found.findings() };
  },
};
