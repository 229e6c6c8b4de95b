/**
 * `http.no-server-error`: no request of the suite got a 5xx. Sends its own small battery (good and bad tokens,
 * valid and broken bodies), then reports every 5xx the endpoint's log holds — its own and those of the HTTP checks
 * that ran before it in this run (it is registered last).
 */

import type { MeCall } from '../../core/http.js';
import type { CheckDef, CheckOutcome } from '../../engine/check.js';
import { endpointOf, forEachParallel, needsHttp, send } from './common.js';
import { rawBodies } from './write-rejects.js';

/** Most 5xx exchanges listed as failures. */
const maxListed = 5;

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
    const errors = ep.log.serverErrors().slice(0, maxListed);
    const failures = errors.map((http) => ({
      counterexample: { method: http.request.method, path: http.request.path, ...(http.request.body !== undefined ? { body: http.request.body } : {}) },
      expected: 'no 5xx answer to any request',
      actual: `status ${http.response?.status ?? '?'}${ep.log.serverErrorCount > 1 ? ` (${ep.log.serverErrorCount} server errors in this run)` : ''}`,
      http,
    }));
    return { cases: ep.log.total, failures };
  },
};
