/** `http.auth.required`: no token or a bad token → 401/403, no user data in the body, and no write takes effect. */
import { randomUUID } from 'node:crypto';
import type { BadCredential, UserCredential } from '../../core/http.js';
import { DirectFindings } from '../../findings/direct.js';
import type { CheckContext, CheckDef, CheckOutcome } from '../types.js';
import { endpointOf, forEachParallel, type HttpMiss, metaOf, missOf, needsHttp, readJson, type Sent, send, statusText } from './common.js';

/** Why a body shows user data: a top-level property the schema defines, or a value only this user has. */
export function userDataIn(body: string, schema: Record<string, unknown>, markers: readonly string[]): string | undefined {
  const hit = markers.find((m) => m.length >= 8 && body.includes(m));
  if (hit) return `the body contains this user's data (${hit.slice(0, 40)})`;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return undefined;
  }
  const props = Object.keys((schema.properties ?? {}) as Record<string, unknown>);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const key = props.find((p) => Object.hasOwn(value, p));
  return key ? `the body has the user property "${key}"` : undefined;
}

function judgeDenied(ctx: CheckContext, sent: Sent, bad: BadCredential, markers: string[]): HttpMiss | undefined {
  const { status } = sent.res;
  const request = `${sent.exchange().request.method} with ${bad.label}`;
  if (status !== 401 && status !== 403)
    return missOf(sent, `${request} to answer 401 or 403`, `status ${statusText(sent.res)}`, 'not-refused', { keyword: `${Math.floor(status / 100)}xx` });
  const leak = userDataIn(sent.res.body, ctx.schema.document, markers);
  return leak ? missOf(sent, `${request} to answer without user data`, leak, 'leaks-user-data') : undefined;
}

/** After a refused PATCH, the user's meta must not hold the intruder's key. */
async function intruderStored(ctx: CheckContext, user: UserCredential, key: string): Promise<HttpMiss | undefined> {
  const sent = await send(ctx, { method: 'GET', authorization: user.authorization });
  const body = readJson(sent.res);
  const meta = body.ok ? metaOf(body.value) : undefined;
  if (meta && Object.hasOwn(meta, key))
    return missOf(sent, 'a PATCH with a bad token to change nothing', `the user's meta now holds "${key}"`, 'write-took-effect');
  return undefined;
}

export const authRequired: CheckDef = {
  id: 'http.auth.required',
  level: 'MUST',
  title: 'no token or a bad token answers 401/403 and no user data',
  skipReason: needsHttp,
  freshUsers: () => 1,
  async run(ctx): Promise<CheckOutcome> {
    const ep = endpointOf(ctx);
    const user = await ep.newUser();
    const marker = `conformance-marker-${randomUUID()}`;
    const markers = [marker, ...(user.sub ? [user.sub] : [])];
    if (ep.allowWrites)
      await send(ctx, { method: 'PATCH', body: JSON.stringify({ meta: { 'conformance-marker': marker } }), authorization: user.authorization });
    const found = new DirectFindings('http.auth.required', ctx.settings.maxFindings);
    let cases = 0;
    // Each bad credential is independent (its own intruder key), so they run side by side.
    await forEachParallel(
      await ep.badCredentials(user),
      ep.concurrency,
      async (bad) => {
        const intruder = `conformance-intruder-${randomUUID().slice(0, 8)}`;
        const calls = [{ method: 'GET' }, ...(ep.allowWrites ? [{ method: 'PATCH', body: JSON.stringify({ meta: { [intruder]: 'x' } }) }] : [])];
        for (const call of calls) {
          cases++;
          const sent = await send(ctx, { ...call, authorization: bad.authorization });
          const miss = judgeDenied(ctx, sent, bad, markers) ?? (call.method === 'PATCH' ? await intruderStored(ctx, user, intruder) : undefined);
          if (miss) {
            const counterexample = { method: call.method, credential: bad.label, ...(call.body ? { body: JSON.parse(call.body) as unknown } : {}) };
            found.add(miss, `${call.method} with ${bad.label}`, counterexample);
            break;
          }
        }
        return false;
      },
      () => ctx.signal.aborted,
    );
    return { cases, findings: found.findings(), ...(found.unattributed ? { unattributed: found.unattributed } : {}) };
  },
};
