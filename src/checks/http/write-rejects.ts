/** `http.write.rejects-invalid`: invalid PATCH bodies → 4xx, and a following GET shows the user unchanged. */

import { jsonEqual } from '../../core/json.js';
import { excerpt } from '../../core/text.js';
import type { CheckContext, CheckDef } from '../types.js';
import { casesOf, isPatchFault } from './cases.js';
import { endpointOf, type HttpMiss, missOf, needsWrites, readJson, send, statusText } from './common.js';
import { type BodySource, searchBodies } from './search.js';

/** Bodies no generator yields: malformed JSON and protocol-level misshapes, each with a label. */
export const rawBodies: readonly { label: string; body: string }[] = [
  { label: 'malformed JSON', body: '{"meta":' },
  { label: 'empty body', body: '' },
  { label: 'JSON with a trailing comma', body: '{"meta":{"a":"b",}}' },
  { label: 'NaN literal', body: '{"meta":{"a":NaN}}' },
  { label: 'body is an array', body: '[]' },
  { label: 'body is null', body: 'null' },
  { label: 'body is a string', body: '"meta"' },
  { label: 'body is a number', body: '42' },
  { label: 'meta is null', body: '{"meta":null}' },
  { label: 'meta is an array', body: '{"meta":["a"]}' },
  { label: 'meta is a string', body: '{"meta":"a=b"}' },
  { label: 'a meta value is a number', body: '{"meta":{"ok":"yes","n":1}}' },
  { label: 'a meta value is null', body: '{"meta":{"k":null}}' },
  { label: 'a meta value is an object', body: '{"meta":{"k":{"nested":"x"}}}' },
  { label: 'a __proto__ meta value is not a string', body: '{"meta":{"__proto__":{"polluted":"yes"}}}' },
];

/** Valid meta written before each invalid PATCH, so a lost write would show. */
const seedBody = '{"meta":{"conformance-before":"kept"}}';

function sourcesOf(ctx: CheckContext): Iterable<BodySource> {
  const replayed = ctx.replay ? (JSON.parse(ctx.replay.json) as unknown) : undefined;
  const replayRaw = typeof replayed === 'object' && replayed !== null && typeof (replayed as { rawBody?: unknown }).rawBody === 'string';
  return (function* (): Iterable<BodySource> {
    for (const { label, body } of rawBodies) {
      if (!ctx.replay || (replayRaw && (replayed as { rawBody: string }).rawBody === body))
        yield { raw: body, label, counterexample: { rawBody: body, label } };
    }
    if (replayRaw) return;
    for (const c of casesOf(ctx, 'invalid')) if (ctx.replay || isPatchFault(c)) yield { generated: c };
  })();
}

export const writeRejectsInvalid: CheckDef = {
  id: 'http.write.rejects-invalid',
  level: 'MUST',
  title: 'invalid PATCH answers 4xx and the stored user is unchanged',
  skipReason: needsWrites,
  freshUsers: (p) => {
    if (!p.writes) return 0;
    let faults = 0;
    for (const c of p.cases.invalid(p.settings.runs, p.settings.shard)) if (isPatchFault(c)) faults++;
    return rawBodies.length + faults;
  },
  run(ctx) {
    const ep = endpointOf(ctx);
    const judge = async (body: string): Promise<() => HttpMiss | undefined> => {
      const miss = await sequence(body);
      return () => miss;
    };
    const sequence = async (body: string): Promise<HttpMiss | undefined> => {
      const user = await ep.newUser();
      const auth = user.authorization;
      await send(ctx, { method: 'PATCH', body: seedBody, authorization: auth });
      const before = await send(ctx, { method: 'GET', authorization: auth });
      const was = readJson(before.res);
      if (before.res.status !== 200 || !was.ok)
        return missOf(before, 'GET before the invalid PATCH to answer 200 with a JSON user', `status ${statusText(before.res)}`, 'setup-get-failed');
      const patch = await send(ctx, { method: 'PATCH', body, authorization: auth });
      if (patch.res.status < 400 || patch.res.status >= 500) {
        return missOf(
          patch,
          'an invalid PATCH body to be rejected with 4xx',
          `status ${statusText(patch.res)}: ${patch.res.body.slice(0, 200)}`,
          'accepted-invalid',
          {
            keyword: `${Math.floor(patch.res.status / 100)}xx`,
          },
        );
      }
      const after = await send(ctx, { method: 'GET', authorization: auth });
      const now = readJson(after.res);
      if (after.res.status === 200 && now.ok && jsonEqual(now.value, was.value)) return undefined;
      const miss = missOf(
        patch,
        `the stored user unchanged after the rejected PATCH: ${excerpt(was.value, 300)}`,
        `the next GET answered ${statusText(after.res)}: ${after.res.body.slice(0, 300)}`,
        'state-changed',
      );
      return miss;
    };
    return searchBodies(ctx, 'http.write.rejects-invalid', sourcesOf(ctx), judge);
  },
};
