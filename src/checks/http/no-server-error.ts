/**
 * `http.no-server-error`: no request of the suite got a 5xx. Sends its own small battery (good and bad tokens,
 * valid and broken bodies), then reports every 5xx the endpoint's log holds — its own and those of the HTTP checks
 * that ran before it in this run (it is registered last).
 */

import type { MeCall } from '../../core/http.js';
import { valueClass } from '../../findings/classes.js';
import { DirectFindings } from '../../findings/direct.js';
import type { CheckDef, CheckOutcome } from '../types.js';
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

export const noServerError: CheckDef = {
  id: 'http.no-server-error',
  level: 'MUST',
  title: 'no request of the suite gets a 5xx',
  skipReason: needsHttp,
  async run(ctx): Promise<CheckOutcome> {
    const ep = endpointOf(ctx);
    const user = await ep.newUser();
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
