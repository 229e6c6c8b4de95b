/** `http.write.accepts-valid`: PATCH with valid meta → 2xx and a valid user containing the patch. */
import type { CheckDef } from '../types.js';
import { casesOf, countOf } from './cases.js';
import { endpointOf, type HttpMiss, judgeUser, metaOf, missOf, needsWrites, type Sent, send } from './common.js';
import { type BodySource, searchBodies } from './search.js';

const show = (v: unknown): string => (v === undefined ? 'absent' : JSON.stringify(v).slice(0, 120));

/** First key of `patch` whose value `meta` does not hold (own properties only, so `__proto__` counts as data). */
export function missingEntry(meta: Record<string, unknown>, patch: Record<string, unknown>): string | undefined {
  return Object.keys(patch).find((k) => !Object.hasOwn(meta, k) || meta[k] !== patch[k]);
}

export const writeAcceptsValid: CheckDef = {
  id: 'http.write.accepts-valid',
  level: 'MUST',
  title: 'PATCH with valid meta answers 2xx and a valid user containing the patch',
  skipReason: needsWrites,
  freshUsers: (p) => (p.writes ? countOf(p.cases.valid(p.settings.runs, p.settings.shard)) : 0),
  run(ctx) {
    const ep = endpointOf(ctx);
    const judge = async (body: string): Promise<() => HttpMiss | undefined> => {
      const user = await ep.newUser();
      const sent = await send(ctx, { method: 'PATCH', body, authorization: user.authorization });
      return () => verdict(body, sent);
    };
    const verdict = (body: string, sent: Sent): HttpMiss | undefined => {
      const judged = judgeUser(ctx, sent, (s) => s >= 200 && s < 300, 'PATCH with valid meta to answer 2xx');
      if ('miss' in judged) return judged.miss;
      const patch = (JSON.parse(body) as { meta: Record<string, unknown> }).meta;
      const got = metaOf(judged.user) ?? {};
      const key = missingEntry(got, patch);
      if (key === undefined) return undefined;
      const had = Object.hasOwn(got, key) ? got[key] : undefined;
      return missOf(
        sent,
        `the answered user's meta to contain the patch, e.g. meta[${JSON.stringify(key)}] = ${show(patch[key])}`,
        `meta[${JSON.stringify(key)}] is ${show(had)} (meta has ${Object.keys(got).length} keys, the patch ${Object.keys(patch).length})`,
        Object.hasOwn(got, key) ? 'changed-value' : 'lost-data',
        { at: ['meta', key] },
      );
    };
    const sources = (function* (): Iterable<BodySource> {
      for (const c of casesOf(ctx, 'valid')) yield { generated: c };
    })();
    return searchBodies(ctx, 'http.write.accepts-valid', sources, judge);
  },
};
